/** English words of duplicates and changes this PC could not write (same keys as duplicates.zh-CN.ts). */
import type { duplicatesZh, failedZh } from './duplicates.zh-CN'

export const duplicatesEn: typeof duplicatesZh = {
  title: 'Duplicate numbers and records',
  intro:
    'Two PCs each made records with the same number or code (one contract number, one unified social credit code, one account name…). Nothing is merged by itself: both stay on every PC until someone allowed to edit such records decides here. The decision reaches every PC.',
  none: 'No duplicate numbers or records',
  shared: 'Same {{field}}: {{value}}',
  records: '{{count}} records',
  record: 'Record {{n}}',
  made: 'Made on {{pc}} · {{at}}',
  madeBy: 'By {{name}}',
  unknownUser: '(user not on this PC)',
  archived: 'Deactivated',
  open: 'Open',
  noRight: 'You may not change records of this kind; ask a colleague who may',
  how: {
    renumber:
      'Give one of them a new number from this PC’s block (check the number on a signed paper contract first)',
    rename: 'Give one of them a new {{field}} (a renamed account signs in by its new name)',
    merge:
      'Merge them: keep one and deactivate the other (contracts naming it still show it; new records can only pick the kept one)',
    keepBoth: 'If they really are different records, keep both with a reason and no PC flags them again',
  },
  renumber: 'New number',
  renumbered: 'Renumbered to {{number}}; syncing to the other PCs',
  rename: 'Rename',
  renameTitle: 'Rename “{{name}}”',
  renameLabel: 'New {{field}}',
  renamed: 'Renamed; syncing to the other PCs',
  merge: 'Keep this, deactivate others',
  mergeTitle: 'Merge duplicates',
  mergeBody:
    'Keep “{{kept}}” and deactivate “{{others}}”. Nothing is deleted: records naming it still show it and an administrator can restore it; new records can only pick the kept one.',
  merged: 'Merged; syncing to the other PCs',
  keepBoth: 'Keep all…',
  keepTitle: 'Keep these records',
  keepBody:
    'If they are different records, say why. The reason reaches every PC and these records are not flagged again; a further record with the same value is flagged anew.',
  reason: 'Reason',
  kept: 'Reason recorded; no PC flags these records again',
  warning: {
    title: 'Duplicate {{field}}',
    text: '{{field}} “{{value}}” is the same as {{others}} (made on different PCs). Settle it under Duplicate numbers and records.',
    go: 'Settle',
    other: '{{table}} “{{name}}” made on {{pc}}',
  },
  signIn: {
    ambiguous:
      '{{count}} accounts are called “{{account}}” (made on different PCs); nobody signs in under this name until they are renamed or merged. Sign in as another administrator and settle it under System → Duplicate numbers and records; without one, sign in by your own distinct name: {{choices}}',
  },
  errors: {
    notOffered: 'Records of this kind cannot be settled this way',
    gone: 'These records are no longer duplicates (perhaps settled on another PC); look again',
    valueRefused: '“{{value}}” cannot be used; enter it as required',
    valueTaken: '“{{value}}” is used by another record',
    retireSelf: 'You cannot deactivate the account you are signed in with: keep it and deactivate the other',
  },
  users: {
    alert:
      'Account {{accounts}} exists more than once (made on different PCs). Nobody signs in under that name until the accounts are renamed or merged.',
    sameName: 'Same name',
  },
  status: '{{count}} duplicates',
  statusLine: 'Duplicate numbers or records: {{count}}',
  fields: {
    subject: 'Kind of record',
    key: 'Field',
    value: 'Shared value',
    recordIds: 'Records kept',
    reason: 'Reason',
  },
}

export const failedEn: typeof failedZh = {
  title: 'Changes this PC could not write',
  intro:
    'Changes from other PCs that this PC cannot write yet (a number that clashes with a record here, for instance). They are not lost, everything else keeps syncing, and every sync tries them again; try now once the cause is gone, or keep this PC’s values (the other PC takes them too).',
  row: '{{count}} changes from {{pc}} could not be written',
  created: '(a record made on the other PC, not here yet)',
  error: 'Why: {{error}}',
  fields: 'Fields: {{fields}}',
  retry: 'Try again',
  retried: 'Written',
  stillFailing: 'Still cannot be written: {{error}}',
  keepCurrent: 'Keep this PC’s values',
  kept: 'This PC’s values kept; syncing to the other PCs',
  statusLine: 'Changes not written here: {{count}}',
}
