/**
 * Words of 重复编号与档案 (records of one table sharing a business key,
 * TableSpec.uniqueKeys) and of other PCs' changes this PC could not write.
 * Spread into sync.zh-CN.ts as `sync.duplicates` and `sync.failed`.
 */
export const duplicatesZh = {
  title: '重复编号与档案',
  intro:
    '两台电脑各自建立了编号或代码相同的记录（同一个合同编号、同一个统一社会信用代码、同名账号等）。系统不会自动合并：两条都保留在每台电脑上，由有权修改此类记录的人在这里决定。处理结果会同步到所有电脑。',
  none: '没有重复的编号或档案',
  shared: '{{field}}相同：{{value}}',
  records: '{{count}} 条记录',
  record: '第 {{n}} 条',
  made: '{{pc}}建立 · {{at}}',
  madeBy: '建立人：{{name}}',
  unknownUser: '（本机没有此用户）',
  archived: '已停用',
  open: '打开',
  noRight: '您没有修改此类记录的权限，请联系有权限的同事处理',
  how: {
    renumber: '给其中一条改用本机编号段中的新编号（已签订的合同请先核对纸质合同上的编号）',
    rename: '给其中一条改用新的{{field}}（账号改名后，该用户用新账号登录）',
    merge: '合并为一条：保留一条，停用另一条（引用它的合同等仍可查看，新建时只能选保留的那条）',
    keepBoth: '确实是两条不同的记录时，写明原因后都保留，各台电脑不再提示',
  },
  renumber: '改用新编号',
  renumbered: '已改为新编号 {{number}}，正在同步到其他电脑',
  rename: '改名',
  renameTitle: '给“{{name}}”改名',
  renameLabel: '新的{{field}}',
  renamed: '已改名，正在同步到其他电脑',
  merge: '保留此条，停用其他',
  mergeTitle: '合并重复记录',
  mergeBody:
    '保留“{{kept}}”，停用“{{others}}”。停用的记录不会删除：引用它的合同等仍然可以查看，管理员也可以恢复它；新建记录时只能选择保留的这一条。',
  merged: '已合并，正在同步到其他电脑',
  keepBoth: '都保留…',
  keepTitle: '保留这些记录',
  keepBody:
    '确实是不同的记录时，请写明原因。原因会同步到所有电脑，这几条记录不再提示重复；以后再有第三条相同的记录时会重新提示。',
  reason: '原因',
  kept: '已记录原因，各台电脑不再提示这几条',
  warning: {
    title: '{{field}}重复',
    text: '{{field}}“{{value}}”与{{others}}相同（多台电脑同步后出现）。请到“重复编号与档案”处理。',
    go: '去处理',
    other: '{{pc}}建立的{{table}}「{{name}}」',
  },
  signIn: {
    ambiguous:
      '有 {{count}} 个账号都叫“{{account}}”（两台电脑各自建立，同步后重名），改名或合并之前不能用这个名字登录。请用另一个管理员账号登录，到“系统 → 重复编号与档案”改名或合并；没有其他管理员时，请用自己的区分名登录：{{choices}}',
  },
  errors: {
    notOffered: '此类记录不能这样处理',
    gone: '这些记录已不再重复（可能已在其他电脑处理），请刷新后再看',
    valueRefused: '“{{value}}”不能使用，请按要求填写',
    valueTaken: '“{{value}}”已被其他记录使用',
    retireSelf: '不能停用您正在使用的账号：请保留它，停用另一个',
  },
  users: {
    alert:
      '账号 {{accounts}} 有重名（两台电脑各自建立后同步）。重名的账号暂时不能用这个名字登录，请改名或合并。',
    sameName: '重名',
  },
  status: '{{count}} 处重复',
  statusLine: '重复的编号或档案：{{count}} 处',
  fields: {
    subject: '记录类型',
    key: '字段',
    value: '相同的值',
    recordIds: '保留的记录',
    reason: '原因',
  },
}

export const failedZh = {
  title: '无法写入本机的更改',
  intro:
    '以下是其他电脑发来、本机暂时无法写入的更改（例如与本机已有记录的编号冲突）。它们不会丢失，其余更改照常同步，每次同步都会重试；也可以在排除原因后立即重试，或保留本机的值（对方电脑也会改为本机的值）。',
  row: '来自{{pc}}的 {{count}} 项更改无法写入本机',
  created: '（对方新建的记录，本机还没有）',
  error: '原因：{{error}}',
  fields: '涉及：{{fields}}',
  retry: '重试',
  retried: '已写入',
  stillFailing: '仍无法写入：{{error}}',
  keepCurrent: '保留本机的值',
  kept: '已保留本机的值，正在同步到其他电脑',
  statusLine: '无法写入本机的更改：{{count}} 项',
}
