/**
 * 往来账月末核对表 (DOMAIN.md §7; 制度：负责往来账项的管理，并于每月末与财务进行核对):
 * the month's receivables — the aging total at month end, by bucket — and
 * payables to manufacturers as the clerk and finance agreed them, each in
 * figures and in 人民币大写 (both sign to them), what the payables count
 * (no payables ledger yet: ordered purchase orders), and the two signatures.
 * Until finance signs the month off it prints as 草稿.
 */
import { dateText, monthText, yuanCell } from '../../../documents/chineseText'
import type { DocumentModel } from '../../../documents/documentModel'
import { amountInWords, formatFen } from '../../../kernel/money'
import { type AgingTotals, agingBuckets } from '../aging'
import { monthEnd } from '../monthClose'
import type { MonthCloseRecord } from '../records'
import { monthCloseStepWords } from '../words'
import { agingBucketWords } from './agingDocument'

export interface MonthCloseDocumentInput {
  close: Pick<
    MonthCloseRecord,
    | 'month'
    | 'step'
    | 'receivablesFen'
    | 'payablesFen'
    | 'comment'
    | 'preparedBy'
    | 'preparedOn'
    | 'signedOffBy'
    | 'signedOffOn'
  >
  /** The aging report at month end, as the app worked it out. */
  aging: AgingTotals
  /** The purchase orders the payables figure was worked out from. */
  payableOrders: number
  /** What the app worked out for payables (the agreed figure may differ). */
  payablesWorkedOutFen: number
  company: string
  issuedAt: string
}

export const MONTH_CLOSE_TYPE = '往来账月末核对表'

const pt = (points: number) => points / 10

const signedBox = (on: string) => ['签字：', `日期：${dateText(on)}`]

export function monthCloseDocument(input: MonthCloseDocumentInput): DocumentModel {
  const c = input.close
  const a = input.aging
  const differs = (worked: number, agreed: number) =>
    worked === agreed ? '与系统计算一致' : `系统计算 ${formatFen(worked)}，差额 ${formatFen(agreed - worked)}`
  return {
    style: 'form',
    type: MONTH_CLOSE_TYPE,
    number: `WLZ-${c.month}`,
    company: input.company,
    title: `${MONTH_CLOSE_TYPE}（${monthText(c.month)}）`,
    issuedAt: input.issuedAt,
    ...(c.step === 'signedOff' ? {} : { draft: true }),
    blocks: [
      {
        kind: 'paragraph',
        text: `核对月份：${monthText(c.month)}\u3000截止日期：${dateText(monthEnd(c.month))}\u3000状态：${monthCloseStepWords[c.step]}`,
      },
      {
        kind: 'table',
        columns: [
          { header: '项目', width: pt(70) },
          { header: '核对金额', width: pt(80), align: 'right' },
          { header: '金额（大写）', width: pt(175) },
          { header: '依据', width: pt(130) },
        ],
        rows: [
          [
            '应收账款',
            yuanCell(c.receivablesFen),
            `人民币${amountInWords(c.receivablesFen)}`,
            `月末账龄分析合计；${differs(a.total, c.receivablesFen)}`,
          ],
          [
            '应付账款',
            yuanCell(c.payablesFen),
            `人民币${amountInWords(c.payablesFen)}`,
            `已向厂家订货的设备采购单 ${input.payableOrders} 张；${differs(input.payablesWorkedOutFen, c.payablesFen)}`,
          ],
        ],
      },
      { kind: 'heading', text: '应收账款账龄（月末）' },
      {
        kind: 'table',
        columns: [...agingBuckets.map((b) => agingBucketWords[b]), '合计'].map((header) => ({
          header,
          width: pt(75),
          align: 'right' as const,
        })),
        rows: [[...agingBuckets.map((b) => yuanCell(a[b])), yuanCell(a.total)]],
      },
      {
        kind: 'paragraph',
        text: '说明：应付账款尚无付款台账，系统按已向厂家订货、已发货及已完结的设备采购单金额合计计算，未扣除已付款项，以与财务核对后的金额为准。财务签认后本月往来账结账，不再登记该月的收款。',
      },
      ...(c.comment.trim() ? [{ kind: 'paragraph' as const, text: `财务意见：${c.comment.trim()}` }] : []),
      {
        kind: 'signatures',
        parties: [
          { role: '编制人', name: c.preparedBy, lines: signedBox(c.preparedOn) },
          { role: '财务签认', name: c.signedOffBy, lines: signedBox(c.signedOffOn) },
        ],
      },
    ],
  }
}
