/**
 * Fixed inputs of the invoicing documents: one application on a contract of
 * ¥120,000.00, and a June register with invoices outside it (July, voided,
 * not yet issued) that must stay out.
 */
import type {
  InvoiceApplicationDocumentInput,
  InvoiceRegisterEntry,
  InvoiceRegisterInput,
} from '@shared/procedures/invoicing/documents'
import type { InvoiceStep } from '@shared/procedures/invoicing/records'

const company = '北京华电智能装备有限公司'

/** Issued once past toIssue; `invoicedFen` is what the contract had issued before it. */
export function application(step: InvoiceStep, invoicedFen = 5_000_000): InvoiceApplicationDocumentInput {
  const issued = ['issued', 'delivered', 'confirmed'].includes(step)
  const reviewed = !['draft', 'review'].includes(step)
  return {
    invoice: {
      number: 'KP-202606-0007',
      step,
      kind: 'special',
      buyerName: '北京智诚科技有限公司',
      buyerTaxNo: '91110108MA01ABCD2X',
      buyerAddressPhone: '北京市海淀区中关村南大街12号 010-62345678',
      buyerBankAccount: '中国工商银行北京中关村支行 0200004509200123456',
      note: '第二批设备到货后开票，发票随设备签收单一并交客户。',
      appliedBy: '王小明',
      submittedOn: '2026-06-02',
      reviewComment: reviewed ? '与合同一致，同意开票。' : '',
      reviewedOn: reviewed ? '2026-06-03' : '',
      reviewedBy: reviewed ? '李会计' : '',
      invoiceCode: issued ? '011002300111' : '',
      invoiceNo: issued ? '04512388' : '',
      issuedOn: issued ? '2026-06-05' : '',
      issuedFen: issued ? 3_748_050 : 0,
      issuedTaxFen: issued ? 412_604 : 0,
      reason: step === 'voided' ? '客户要求改开普票。' : '',
    },
    contractNumber: 'HT-202605-0012',
    contractTitle: '10kV配电室改造设备采购合同',
    customerName: '北京智诚科技有限公司',
    lines: [
      {
        name: '高压真空断路器',
        spec: 'ZN63A-12/1250-31.5',
        unit: '台',
        qty: 2,
        amountFen: 2_560_000,
        taxRateBp: 1300,
      },
      {
        name: '电流互感器',
        spec: 'LZZBJ9-10 200/5 0.5S',
        unit: '只',
        qty: 6,
        amountFen: 870_000,
        taxRateBp: 1300,
      },
      {
        name: '安装调试服务',
        spec: '现场安装及系统调试',
        unit: '项',
        qty: 1,
        amountFen: 318_050,
        taxRateBp: 600,
      },
    ],
    contractTotalFen: 12_000_000,
    invoicedFen,
    company,
    issuedAt: '2026-06-05T16:00:00+08:00',
  }
}

const blank: InvoiceRegisterEntry = {
  number: '',
  step: 'issued',
  kind: 'special',
  invoiceCode: '',
  invoiceNo: '',
  issuedOn: '',
  issuedFen: 0,
  issuedTaxFen: 0,
  deliveryWay: '',
  deliveredOn: '',
  trackingNo: '',
  confirmedOn: '',
  confirmedBy: '',
  customerName: '',
  contractNumber: '',
}

const june: InvoiceRegisterEntry[] = [
  // Listed out of order: the register sorts by issue date.
  {
    ...blank,
    number: 'KP-202606-0009',
    step: 'delivered',
    kind: 'digital',
    invoiceNo: '26112000000012345678',
    issuedOn: '2026-06-18',
    issuedFen: 11_300_000,
    issuedTaxFen: 1_300_000,
    deliveryWay: 'electronic',
    deliveredOn: '2026-06-18',
    customerName: '天津滨海新区供电服务有限公司',
    contractNumber: 'HT-202604-0031',
  },
  {
    ...blank,
    number: 'KP-202606-0007',
    step: 'confirmed',
    invoiceCode: '011002300111',
    invoiceNo: '04512388',
    issuedOn: '2026-06-05',
    issuedFen: 3_748_050,
    issuedTaxFen: 412_604,
    deliveryWay: 'post',
    deliveredOn: '2026-06-08',
    trackingNo: 'SF1402837465921',
    confirmedOn: '2026-06-10',
    confirmedBy: '张建国',
    customerName: '北京智诚科技有限公司',
    contractNumber: 'HT-202605-0012',
  },
  {
    ...blank,
    number: 'KP-202606-0008',
    step: 'issued',
    kind: 'normal',
    invoiceCode: '011002300222',
    invoiceNo: '00871234',
    issuedOn: '2026-06-12',
    issuedFen: 565_000,
    issuedTaxFen: 65_000,
    customerName: '河北雄安智慧能源有限公司',
    contractNumber: 'HT-202606-0003',
  },
  {
    ...blank,
    number: 'KP-202606-0011',
    step: 'confirmed',
    invoiceCode: '011002300111',
    invoiceNo: '04512401',
    issuedOn: '2026-06-25',
    issuedFen: 234_567_890,
    issuedTaxFen: 26_985_686,
    deliveryWay: 'hand',
    deliveredOn: '2026-06-26',
    confirmedOn: '2026-06-26',
    confirmedBy: '欧阳晓峰',
    customerName: '国网冀北电力有限公司物资分公司',
    contractNumber: 'HT-202603-0108',
  },
]

const outside: InvoiceRegisterEntry[] = [
  {
    ...blank,
    number: 'KP-202607-0001',
    invoiceCode: '011002300111',
    invoiceNo: '04519999',
    issuedOn: '2026-07-01',
  },
  { ...blank, number: 'KP-202606-0010', step: 'voided', invoiceNo: '04519998', issuedOn: '2026-06-20' },
  { ...blank, number: 'KP-202606-0012', step: 'toIssue' },
]

/** June 2026; with `count`, that many invoices spread over the month instead. */
export function register(count?: number): InvoiceRegisterInput {
  const invoices =
    count === undefined
      ? [...june, ...outside]
      : Array.from({ length: count }, (_, i) => ({
          ...june[i % june.length],
          number: `KP-202606-${String(i + 1).padStart(4, '0')}`,
          invoiceNo:
            june[i % june.length].kind === 'digital'
              ? `261120000000123${String(i).padStart(5, '0')}`
              : `0451${String(i).padStart(4, '0')}`,
          issuedOn: `2026-06-${String((i % 28) + 1).padStart(2, '0')}`,
        }))
  return {
    period: { month: '2026-06' },
    invoices,
    company,
    preparedBy: '王小明',
    issuedAt: '2026-07-01T09:00:00+08:00',
  }
}
