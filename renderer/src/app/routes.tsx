/**
 * Screens that exist, with who may open them. Navigation and routing both read
 * this list, so the menu never offers what is not there.
 */
import {
  IconArchive,
  IconArrowsExchange,
  IconCopy,
  IconDashboard,
  IconDatabaseExport,
  IconListDetails,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react'
import type { AppRoute } from './routeTypes'
import { ArchiveExportPage } from '../procedures/archiveExport/ArchiveExportPage'
import { AuditLogPage } from '../procedures/audit/AuditLogPage'
import { BackupPage } from '../procedures/backup/BackupPage'
import { DashboardPage } from '../procedures/dashboard/DashboardPage'
import { procedureScreens } from '../procedures/registry'
import { SettingsPage } from '../procedures/settings/SettingsPage'
import { CONFLICTS_PATH, DUPLICATES_PATH } from '../procedures/sync/SyncIndicator'
import { DuplicatesPage } from '../procedures/sync/DuplicatesPage'
import { SyncConflictsPage } from '../procedures/sync/SyncConflictsPage'
import { UsersPage } from '../procedures/users/UsersPage'

export type { AppRoute } from './routeTypes'

export const appRoutes: readonly AppRoute[] = [
  {
    path: '/',
    labelKey: 'nav.dashboard',
    icon: <IconDashboard size={18} />,
    Page: DashboardPage,
    section: 'main',
  },
  // Each procedure's screens, in its own section of the menu (procedures/registry.ts).
  ...procedureScreens.flatMap((s) => s.routes.map((r) => ({ ...r, section: s.section.id }))),
  {
    path: '/settings',
    labelKey: 'nav.settings',
    icon: <IconSettings size={18} />,
    Page: SettingsPage,
    section: 'system',
  },
  {
    // Anyone signed in sees the conflicts; settling one needs the right to edit that kind of record.
    path: CONFLICTS_PATH,
    labelKey: 'sync.conflicts.title',
    icon: <IconArrowsExchange size={18} />,
    Page: SyncConflictsPage,
    section: 'system',
  },
  {
    // The same: anyone sees the duplicates; settling needs the right to edit that kind of record.
    path: DUPLICATES_PATH,
    labelKey: 'sync.duplicates.title',
    icon: <IconCopy size={18} />,
    Page: DuplicatesPage,
    section: 'system',
  },
  {
    path: '/users',
    labelKey: 'nav.users',
    icon: <IconUsers size={18} />,
    Page: UsersPage,
    permission: 'users.manage',
    section: 'system',
  },
  {
    path: '/audit',
    labelKey: 'nav.audit',
    icon: <IconListDetails size={18} />,
    Page: AuditLogPage,
    permission: 'audit.view',
    section: 'system',
  },
  {
    path: '/backup',
    labelKey: 'nav.backup',
    icon: <IconDatabaseExport size={18} />,
    Page: BackupPage,
    permission: 'backup.run',
    section: 'system',
  },
  {
    path: '/archive-export',
    labelKey: 'nav.archiveExport',
    icon: <IconArchive size={18} />,
    Page: ArchiveExportPage,
    permission: 'backup.run',
    section: 'system',
  },
]
