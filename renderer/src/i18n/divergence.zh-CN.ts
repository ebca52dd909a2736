/**
 * Words of 数据不一致 and 从共享重建本机数据 (sync/divergence.ts,
 * sync/rebuildFromShare.ts): under `sync.divergence`.
 */
export const divergenceZh = {
  badge: '数据不一致',
  statusLine: '本机与其他电脑的数据不一致：{{tables}}',
  title: '数据不一致',
  intro:
    '本机与下列电脑已经同步了完全相同的更改，但两边保存的记录不同。这通常是某台电脑的数据库被绕过本程序修改或损坏。请由管理员在数据有误的那台电脑上“从共享重建本机数据”。',
  withPc: '{{pc}}：数据与本机不一致（{{at}} 发现）',
  agree: '与本机一致：{{pcs}}',
  rowsPending: '正在比对具体记录，下次同步后列出',
  rowMissing: '{{id}}（本机没有此记录）',
  more: '另 {{count}} 条',
  rebuild: '从共享重建本机数据',
  rebuildHint:
    '按共享文件夹中的数据重新生成本机的全部记录：其他电脑的最新快照，加上各台电脑发布的更改。本机尚未发送的更改会保留，并在之后发送。',
  adminOnly: '只有管理员可以从共享重建本机数据',
  confirmTitle: '从共享重建本机数据',
  confirmText:
    '本机的全部记录（档案、合同、用户等）将按共享文件夹中的数据重新生成，本机上与共享不同的内容会被替换。操作日志和本机设置不变。重建期间请勿在本机修改数据。',
  confirmKept: '本机尚未发送的 {{count}} 项更改会保留，并在重建之后发送。',
  confirm: '重建',
  cancel: '取消',
  rebuilding: '正在从共享重建本机数据…',
  rebuilt: '已从共享重建本机数据：{{records}} 条记录，保留了 {{kept}} 项尚未发送的更改',
  fields: { records: '记录数', kept: '保留的未发送更改', snapshotFrom: '所用快照来自' },
  failed: {
    notJoined: '本机尚未加入这个共享文件夹，无法从共享重建',
    noSnapshot: '共享文件夹中没有覆盖本机早期更改的快照，无法重建；请联系管理员',
    segmentMissing: '共享文件夹中本机的第 {{segNo}} 个更改文件缺失或损坏，无法重建',
    busy: '重建时本机正好发送了更改，请再试一次',
  },
}
