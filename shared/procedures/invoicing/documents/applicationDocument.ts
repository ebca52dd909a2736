/**
 * 开票申请单 (DOMAIN.md §3): what is to be invoiced on one contract — the
 * buyer's details the invoice will carry, the lines split into net and tax,
 * the amount in figures and in 人民币大写 for the applicant to sign to, and
 * where the contract stands (invoiced, this application, still open) — with
 * finance's review and, once issued, the invoice as issued. It prints as 草稿
 * until finance has approved it: before that it is no ground for issuing.
 */
import { dateText, percentText, yuanCell } from '../../../documents/chineseText'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { amountInWords, formatFen } from '../../../kernel/money'
import { splitTax } from '../../../kernel/tax'
import { invoiceTotals } from '../amounts'
import type { InvoiceLineRecord, InvoiceRecord, InvoiceStep } from '../records'
import { invoiceKindWords, invoiceStepWords } from '../words'

export type InvoiceApplicationLine = Pick<
  InvoiceLineRecord,
  'name' | 'spec' | 'unit' | 'qty' | 'amountFen' | 'taxRateBp'
>

export interface InvoiceApplicationDocumentInput {
  invoice: Pick<
    InvoiceRecord,
    | 'number'
    | 'step'
    | 'kind'
    | 'buyerName'
    | 'buyerTaxNo'
    | 'buyerAddressPhone'
    | 'buyerBankAccount'
    | 'note'
    | 'appliedBy'
    | 'submittedOn'
    | 'reviewComment'
    | 'reviewedOn'
    | 'reviewedBy'
    | 'invoiceCode'
    | 'invoiceNo'
    | 'issuedOn'
    | 'issuedFen'
    | 'issuedTaxFen'
    | 'reason'
  >
  contractNumber: string
  contractTitle: string
  customerName: string
  lines: readonly InvoiceApplicationLine[]
  /** The contract's amount, tax included. */
  contractTotalFen: number
  /** Issued on the contract before this application (issued, delivered or confirmed; this one left out). */
  invoicedFen: number
  /** Other applications on the contract not issued yet; they hold their amount too. */
  pendingFen?: number
  company: string
  issuedAt: string
}

export const INVOICE_APPLICATION_TYPE = '开票申请单'

/** Until finance approves it, an application is not one to issue an invoice on. */
const draftSteps: readonly InvoiceStep[] = ['draft', 'review', 'returned', 'approval', 'voided']

/*
 * One A4 page holds it all: each group of facts is a table whose header
 * names the fields over one row of values, and the signatures are a row of
 * boxes (the signatures block sets each party over seven body lines, two
 * parties to a row). Widths are points of the 455-pt text width at 9 pt, in
 * tenths under the schema's cap of 100, so an amount up to 9,999,999.99,
 * a 纳税人识别号 and a 20-digit 发票号码 each stay on one line.
 */
const pt = (points: number) => points / 10

/** A field's name, its width (points, or equal shares where every field has 1) and its value. */
type Field = [header: string, points: number, value: string]

/** One row of values under the names of its fields. */
const fieldsTable = (fields: readonly Field[]): DocumentBlock => ({
  kind: 'table',
  columns: fields.map(([header, points]) => ({ header, width: pt(points) })),
  rows: [fields.map(([, , value]) => value)],
})

const orDash = (text: string) => text.trim() || '—'

const LINE_COLUMNS = [
  { header: '序号', width: pt(26), align: 'center' },
  { header: '品名', width: pt(72) },
  { header: '规格型号', width: pt(90) },
  { header: '单位', width: pt(26), align: 'center' },
  { header: '数量', width: pt(28), align: 'right' },
  { header: '税率', width: pt(28), align: 'right' },
  { header: '金额（含税）', width: pt(63), align: 'right' },
  { header: '不含税金额', width: pt(61), align: 'right' },
  { header: '税额', width: pt(61), align: 'right' },
] as const

function linesTable(lines: readonly InvoiceApplicationLine[]): DocumentBlock {
  const totals = invoiceTotals(lines)
  const qty = lines.reduce((sum, l) => sum + l.qty, 0)
  return {
    kind: 'table',
    columns: LINE_COLUMNS.map((c) => ({ ...c })),
    rows: [
      ...lines.map((l, i) => {
        const split = splitTax(Math.max(0, l.amountFen), l.taxRateBp)
        return [
          String(i + 1),
          l.name,
          l.spec,
          l.unit,
          String(l.qty),
          percentText(l.taxRateBp),
          yuanCell(l.amountFen),
          yuanCell(split.netFen),
          yuanCell(split.taxFen),
        ]
      }),
      [
        '',
        `合计 ${lines.length} 项`,
        '',
        '',
        String(qty),
        '',
        yuanCell(totals.totalFen),
        yuanCell(totals.netFen),
        yuanCell(totals.taxFen),
      ],
    ],
  }
}

