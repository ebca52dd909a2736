/** Each synced table's name in English (tables.zh-CN.ts says why it is one place). */
import type { tablesZh } from './tables.zh-CN'

export const tablesEn: Record<keyof typeof tablesZh, string> = {
  company: 'Company',
  users: 'Users',
  settings: 'Settings',
  system: 'System',
  contacts: 'Contacts',
  businessReports: 'Business reports',
  endUsers: 'End users',
  projects: 'Design projects',
  exchangePlans: 'Technical exchange plans',
  loans: 'Qualification loans',
  keptDuplicates: 'Duplicates kept',
  attachments: 'Attachments',
  _meta: 'This PC',
}
