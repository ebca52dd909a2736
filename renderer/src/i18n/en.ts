/** English, second language. Same keys as zh-CN (the type makes sure). */
import type { Messages } from './zh-CN'

export const en: Messages = {
  app: { name: 'Commerce Desk', company: 'Company', version: 'Version {{version}}' },
  common: {
    save: 'Save', saved: 'Saved', cancel: 'Cancel', confirm: 'OK', edit: 'Edit', create: 'New', archive: 'Deactivate',
    restore: 'Restore', back: 'Back', next: 'Next', close: 'Close', yes: 'Yes', no: 'No', none: 'None',
    loading: 'Loading…', actions: 'Actions', status: 'Status', all: 'All', search: 'Search',
  },
  nav: { dashboard: 'Dashboard', settings: 'Settings', users: 'Users & roles', audit: 'Audit log', backup: 'Backup & restore', sectionSystem: 'System' },
  roles: {
    sales: 'Sales rep', clerk: 'Commerce clerk', commerceManager: 'Commerce manager', salesManager: 'Sales manager',
    finance: 'Finance', legal: 'Legal', leadership: 'Leadership', technical: 'Technical', archivist: 'Archivist', admin: 'Administrator',
  },
  company: {
    name: 'Company name', uscc: 'Unified social credit code', usccHint: '18 characters, capitals and digits', address: 'Address',
    phone: 'Phone', bankName: 'Bank', bankAccount: 'Account no.', taxNumber: 'Tax number', taxNumberHint: 'Usually the same as the credit code',
    sealText: 'Contract seal name',
  },
  setup: {
    title: 'First-start setup', subtitle: 'Enter your company and create the first administrator, then sign in.',
    stepCompany: 'Company', stepCompanyDesc: 'Printed on contracts', stepAdmin: 'Administrator', stepAdminDesc: 'Users, roles, backups',
    stepDone: 'Finish', stepDoneDesc: 'Check and save', review: 'Check the details below; after saving you can sign in.',
    finish: 'Save and start', finished: 'Setup complete. Sign in with the administrator account.',
  },
  user: {
    account: 'Account', name: 'Name', password: 'Password', passwordConfirm: 'Confirm password',
    passwordHint: 'At least 8 characters with letters and digits', roles: 'Roles', phone: 'Mobile', active: 'Active',
    inactive: 'Inactive', archived: 'Archived', language: 'Language', lastChange: 'Last change',
  },
  login: {
    title: 'Sign in', subtitle: 'Enter your account and password', submit: 'Sign in', switchUser: 'Switch user', signOut: 'Sign out',
    lock: 'Lock screen', locked: 'Screen locked', lockedHint: '{{name}}, the screen locked after inactivity. Enter your password.',
    unlock: 'Unlock', welcome: 'Welcome, {{name}}',
  },
  dashboard: {
    title: 'Dashboard', greeting: 'Hello, {{name}}', today: 'Today is {{date}}', dueTitle: 'Due items', nothingDue: 'Nothing is due or overdue.',
    due: 'Due', overdue: 'Overdue', dueToday: 'Due today', owner: 'Owner', open: 'Open',
    checks: { backupMissing: 'No backup has been made yet', backupStale: 'No backup for more than {{days}} days (last: {{last}})', backupOwner: 'Administrator' },
  },
  settings: {
    title: 'Settings', companyTab: 'Company', generalTab: 'General', languageTab: 'Language', idleLockMinutes: 'Lock screen after idle (minutes)',
    autoBackup: 'Back up automatically at the first sign-in each day', reminderDays: 'Warn when no backup for (days)', language: 'Language',
    languageHint: 'Affects only your own screen', readOnly: 'Your role can only view this setting.',
  },
  users: {
    title: 'Users & roles', create: 'New user', edit: 'Edit user', resetPassword: 'Reset password', unlock: 'Unlock sign-in',
    unlocked: 'Sign-in unlocked for {{account}}', newPassword: 'New password', showArchived: 'Show deactivated accounts', count: '{{count}} accounts',
    permissions: 'What each role may do',
  },
  audit: {
    title: 'Audit log', verify: 'Verify integrity', verifyOk: 'Verified: {{count}} entries, hash chain intact, no tampering found.',
    verifyFailed: '{{count}} problems found; the log may have been tampered with:',
    problem: { hashMismatch: 'Entry {{seq}} ({{id}}) does not match its hash', brokenLink: 'Entry {{seq}} ({{id}}) is not linked to the previous one', gap: 'Entries are missing before {{seq}} ({{id}})' },
    at: 'Time', actor: 'User', action: 'Action', target: 'Record', changes: 'Changes', empty: 'No entries.', filterTable: 'Record type',
    device: 'Device', shown: 'Showing the latest {{count}}',
    actions: { create: 'Create', update: 'Update', archive: 'Archive', restore: 'Restore', login: 'Sign in', logout: 'Sign out', backup: 'Backup', restoreBackup: 'Restore from backup', verifyAudit: 'Verify log' },
    tables: { company: 'Company', users: 'Users', settings: 'Settings', system: 'System' },
  },
  backup: {
    title: 'Backup & restore', intro: 'Backups are kept in this PC’s data folder (newest 14). A restore verifies the SHA-256 first.',
    runNow: 'Back up now', running: 'Backing up…', done: 'Backup written: {{name}}', list: 'Backups', name: 'File', at: 'Time', size: 'Size',
    reason: 'Kind', reasonAuto: 'Automatic', reasonManual: 'Manual', empty: 'No backups yet.', restore: 'Restore', restoreConfirmTitle: 'Restore from backup',
    restoreConfirm: 'All data on this PC will be replaced by “{{name}}”. The current data is backed up first. You will sign in again. Continue?',
    restoring: 'Restoring…', restored: 'Restored. Please sign in again.', lastBackup: 'Last backup', never: 'Never', folder: 'Backup folder',
  },
  validation: {
    required: 'Required', tooLong: 'Too long', companyName: 'Enter the full company name', uscc: 'Invalid credit code: 18 characters without I, O, Z, S, V and a correct check character',
    phone: 'Digits, spaces and + - ( ) only', bankAccount: 'Digits only', taxNumber: '15–20 digits or capital letters', account: '2–32 letters, digits or _ . -',
    passwordShort: 'At least 8 characters', passwordWeak: 'Use letters and digits', passwordMismatch: 'Passwords do not match',
    rolesRequired: 'Choose at least one role', integerRange: 'Enter a whole number from {{min}} to {{max}}',
  },
  errors: {
    internal: 'Internal error. Nothing was changed.',
    auth: {
      wrongPassword: 'Wrong account or password; {{remaining}} attempts left', unknownAccount: 'Wrong account or password',
      inactive: 'This account is deactivated', locked: 'Too many failed attempts. Try again in {{minutes}} minutes',
      forbidden: 'Your role may not do this', badHash: 'This account’s password data is damaged; ask an administrator',
    },
    ipc: { unavailable: 'Cannot reach the main process', badRequest: 'Malformed request ({{field}})', unknownMethod: 'Unknown request', forbidden: 'Untrusted sender' },
    data: { unloggedWrite: 'Refused: records must be saved through the application ({{table}})', exists: 'Record exists', notFound: 'Record not found', archived: 'Record is archived; restore it first' },
    users: { accountTaken: 'Account “{{account}}” is taken', lastAdmin: 'At least one active administrator must remain' },
    setup: { done: 'This PC is already set up' },
    settings: { invalid: 'Invalid setting value' },
    backup: {
      writeFailed: 'Backup failed ({{reason}}); earlier backups are intact', corrupt: 'Backup “{{name}}” is damaged (checksum mismatch); nothing was restored',
      notFound: 'Backup not found', badName: 'Invalid backup file name', badContent: 'Backup content not recognised; nothing was restored',
    },
  },
}
