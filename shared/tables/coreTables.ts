/**
 * The tables every procedure builds on: the company profile, user accounts,
 * department settings and the attachment rows (shared/procedures/kit/tableSpec.ts).
 */
import type { AttachmentRecord } from '../masterData/archiveRecords'
import { tableSpec } from '../procedures/kit/tableSpec'
import { settingLabels } from '../settings/settingLabels'
import type { CompanyProfile, SettingRecord, UserRecord } from '../types/records'

export const coreTables = {
  company: tableSpec<CompanyProfile>()({
    nameKey: 'tables.company',
    fieldsKey: 'company',
    edit: 'company.edit',
    nameFields: ['name'],
  }),
  users: tableSpec<UserRecord>()({
    nameKey: 'tables.users',
    fieldsKey: 'user',
    edit: 'users.manage',
    nameFields: ['name', 'account'],
    valueWords: { roles: 'roles' },
  }),
  settings: tableSpec<SettingRecord>()({
    nameKey: 'tables.settings',
    fieldsKey: 'settings',
    edit: 'settings.edit',
    nameFields: [],
    rowLabels: settingLabels,
  }),
  attachments: tableSpec<AttachmentRecord>()({
    nameKey: 'tables.attachments',
    fieldsKey: 'md.attachments',
    // Rights follow the owner (attachmentsRepo.ts); settling a conflict on the row needs the archives' right.
    edit: 'archives.edit',
    nameFields: ['fileName'],
    parent: { table: { field: 'ownerTable' }, idField: 'ownerId' },
  }),
}
