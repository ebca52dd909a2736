/**
 * Words of the 合同与审批 settings tab and this PC's numbering block.
 *
 * zh-CN.ts already has top-level `validation` and `errors` objects, and a
 * spread cannot merge into them: spread before them it is overwritten, spread
 * after them it overwrites them. The two keys that belong there are therefore
 * written as flat dotted keys, which i18next finds when the nested path has no
 * such entry (ignoreJSONStructure, on by default): t('validation.pcPrefix')
 * reads 'validation.pcPrefix' below. Should the nested objects ever define the
 * same key, theirs wins; nothing here can overwrite them.
 */
export const settingsZh = {
  'validation.pcPrefix': '编号前缀为1至3位大写字母或数字',
  'errors.numbers.exhausted': '本机本月的编号已用完，请联系管理员调整本机编号段',
  contractSettings: {
    tab: '合同与审批',
    approvalsSection: '审批规则',
    numberingSection: '合同编号',
    textSection: '合同文本与报价单',
    clausesSection: '标准条款库',
    priceDeviation: '允许的价格偏离（%）',
    priceDeviationHint: '成交价低于报价超过此比例时，须报商务部经理审批',
    priceDeviationInvalid: '请输入 0–100 之间的百分比，最多两位小数，例如 5 或 5.5',
    majorContract: '重大合同金额（元）',
    majorContractHint: '含税合同金额达到或超过 {{amount}} 时，须报公司领导审批',
    majorContractInvalid: '金额须为 0 或正数，最多两位小数，例如 500000',
    numberPattern: '合同编号规则',
    numberPatternHint:
      '可用占位符：{yyyy} 年 · {yy} 两位年 · {MM} 月 · {dd} 日 · {pc} 本机前缀 · {seq:4} 四位流水号',
    example: '示例：{{number}}',
    exampleExhausted: '本机本月的编号已用完',
    patternProblem: {
      noSeq: '编号规则必须包含流水号 {seq}，例如 {seq:4}',
      unknownToken: '编号规则中有无法识别的占位符，只能使用 {yyyy} {yy} {MM} {dd} {pc} {seq:N}',
      tooLong: '编号规则最多 40 个字符',
    },
    partyNames: '合同双方的称谓',
    party: {
      buyerJia: '甲方为买方（客户），乙方为卖方（本公司）',
      sellerJia: '甲方为卖方（本公司），乙方为买方（客户）',
      gongXu: '需方（客户）与供方（本公司）',
    },
    validDays: '报价单默认有效期（天）',
    clausesHint: '新建合同时带入以下条款，每份合同可以另行修改。',
    clauseNumber: '第 {{n}} 条',
    clauseTitle: '条款标题',
    clauseText: '条款内容',
    clauseTitleRequired: '请填写条款标题',
    clauseTitleTooLong: '条款标题最多 40 个字',
    clauseTextRequired: '请填写条款内容',
    clauseTextTooLong: '条款内容最多 2000 个字',
    addClause: '添加条款',
    clauseLimit: '条款库最多 40 条',
    moveUp: '上移',
    moveDown: '下移',
    removeClause: '删除此条款',
    noClauses: '条款库是空的，新建合同时不会带入任何条款。',
  },
  pcNumbering: {
    title: '本机编号段',
    explain:
      '每台电脑从各自的编号段编出合同号、报价单号、电话订货号等，离线编出的号码也不会重复。编号段由本机在新建或加入共享文件夹时自动登记，不需要手工设置。',
    pcIndex: '编号段',
    block: '编号段 {{block}}：本机每月使用流水号 {{from}}–{{to}}',
    claimed: '已在共享文件夹登记，其他电脑不会使用这个编号段',
    unclaimed:
      '本机尚未加入共享文件夹，暂用本机自己的编号段；新建或加入共享时自动登记一个其他电脑都没有使用的编号段',
    pcPrefix: '本机前缀',
    pcPrefixHint: '编号规则中 {pc} 处显示的字母，例如 A',
    save: '保存本机前缀',
  },
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type SettingsMessages = Widen<typeof settingsZh>
