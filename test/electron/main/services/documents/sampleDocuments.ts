/**
 * Plain inputs for every document builder, as the screens will pass them:
 * a company, a customer with a long name, lines, milestones, clauses and
 * decisions. Shared by the builder tests and the renders.
 */
import type { RequiredApproval } from '../../../../../shared/approvals/approvalRules'
import type { ApprovalFormInput } from '../../../../../shared/procedures/contracts/documents/approvalFormDocument'
import type { ChangeAgreementInput } from '../../../../../shared/procedures/contracts/documents/changeAgreementDocument'
import type { ContractDocumentInput } from '../../../../../shared/procedures/contracts/documents/contractDocument'
import type { DocumentParty } from '../../../../../shared/procedures/contracts/documents/documentParties'
import type { QuotationDocumentInput } from '../../../../../shared/procedures/contracts/documents/quotationDocument'
import type { RegisterInput } from '../../../../../shared/procedures/contracts/documents/registerDocument'
import type { DocumentLine } from '../../../../../shared/procedures/contracts/documents/tradeLines'

export const seller: DocumentParty = {
  name: '北京智诚科技有限公司',
  uscc: '91110108MA01ABCD2X',
  address: '北京市海淀区中关村大街18号智诚大厦9层',
  phone: '010-62345678',
  bankName: '中国工商银行北京中关村支行',
  bankAccount: '0200 0045 0902 1234 567',
}

export const customer: DocumentParty = {
  name: '中国电建集团华东勘测设计研究院有限公司江苏省南京市江宁区分布式能源项目部',
  uscc: '91330000142912345Q',
  address: '江苏省南京市江宁区秣陵街道胜太路88号',
  phone: '025-52101234',
  bankName: '中国建设银行南京江宁支行',
  bankAccount: '3205 0159 3600 0000 1234',
}

const PRODUCTS = [
  ['智能电能表', 'DTZY341-Z 0.5S级', '台', 128_000, 1300],
  ['低压开关柜', 'GCS-4000A', '面', 4_650_000, 1300],
  ['电流互感器', 'LZZBJ9-10 200/5', '只', 86_000, 1300],
  ['高压真空断路器', 'ZN63A-12/1250-31.5', '台', 2_380_000, 1300],
  ['电缆分支箱', 'DFW-12/630A（含基础）', '台', 1_560_000, 900],
] as const

export function sampleLines(count: number): DocumentLine[] {
  return Array.from({ length: count }, (_, i) => {
    const [name, spec, unit, unitFen, taxRateBp] = PRODUCTS[i % PRODUCTS.length]
    return {
      productId: `p${i}`,
      name,
      spec,
      unit,
      qty: (i % 7) + 1,
      unitFen: unitFen + i * 3_700,
      discountBp: i % 4 === 0 ? 500 : 0,
      taxRateBp,
      note: i % 9 === 0 ? '含安装调试，随货附合格证、检测报告' : '',
    }
  })
}

const ISSUED = '2025-03-18T09:30:00+08:00'

export function sampleQuotation(lines = 6): QuotationDocumentInput {
  return {
    quotation: {
      number: 'BJ-2025-0042',
      quotedOn: '2025-03-18',
      validUntil: '2025-04-17',
      deliveryTerms: '合同签订后30日内送货至需方指定的南京市江宁区项目现场，运费由我方承担。',
      paymentTerms: '预付30%，到货验收合格后付60%，余款10%质保期满后付清。',
      note: '如需增加数量，单价另议。',
      status: 'issued',
    },
    lines: sampleLines(lines),
    seller,
    customer,
    attention: '王工',
    preparedBy: '李明',
    issuedAt: ISSUED,
  }
}

export function sampleContractInput(lines = 40, clauses = 8): ContractDocumentInput {
  const library = [
    [
      '质量标准与验收',
      '卖方提供的产品应符合国家标准及行业标准，并附产品合格证、出厂检验报告和使用说明书。买方应在货到后七个工作日内组织验收；逾期未提出书面异议的，视为验收合格。',
    ],
    ['包装与运输', '产品包装应符合国家标准，适合长途运输和多次搬运，因包装不当造成的损失由卖方承担。'],
    [
      '违约责任',
      '卖方逾期交货的，每逾期一日按逾期交货部分货款的0.5‰向买方支付违约金；买方逾期付款的，按同样标准承担违约责任。',
    ],
    [
      '不可抗力',
      '因不可抗力不能履行合同的，根据不可抗力的影响，部分或者全部免除责任，但应及时通知对方并在合理期限内提供证明。',
    ],
    ['保密', '双方对因履行本合同而知悉的对方商业秘密负有保密义务，本条款在合同终止后继续有效。'],
    [
      '争议解决',
      '因本合同引起的或与本合同有关的任何争议，双方应友好协商解决；协商不成的，任何一方均可向合同签订地人民法院提起诉讼。',
    ],
    ['合同生效', '本合同自双方法定代表人或授权代表签字并加盖公章或合同专用章之日起生效。'],
    ['其他', '本合同一式肆份，甲乙双方各执贰份，具有同等法律效力。未尽事宜，双方另行签订补充协议。'],
  ]
  return {
    contract: {
      number: 'HT-2025-0318',
      title: '江宁分布式能源项目配电设备采购',
      signPlace: '北京市海淀区',
      signedOn: '',
      step: 'toSign',
      version: 1,
      deliveryTerms:
        '卖方负责送货至买方指定的江苏省南京市江宁区项目现场，运输费用、保险费用由卖方承担，货物毁损、灭失的风险自交付时转移。',
      deliveryDueOn: '2025-04-30',
      warranty:
        '质保期为产品验收合格之日起二十四个月。质保期内因产品质量问题造成的故障，卖方负责免费维修或更换，并在接到通知后48小时内到达现场。',
      clauses: library.slice(0, clauses).map(([title, text]) => ({ title, text })),
    },
    lines: sampleLines(lines),
    milestones: [
      { kind: 'advance', percentBp: 3000, dueRule: '合同签订后7日内' },
      { kind: 'delivery', percentBp: 3000, dueRule: '货到现场后15日内' },
      { kind: 'acceptance', percentBp: 3000, dueRule: '验收合格后30日内' },
      { kind: 'retention', percentBp: 1000, dueRule: '质保期满且无质量问题后15日内' },
    ],
    seller,
    customer,
    partyNames: 'buyerJia',
    issuedAt: ISSUED,
  }
}

