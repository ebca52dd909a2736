/**
 * 对账单 with its 回执 (DOMAIN.md §4; 制度：应在每年的6月底和12月底与客户核对往来账目):
 * one customer's account for a half-year as the statement froze it — owed
 * at the start, contracts signed, invoices issued, money received, owed at
 * the end, the closing balance in figures and in 人民币大写 — with the
 * period's contracts, invoices and receipts listed, and below a cut line
 * the 回执 the customer signs, seals and returns: 相符, or 不符 with the
 * difference and why.
 */
import { dateText, yuanCell } from '../../../documents/chineseText'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { amountInWords, formatFen } from '../../../kernel/money'
import type { StatementRecord } from '../records'
import { periodEnd, periodStart } from '../statements'

/** One line of the account: a contract (or a change agreement's difference), an invoice, a receipt. */
export type StatementEntryKind = 'contract' | 'change' | 'invoice' | 'receipt'

export interface StatementEntry {
  kind: StatementEntryKind
  date: string
  /** 合同编号 / 变更协议编号 / 发票号码 / 收款单号. */
  number: string
  /** 合同名称, 发票类型, 收款方式. */
  text: string
  amountFen: number
}

export interface StatementDocumentInput {
  statement: Pick<
    StatementRecord,
    | 'number'
    | 'period'
    | 'asOf'
    | 'openingFen'
    | 'contractsFen'
    | 'invoicedFen'
    | 'receivedFen'
    | 'closingFen'
  >
  customerName: string
  /** The period's lines; any order (printed by date, then kind, then number). */
  entries: readonly StatementEntry[]
  company: string
  /** The clerk who prepared it (经办人). */
  preparedBy: string
  issuedAt: string
}

export const STATEMENT_TYPE = '对账单'

export const entryKindWords: Record<StatementEntryKind, string> = {
  contract: '合同',
  change: '变更协议',
  invoice: '发票',
  receipt: '回款',
}

const kindOrder: Record<StatementEntryKind, number> = { contract: 0, change: 1, invoice: 2, receipt: 3 }

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Printed order: by day, then contracts before invoices before receipts, then number. */
export function orderedEntries(entries: readonly StatementEntry[]): StatementEntry[] {
  return [...entries].sort(
    (a, b) => byText(a.date, b.date) || kindOrder[a.kind] - kindOrder[b.kind] || byText(a.number, b.number),
  )
}

/** Widths are points of the 455-pt text width, in tenths under the schema's cap of 100. */
const pt = (points: number) => points / 10

/** A balance in words, saying who owes whom: a negative closing balance is money the customer paid ahead. */
export function balanceWords(fen: number): string {
  if (fen >= 0) return `人民币${amountInWords(fen)}`
  return `人民币${amountInWords(-fen)}（贵公司多付 / 预付）`
}

function figuresTable(s: StatementDocumentInput['statement']): DocumentBlock {
  return {
    kind: 'table',
    columns: [
      { header: '期初余额', width: pt(91) },
      { header: '本期合同', width: pt(91) },
      { header: '本期开票', width: pt(91) },
      { header: '本期回款', width: pt(91) },
      { header: '期末余额', width: pt(91) },
    ].map((c) => ({ ...c, align: 'right' as const })),
    rows: [[s.openingFen, s.contractsFen, s.invoicedFen, s.receivedFen, s.closingFen].map(formatFen)],
  }
}

function entriesTable(entries: readonly StatementEntry[]): DocumentBlock {
  const ordered = orderedEntries(entries)
  return {
    kind: 'table',
    columns: [
      { header: '序号', width: pt(26), align: 'center' },
      { header: '日期', width: pt(62) },
      { header: '类别', width: pt(48), align: 'center' },
      { header: '编号', width: pt(110) },
      { header: '摘要', width: pt(134) },
      { header: '金额', width: pt(75), align: 'right' },
    ],
    rows:
      ordered.length === 0
        ? [['', '', '', '', '本期无合同、开票和回款', '']]
        : ordered.map((e, i) => [
            String(i + 1),
            e.date,
            entryKindWords[e.kind],
            e.number,
            e.text,
            yuanCell(e.amountFen),
          ]),
  }
}

/** The customer's half: what it confirms, with boxes to tick, the difference and why, and room to sign and seal. */
function slip(input: StatementDocumentInput): DocumentBlock[] {
  const s = input.statement
  return [
    { kind: 'paragraph', text: `${'－'.repeat(13)} 沿此线剪下，回执签字盖章后寄回 ${'－'.repeat(13)}` },
    { kind: 'heading', text: `回\u3000执（对账单号 ${s.number}）` },
    {
      kind: 'paragraph',
      text: `${input.company}：贵公司对账单 ${s.number} 已收到。截至${dateText(s.asOf)}，贵公司列示我公司期末余额 ${formatFen(s.closingFen)}，经核对：`,
    },
    {
      kind: 'table',
      columns: [
        { header: '核对结果', width: pt(70) },
        { header: '差异金额（我公司账面 − 贵公司列示）', width: pt(185) },
        { header: '差异说明', width: pt(200) },
      ],
      rows: [['□ 相符\n□ 不符', '\n¥', '\n\n']],
    },
    // A table, not a signature block: the slip stays on the statement's one page, with room for the seal.
    {
      kind: 'table',
      columns: [
        { header: '客户（盖章）', width: pt(235) },
        { header: '经办人签字', width: pt(100) },
        { header: '日期', width: pt(120) },
      ],
      rows: [[`${input.customerName}\n\n\n`, '', '　　　　年　　月　　日']],
    },
  ]
}

export function statementDocument(input: StatementDocumentInput): DocumentModel {
  const s = input.statement
  const start = periodStart(s.period)
  const end = periodEnd(s.period)
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: `致：${input.customerName}` },
    {
      kind: 'paragraph',
      indent: true,
      text: `为核对双方往来账目，现将${dateText(start)}至${dateText(end)}贵我双方往来列示如下。余额按合同金额减已到账款计算，发票金额列示供贵公司核对。请核对后在下方回执上签字盖章寄回；如有不符，请注明差异金额及原因。`,
    },
    figuresTable(s),
    {
      kind: 'paragraph',
      text: `截至${dateText(s.asOf)}期末余额（大写）：${balanceWords(s.closingFen)}\u3000（小写）${formatFen(s.closingFen)}`,
    },
    entriesTable(input.entries),
    {
      kind: 'table',
      columns: [
        { header: '对账单位（盖章）', width: pt(235) },
        { header: '经办人', width: pt(100) },
        { header: '制表日期', width: pt(120) },
      ],
      rows: [[`${input.company}\n\n`, input.preparedBy, dateText(input.issuedAt.slice(0, 10))]],
    },
    ...slip(input),
  ]
  return {
    style: 'form',
    type: STATEMENT_TYPE,
    number: s.number,
    company: input.company,
    title: `往来账${STATEMENT_TYPE}`,
    issuedAt: input.issuedAt,
    blocks,
  }
}
