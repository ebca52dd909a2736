/** Plain inputs for the 对账单, 对账结果报告, 账龄分析 and 往来账月末核对表 document tests. */
import type { AgingTotals } from '@shared/procedures/collections/aging'
import type {
  AgingDocumentInput,
  MonthCloseDocumentInput,
  StatementDocumentInput,
  StatementReportInput,
  StatementEntry,
  StatementReportRow,
} from '@shared/procedures/collections/documents'
import type { MonthCloseStep, StatementStep } from '@shared/procedures/collections/records'

const issuedAt = '2026-07-02T09:30:00+08:00'
const company = '北京恒信电气设备有限公司'

/** 北京智诚科技's 2026-H1: owed 30,000 at the start, 204,000 signed, 150,000 received. */
export function statement(entries = 3): StatementDocumentInput {
  const all: StatementEntry[] = [
    {
      kind: 'receipt',
      date: '2026-05-20',
      number: 'SK-202605-0003',
      text: '银行承兑汇票',
      amountFen: 15_000_000,
    },
    {
      kind: 'contract',
      date: '2026-03-12',
      number: 'HT-202603-0012',
      text: '10kV配电室改造设备采购合同',
      amountFen: 20_400_000,
    },
    {
      kind: 'invoice',
      date: '2026-04-02',
      number: '3100261130 04512345',
      text: '增值税专用发票',
      amountFen: 20_400_000,
    },
  ]
  for (let i = 3; i < entries; i++)
    all.push({
      kind: 'receipt',
      date: `2026-06-${String(1 + (i % 28)).padStart(2, '0')}`,
      number: `SK-202606-${String(i).padStart(4, '0')}`,
      text: '银行转账',
      amountFen: 100_000 + i,
    })
  return {
    statement: {
      number: 'DZ-2026H1-0001',
      period: '2026-H1',
      asOf: '2026-06-30',
      openingFen: 3_000_000,
      contractsFen: 20_400_000,
      invoicedFen: 20_400_000,
      receivedFen: 15_000_000,
      closingFen: 8_400_000,
    },
    customerName: '北京智诚科技有限公司',
    entries: all.slice(0, Math.max(entries, 0)),
    company,
    preparedBy: '李晓',
    issuedAt,
  }
}

function row(n: number, step: StatementStep, closingFen: number, differenceFen = 0): StatementReportRow {
  return {
    number: `DZ-2026H1-${String(n).padStart(4, '0')}`,
    customerId: `C${n}`,
    period: '2026-H1',
    step,
    sentOn: step === 'draft' ? '' : '2026-07-01',
    closingFen,
    answer: step === 'confirmed' ? 'match' : step === 'differs' || step === 'resolved' ? 'differ' : '',
    differenceFen,
    explanation: differenceFen ? '客户未计 6 月 28 日在途汇票' : '',
    resolution: step === 'resolved' ? '汇票 7 月 2 日到账，双方一致' : '',
    customerName: [
      '北京智诚科技有限公司',
      '上海浦江电力工程有限公司',
      '天津滨海新区供电服务有限公司',
      '广州南方电网设备有限公司',
    ][n % 4],
  }
}

export function report(count = 4, reported = true): StatementReportInput {
  const steps: StatementStep[] = ['confirmed', 'differs', 'resolved', 'sent']
  const statements = Array.from({ length: count }, (_, i) =>
    row(
      i + 1,
      steps[i % 4],
      1_000_000 * (i + 1),
      steps[i % 4] === 'differs' || steps[i % 4] === 'resolved' ? -250_000 : 0,
    ),
  )
  return {
    period: '2026-H1',
    report: reported
      ? {
          step: 'reported',
          summary: '大部分客户已确认相符，差异为在途汇票',
          reportedBy: '李晓',
          reportedOn: '2026-07-20',
          salesManagerBy: '陈经理',
          salesManagerOn: '2026-07-21',
          financeBy: '',
          financeOn: '',
        }
      : undefined,
    statements,
    company,
    issuedAt,
  }
}

const totals = (notDue: number, a: number, b: number, c: number, d: number): AgingTotals => ({
  notDue,
  days0to30: a,
  days31to60: b,
  days61to90: c,
  over90: d,
  total: notDue + a + b + c + d,
})

export function aging(customers = 3): AgingDocumentInput {
  const rows = Array.from({ length: customers }, (_, i) => ({
    name: `${['北京智诚科技', '上海浦江电力工程', '天津滨海新区供电服务', '广州南方电网设备'][i % 4]}有限公司${i >= 4 ? `（${i}）` : ''}`,
    totals: totals(123_456_789 + i, 2_000_000 * i, 500_000, i % 2 ? 300_000 : 0, 98_765_432),
  }))
  const sum = rows.reduce(
    (t, r) =>
      totals(
        t.notDue + r.totals.notDue,
        t.days0to30 + r.totals.days0to30,
        t.days31to60 + r.totals.days31to60,
        t.days61to90 + r.totals.days61to90,
        t.over90 + r.totals.over90,
      ),
    totals(0, 0, 0, 0, 0),
  )
  return {
    asOf: '2026-06-30',
    total: sum,
    customers: rows,
    salesReps: [
      { name: '张伟', totals: totals(sum.notDue, sum.days0to30, 0, 0, 0) },
      { name: '未指定', totals: totals(0, 0, sum.days31to60, sum.days61to90, sum.over90) },
    ],
    company,
    preparedBy: '李晓',
    issuedAt,
  }
}

export function monthClose(step: MonthCloseStep = 'signedOff'): MonthCloseDocumentInput {
  return {
    close: {
      month: '2026-06',
      step,
      receivablesFen: 8_400_000,
      payablesFen: 5_230_000,
      comment: step === 'signedOff' ? '与财务账一致' : '',
      preparedBy: '李晓',
      preparedOn: '2026-06-30',
      signedOffBy: step === 'signedOff' ? '赵财务' : '',
      signedOffOn: step === 'signedOff' ? '2026-07-01' : '',
    },
    aging: totals(3_000_000, 5_000_000, 400_000, 0, 0),
    payableOrders: 3,
    payablesWorkedOutFen: 5_500_000,
    company,
    issuedAt,
  }
}
