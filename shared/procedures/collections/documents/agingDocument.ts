/**
 * 应收账款账龄分析 as of a day (aging.ts agingReport): what each customer and
 * each sales rep still has open, aged 未到期 / 0–30 / 31–60 / 61–90 / 90 天以上
 * by the days since it fell due, largest first, with the totals and each
 * bucket's share; as a printed form and as an Excel workbook (one sheet by
 * customer, one by sales rep).
 */
import { dateText, yuanCell } from '../../../documents/chineseText'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { formatFen } from '../../../kernel/money'
import type { SheetModel, WorkbookModel } from '../../../spreadsheet/sheetModel'
import { type AgingBucket, type AgingTotals, agingBuckets } from '../aging'

export const AGING_TYPE = '应收账款账龄分析'

export const agingBucketWords: Record<AgingBucket, string> = {
  notDue: '未到期',
  days0to30: '0–30天',
  days31to60: '31–60天',
  days61to90: '61–90天',
  over90: '90天以上',
}

/** One row of the analysis: a customer or a sales rep, named. */
export interface AgingRow {
  name: string
  totals: AgingTotals
}

export interface AgingDocumentInput {
  asOf: string
  total: AgingTotals
  customers: readonly AgingRow[]
  salesReps: readonly AgingRow[]
  company: string
  preparedBy: string
  issuedAt: string
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Largest open first, then by name: the customers to chase at the top. */
export function byOpenAmount(rows: readonly AgingRow[]): AgingRow[] {
  return [...rows].sort((a, b) => b.totals.total - a.totals.total || byText(a.name, b.name))
}

/** A bucket's share of the whole, 12.5%; — when nothing is open. */
export function shareText(part: number, whole: number): string {
  if (whole <= 0) return '—'
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`
}

const pt = (points: number) => points / 10

/**
 * Seven money columns fit the page with figures of up to 12 characters
 * (9,999,999.99): a company owed more in all prints in 万元 (two decimals),
 * saying so, so no figure is cut over two lines; the Excel keeps every fen.
 */
export const WAN_FROM_FEN = 1_000_000_000

type Cell = (fen: number) => string
/** 万元 to the hundredth: the fen rounded to hundreds of yuan, printed as yuanCell prints fen. */
const wanCell: Cell = (fen) => yuanCell(Math.round(fen / 10_000))

function agingTable(
  header: string,
  rows: readonly AgingRow[],
  total: AgingTotals,
  cell: Cell,
  /** Points of each money column: narrower in 万元, leaving the names room. */
  money: number,
): DocumentBlock {
  const cells = (t: AgingTotals) => [...agingBuckets.map((b) => cell(t[b])), cell(t.total)]
  return {
    kind: 'table',
    columns: [
      { header, width: pt(455 - 7 * money) },
      ...[...agingBuckets.map((b) => agingBucketWords[b]), '合计'].map((h) => ({
        header: h,
        width: pt(money),
        align: 'right' as const,
      })),
    ],
    rows: [
      ...byOpenAmount(rows).map((r) => [r.name, ...cells(r.totals)]),
      [`合计 ${rows.length} 个`, ...cells(total)],
    ],
  }
}

export function agingDocument(input: AgingDocumentInput): DocumentModel {
  const t = input.total
  const overdue = t.total - t.notDue
  const inWan = t.total >= WAN_FROM_FEN
  const cell = inWan ? wanCell : yuanCell
  return {
    style: 'form',
    type: AGING_TYPE,
    number: `ZL-${input.asOf}`,
    company: input.company,
    title: `${AGING_TYPE}（截至${dateText(input.asOf)}）`,
    issuedAt: input.issuedAt,
    blocks: [
      {
        kind: 'paragraph',
        text:
          `截至${dateText(input.asOf)}应收账款合计 ${formatFen(t.total)}，其中已到期 ${formatFen(overdue)}（${shareText(overdue, t.total)}），` +
          agingBuckets
            .map((b) => `${agingBucketWords[b]} ${formatFen(t[b])}（${shareText(t[b], t.total)}）`)
            .join('，') +
          '。',
      },
      { kind: 'heading', text: `按客户（单位：${inWan ? '万元' : '元'}）` },
      agingTable('客户', input.customers, t, cell, inWan ? 46 : 54),
      { kind: 'heading', text: `按业务员（单位：${inWan ? '万元' : '元'}）` },
      agingTable('业务员', input.salesReps, t, cell, inWan ? 46 : 54),
      {
        kind: 'paragraph',
        text: '说明：应收账款为履行中及已结算合同各付款节点的金额减去财务已确认到账的回款；账龄自付款节点到期日起按自然日计算，到期日未到或尚未发生（如未到货、未验收）的计入未到期。',
      },
      {
        kind: 'table',
        columns: [
          { header: '编制人', width: pt(150) },
          { header: '财务核对', width: pt(150) },
          { header: '日期', width: pt(155) },
        ],
        rows: [[`${input.preparedBy}\n\n`, '', '　　　　年　　月　　日']],
      },
    ],
  }
}

function agingSheet(
  name: string,
  header: string,
  rows: readonly AgingRow[],
  input: AgingDocumentInput,
): SheetModel {
  return {
    name,
    title: `${input.company} ${AGING_TYPE}（截至${dateText(input.asOf)}）${name}`,
    subtitle: `截止日期：${input.asOf}；制表日期：${input.issuedAt.slice(0, 10)}；应收账款合计 ${formatFen(input.total.total)}`,
    columns: [
      { header, width: 32, format: 'text' },
      ...agingBuckets.map((b) => ({ header: agingBucketWords[b], width: 15, format: 'money' as const })),
      { header: '合计', width: 16, format: 'money' },
    ],
    rows: byOpenAmount(rows).map((r) => [r.name, ...agingBuckets.map((b) => r.totals[b]), r.totals.total]),
  }
}

/** 应收账款账龄分析-2026-06-30.xlsx: 按客户 and 按业务员. */
export function agingWorkbook(input: AgingDocumentInput): WorkbookModel {
  return {
    fileName: `${AGING_TYPE}-${input.asOf}.xlsx`,
    sheets: [
      agingSheet('按客户', '客户', input.customers, input),
      agingSheet('按业务员', '业务员', input.salesReps, input),
    ],
  }
}
