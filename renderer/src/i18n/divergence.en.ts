/** English words of 数据不一致 and 从共享重建本机数据, under `sync.divergence` (divergence.zh-CN.ts). */
export const divergenceEn = {
  badge: 'Data mismatch',
  statusLine: 'This PC’s data differs from another PC’s: {{tables}}',
  title: 'Data mismatch',
  intro:
    'This PC and the PCs below have applied exactly the same changes, yet their records differ. Usually one PC’s database was changed outside this app or damaged. An administrator should rebuild the PC whose data is wrong from the share.',
  withPc: '{{pc}}: its data differs from this PC’s (found {{at}})',
  agree: 'Same as this PC: {{pcs}}',
  rowsPending: 'Comparing records; they are listed after the next sync',
  rowMissing: '{{id}} (not on this PC)',
  more: '{{count}} more',
  rebuild: 'Rebuild this PC from the share',
  rebuildHint:
    'Makes every record on this PC again from the shared folder: the newest snapshot of another PC plus every PC’s published changes. Changes made here and not sent yet are kept and sent afterwards.',
  adminOnly: 'Only an administrator can rebuild this PC from the share',
  confirmTitle: 'Rebuild this PC from the share',
  confirmText:
    'Every record on this PC (archives, contracts, users, …) will be made again from the shared folder; whatever differs here is replaced. The audit log and this PC’s settings stay. Please make no changes on this PC meanwhile.',
  confirmKept: 'The {{count}} changes made here and not sent yet are kept and sent after the rebuild.',
  confirm: 'Rebuild',
  cancel: 'Cancel',
  rebuilding: 'Rebuilding this PC from the share…',
  rebuilt: 'Rebuilt from the share: {{records}} records, {{kept}} unsent changes kept',
  fields: { records: 'Records', kept: 'Unsent changes kept', snapshotFrom: 'Snapshot from' },
  failed: {
    notJoined: 'This PC has not joined this shared folder, so it cannot be rebuilt from it',
    noSnapshot:
      'No snapshot on the share covers this PC’s early changes, so it cannot be rebuilt; contact an administrator',
    segmentMissing:
      'This PC’s change file {{segNo}} on the share is missing or damaged, so it cannot be rebuilt',
    busy: 'This PC sent changes while rebuilding; please try again',
  },
}