/** 合同金额 = 已开票 + 其他待开具 + 本次申请 + 申请后未开票: the figures add up on paper. */
function contractFields(input: InvoiceApplicationDocumentInput, totalFen: number): Field[] {
  const pending = input.pendingFen ?? 0
  const open = input.contractTotalFen - input.invoicedFen - pending - totalFen
  const values: [string, string][] = [
    ['合同金额', formatFen(input.contractTotalFen)],
    ['已开票（不含本次）', formatFen(input.invoicedFen)],
    ...(pending !== 0 ? [['其他待开具申请', formatFen(pending)] as [string, string]] : []),
    ['本次申请', formatFen(totalFen)],
    [
      '申请后未开票',
      open < 0
        ? `${formatFen(open)}（超出合同未开票金额 ${formatFen(-open)}，须经公司领导审批）`
        : formatFen(open),
    ],
  ]
  return values.map(([header, value]) => [header, 1, value])
}

/** A box to sign: what is printed (name, finance's comment), then the blank to sign and the day. */
const signBox = (printed: string[], day: string) =>
  [...printed, '签字：', '', `日期：${dateText(day)}`].join('\n')

/**
 * Finance's box: its comment, who and when — none while the application waits
 * for a review (submitting again keeps the last round's return on the record,
 * and paper must not show it as this round's), a return's comment as 退回.
 */
function reviewBox(inv: InvoiceApplicationDocumentInput['invoice']): string {
  const shown = inv.reviewedOn !== '' && !(['draft', 'review'] as InvoiceStep[]).includes(inv.step)
  const comment = !shown
    ? ''
    : inv.step === 'returned'
      ? `退回，${inv.reviewComment}`
      : inv.reviewComment || '同意'
  return signBox([`意见：${comment}`, `审核人：${shown ? inv.reviewedBy : ''}`], shown ? inv.reviewedOn : '')
}

export function invoiceApplicationDocument(input: InvoiceApplicationDocumentInput): DocumentModel {
  const { invoice: inv } = input
  const totals = invoiceTotals(input.lines)
  const blocks: DocumentBlock[] = [
    fieldsTable([
      ['合同编号', 78, input.contractNumber],
      ['合同名称', 92, input.contractTitle],
      ['客户', 90, input.customerName],
      ['发票类型', 72, invoiceKindWords[inv.kind]],
      ['申请人、日期', 66, `${inv.appliedBy}\n${dateText(inv.submittedOn)}`],
      ['状态', 57, invoiceStepWords[inv.step]],
    ]),
    ...(inv.note.trim() ? [{ kind: 'paragraph', text: `备注：${inv.note.trim()}` } as const] : []),
    ...(inv.step === 'voided' && inv.reason.trim()
      ? [{ kind: 'paragraph', text: `作废原因：${inv.reason.trim()}` } as const]
      : []),
    fieldsTable([
      ['购买方名称', 100, orDash(inv.buyerName)],
      ['纳税人识别号', 105, orDash(inv.buyerTaxNo)],
      ['地址、电话', 120, orDash(inv.buyerAddressPhone)],
      ['开户行及账号', 130, orDash(inv.buyerBankAccount)],
    ]),
    linesTable(input.lines),
    {
      kind: 'paragraph',
      text: `开票金额（大写）：人民币${amountInWords(Math.max(0, totals.totalFen))}\u3000（小写）${formatFen(totals.totalFen)}`,
    },
    fieldsTable(contractFields(input, totals.totalFen)),
  ]
  if (inv.invoiceNo)
    blocks.push(
      fieldsTable([
        // A 数电票 has no 发票代码: its 20-digit number is the whole of it.
        ['发票代码', 80, orDash(inv.invoiceCode)],
        ['发票号码', 112, inv.invoiceNo],
        ['开票日期', 87, dateText(inv.issuedOn)],
        ['金额（含税）', 91, formatFen(inv.issuedFen)],
        ['税额', 85, formatFen(inv.issuedTaxFen)],
      ]),
    )
  blocks.push(
    {
      kind: 'paragraph',
      text: '说明：按《商务部工作流程与管理制度》开票流程「填写开票申请单 → 财务部审核开票 → 交客户发票并确认」办理。',
    },
    fieldsTable([
      ['申请人', 1, signBox([inv.appliedBy, '确认以上开票金额无误'], inv.submittedOn)],
      ['财务审核', 1, reviewBox(inv)],
      ['商务部经理', 1, signBox(['意见：', ''], '')],
    ]),
  )
  return {
    style: 'form',
    type: INVOICE_APPLICATION_TYPE,
    number: inv.number,
    company: input.company,
    title: INVOICE_APPLICATION_TYPE,
    issuedAt: input.issuedAt,
    ...(draftSteps.includes(inv.step) ? { draft: true } : {}),
    blocks,
  }
}
