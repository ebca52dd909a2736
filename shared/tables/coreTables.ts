/**
 * The tables every procedure builds on: the company profile, user accounts,
 * department settings and the attachment rows (shared/procedures/kit/tableSpec.ts).
 */
import { accountSchema } from '../auth/userSchema'
import type { AttachmentRecord } from '../masterData/archiveRecords'
import { tableSpec } from '../procedures/kit/tableSpec'
import { settingLabels } from '../settings/settingLabels'
import type { CompanyProfile, KeptDuplicateRecord, SettingRecord, UserRecord } from '../types/records'

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
    // Two PCs that each made `admin` keep both; nobody signs in under the
    // name until an administrator renames one or merges them (signIn.ts).
    uniqueKeys: [
      {
        fields: ['account'],
        settle: ['rename', 'merge'],
        accepts: (v) => accountSchema.safeParse(v).success,
      },
    ],
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
  /**
   * Records sharing a business key that a person chose to keep, with the
   * reason: synced, so every PC stops flagging them (TableSpec.uniqueKeys).
   * The right to decide is the duplicated table's own (duplicatesRepo.ts).
   */
  keptDuplicates: tableSpec<KeptDuplicateRecord>()({
    nameKey: 'tables.keptDuplicates',
    fieldsKey: 'sync.duplicates.fields',
    edit: 'archives.edit',
    nameFields: ['value'],
    // Its store is db.ts's version 7, declared there by hand.
  }),
}
