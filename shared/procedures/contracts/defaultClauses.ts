/**
 * The clause library a new installation starts with: the standard terms of a
 * Chinese sales contract (《民法典》合同编). The commerce manager edits them in
 * settings; each contract copies them and may change its own copy.
 */
export const defaultClauseLibrary: { title: string; text: string }[] = [
  {
    title: '质量标准',
    text: '乙方提供的产品应符合国家标准、行业标准及双方确认的技术要求，并随货提供产品合格证及相关质量证明文件。',
  },
  {
    title: '交货与验收',
    text: '甲方应在货物到达后七个工作日内组织验收，对数量、外观及规格型号提出书面异议；逾期未提出的，视为验收合格。',
  },
  {
    title: '质量保证',
    text: '质保期内因产品质量问题造成的故障，乙方负责免费维修或更换；因甲方使用不当造成的损坏不在此列。',
  },
  {
    title: '违约责任',
    text: '任何一方违反本合同约定，应承担违约责任，赔偿守约方因此遭受的直接损失。甲方逾期付款的，每逾期一日按逾期金额的万分之五支付违约金。',
  },
  {
    title: '争议解决',
    text: '因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地有管辖权的人民法院提起诉讼。',
  },
  {
    title: '其他',
    text: '本合同一式肆份，甲乙双方各执贰份，经双方法定代表人或授权代表签字并加盖合同专用章后生效。未尽事宜，双方另行协商并签订书面补充协议。',
  },
]
