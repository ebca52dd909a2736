/**
 * 回款与对账.xlsx in the archive export: receipts with where each went, the
 * dunning log, the statements with the customers' answers, and the month
 * closes, in the words the department reads. Tombstoned records stay in
 * the JSON only (the archive export passes live rows).
 */
import type { CellValue, SheetModel } from '../../spreadsheet/sheetModel'
import type { ArchiveSheetContext } from '../kit/defineProcedure'
import type {
  DunningRecord,
  MonthCloseRecord,
  ReceiptAllocationRecord,
  ReceiptRecord,
  StatementRecord,
} from './records'
import {
  contactWayWords,
  monthCloseStepWords,
  receiptMethodWords,
  receiptStepWords,
  statementAnswerWords,
  statementStepWords,
} from './words'

const text = (header: string, width = 16) => ({ header, width, format: 'text' as const })
const date = (header: string) => ({ header, width: 12, format: 'date' as const })
const money = (header: string) => ({ header, width: 14, format: 'money' as const })
const day = (d: string) => d || null
const rowsOf = <T>(ctx: ArchiveSheetContext, table: string) => (ctx.rows[table] ?? []) as unknown as T[]

export function collectionsArchiveSheets(ctx: ArchiveSheetContext): SheetModel[] {
  const { nameOf, subtitle } = ctx
  const receipts = rowsOf<ReceiptRecord>(ctx, 'receipts').sort((a, b) => a.number.localeCompare(b.number))
  const numbers = new Map(receipts.map((r) => [r.id, r.number]))
  const allocations = rowsOf<ReceiptAllocationRecord>(ctx, 'receiptAllocations')
    .filter((a) => numbers.has(a.parentId))
    .sort((a, b) => (numbers.get(a.parentId) ?? '').localeCompare(numbers.get(b.parentId) ?? ''))
  const dunnings = rowsOf<DunningRecord>(ctx, 'dunnings').sort((a, b) =>
    a.contactedOn.localeCompare(b.contactedOn),
  )
  const statements = rowsOf<StatementRecord>(ctx, 'statements').sort((a, b) =>
    a.number.localeCompare(b.number),
  )
  const closes = rowsOf<MonthCloseRecord>(ctx, 'monthCloses').sort((a, b) => a.month.localeCompare(b.month))
  return [
    {
      name: '收款登记',
      title: '收款登记',
      subtitle,
      columns: [
        text('收款单号', 18),
        text('客户', 28),
        date('到账日期'),
        text('付款单位', 24),
        text('收款方式', 14),
        money('金额（元）'),
        text('票据号码', 20),
        date('票据到期日'),
        text('状态', 12),
        text('财务确认人', 10),
        date('确认日期'),
      ],
      rows: receipts.map((r): CellValue[] => [
        r.number,
        nameOf('customers', r.customerId),
        day(r.receivedOn),
        r.payer,
        receiptMethodWords[r.method],
        r.amountFen,
        r.billNo,
        day(r.billDueOn),
        receiptStepWords[r.step],
        r.confirmedBy,
        day(r.confirmedOn),
      ]),
    },
    {
      name: '收款分配',
      title: '收款分配到付款节点',
      subtitle,
      columns: [text('收款单号', 18), text('合同', 18), money('分配金额（元）')],
      rows: allocations.map((a): CellValue[] => [
        numbers.get(a.parentId) ?? '',
        nameOf('contracts', a.contractId),
        a.amountFen,
      ]),
    },
    {
      name: '催款记录',
      title: '催款记录',
      subtitle,
      columns: [
        date('催款日期'),
        text('合同', 18),
        text('联系人', 12),
        text('方式', 8),
        date('承诺付款日期'),
        text('情况', 40),
      ],
      rows: dunnings.map((d): CellValue[] => [
        day(d.contactedOn),
        nameOf('contracts', d.contractId),
        d.contact,
        contactWayWords[d.how],
        day(d.promisedOn),
        d.note,
      ]),
    },
    {
      name: '对账单',
      title: '客户对账单',
      subtitle,
      columns: [
        text('对账单号', 18),
        text('客户', 28),
        text('期间', 10),
        money('期初余额'),
        money('本期合同'),
        money('本期开票'),
        money('本期回款'),
        money('期末余额'),
        text('状态', 12),
        text('回执', 8),
        money('差异金额'),
        text('差异说明', 30),
      ],
      rows: statements.map((s): CellValue[] => [
        s.number,
        nameOf('customers', s.customerId),
        s.period,
        s.openingFen,
        s.contractsFen,
        s.invoicedFen,
        s.receivedFen,
        s.closingFen,
        statementStepWords[s.step],
        s.answer ? statementAnswerWords[s.answer] : '',
        s.differenceFen,
        s.explanation,
      ]),
    },
    {
      name: '往来账月结',
      title: '往来账月结',
      subtitle,
      columns: [
        text('月份', 10),
        money('应收账款'),
        money('应付账款'),
        text('状态', 12),
        text('签认人', 10),
        date('签认日期'),
      ],
      rows: closes.map((c): CellValue[] => [
        c.month,
        c.receivablesFen,
        c.payablesFen,
        monthCloseStepWords[c.step],
        c.signedOffBy,
        day(c.signedOffOn),
      ]),
    },
  ]
}