const required: RequiredApproval[] = [
  {
    rule: 'priceBelowQuote',
    role: 'commerceManager',
    step: 1,
    params: { lines: 2, worstLine: '低压开关柜 GCS-4000A', worstBp: 812, allowedBp: 500 },
  },
  {
    rule: 'majorContract',
    role: 'leadership',
    step: 2,
    params: { amountFen: 105_320_000, thresholdFen: 100_000_000 },
  },
  { rule: 'nonStandardTerms', role: 'leadership', step: 2, params: {} },
  { rule: 'specialFees', role: 'leadership', step: 2, params: {} },
]

export function sampleApprovalForm(): ApprovalFormInput {
  return {
    subject: {
      kind: 'contract',
      number: 'HT-2025-0318',
      title: '江宁分布式能源项目配电设备采购',
      amountFen: 105_320_000,
    },
    customerName: customer.name,
    legal: {
      opinion: '合同主体适格，条款符合《民法典》规定；第九条保密期限建议明确为三年。',
      riskAssessment: '中等：预付比例较低，回款周期较长；客户信用良好。',
      by: '赵律',
      on: '2025-03-16',
    },
    required,
    decisions: [
      {
        rule: 'priceBelowQuote',
        decision: 'approved',
        comment: '批量采购，同意按此价格签订。',
        byName: '孙经理',
        at: '2025-03-17T02:10:00Z',
        mode: 'app',
      },
      {
        rule: 'majorContract',
        decision: 'approved',
        comment: '同意',
        byName: '周总',
        at: '2025-03-17T17:30:00Z',
        mode: 'paper',
      },
    ],
    company: seller.name,
    preparedBy: '李明',
    issuedAt: ISSUED,
  }
}

export function sampleChangeAgreement(): ChangeAgreementInput {
  const before = sampleLines(6)
  const after = sampleLines(6)
  after[1] = { ...after[1], qty: after[1].qty + 2 }
  after[3] = { ...after[3], unitFen: after[3].unitFen - 50_000 }
  after.splice(4, 1)
  after.push({
    productId: 'p-new',
    name: '环网柜',
    spec: 'XGN15-12（SF6）',
    unit: '台',
    qty: 2,
    unitFen: 3_260_000,
    discountBp: 0,
    taxRateBp: 1300,
    note: '',
  })
  return {
    change: {
      number: 'HT-2025-0318-B1',
      version: 2,
      reason: '项目设计变更，增加环网柜两台并调整开关柜数量',
      scheduleEffect: '新增设备交货期顺延至2025年5月20日，其余设备交货期不变。',
      step: 'toSign',
      signedOn: '',
    },
    contract: {
      number: 'HT-2025-0318',
      title: '江宁分布式能源项目配电设备采购',
      signedOn: '2025-03-20',
      signPlace: '北京市海淀区',
    },
    linesBefore: before,
    linesAfter: after,
    milestones: [
      { kind: 'advance', percentBp: 3000, dueRule: '本协议签订后7日内' },
      { kind: 'acceptance', percentBp: 6000, dueRule: '验收合格后30日内' },
      { kind: 'retention', percentBp: 1000, dueRule: '质保期满后15日内' },
    ],
    seller,
    customer,
    partyNames: 'gongXu',
    issuedAt: ISSUED,
  }
}

export function sampleRegister(count = 30): RegisterInput {
  const steps = ['signed', 'filed', 'performing', 'settled', 'voided'] as const
  return {
    month: '2025-03',
    entries: Array.from({ length: count }, (_, i) => ({
      number: `HT-2025-03${String(i + 1).padStart(2, '0')}`,
      customerName: i % 3 === 0 ? customer.name : '华东电力设备安装工程有限公司',
      title: i % 2 ? '配电设备采购' : '智能电能表及采集终端供货',
      signedOn: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
      totalFen: 12_345_600 + i * 1_111_100,
      step: steps[i % steps.length],
    })),
    company: seller.name,
    issuedAt: '2025-04-01T10:00:00+08:00',
  }
}
