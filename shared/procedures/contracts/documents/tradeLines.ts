/**
 * The goods table of quotations, contracts and change agreements, and the
 * totals under it. Amounts come from contractChecks (lineAmountFen,
 * contractTotals), the same arithmetic the records are checked with, so the
 * printed 合计 is the stored one to the fen.
 */
import { amountInWords, formatFen } from '../../../kernel/money'
import { lineAmountFen } from '../../../kernel/shareOfFen'
import { tradeTotals } from '../lines'
import type { TradeLineRecord } from '../records'
import type { TableBlock } from '../../../documents/documentModel'
import { discountText, percentText, yuanCell } from '../../../documents/chineseText'

/** What a document prints of a trade line. */
export type DocumentLine = Pick<
  TradeLineRecord,
  'name' | 'spec' | 'unit' | 'qty' | 'unitFen' | 'discountBp' | 'taxRateBp' | 'note'
> & {
  /** The product archive's id ('' for a free line); matches lines across versions. */
  productId?: string
}

export interface Totals {
  netFen: number
  taxFen: number
  totalFen: number
}

export function totalsOf(lines: readonly DocumentLine[]): Totals {
  return tradeTotals(lines)
}

/** 序号 品名 规格型号 单位 数量 含税单价 折扣 金额, with a 合计 row. */
export function linesTable(lines: readonly DocumentLine[], withNote = false): TableBlock {
  const columns: TableBlock['columns'] = [
    { header: '序号', width: 5, align: 'center' },
    { header: '品名', width: 11 },
    { header: '规格型号', width: 14 },
    { header: '单位', width: 5, align: 'center' },
    { header: '数量', width: 5, align: 'right' },
    { header: '含税单价（元）', width: 10, align: 'right' },
    { header: '折扣', width: 6, align: 'center' },
    { header: '金额（元）', width: 11, align: 'right' },
  ]
  if (withNote) columns.push({ header: '备注', width: 9 })
  const rows = lines.map((line, i) => {
    const row = [
      String(i + 1),
      line.name,
      line.spec,
      line.unit,
      String(line.qty),
      yuanCell(line.unitFen),
      discountText(line.discountBp),
      yuanCell(lineAmountFen(line)),
    ]
    if (withNote) row.push(line.note)
    return row
  })
  const totals = totalsOf(lines)
  const qty = lines.reduce((sum, l) => sum + l.qty, 0)
  // 合计 stands under the names: the 序号 column is too narrow for it.
  const total = ['', '合计', '', '', String(qty), '', '', yuanCell(totals.totalFen)]
  if (withNote) total.push('')
  return { kind: 'table', columns, rows: [...rows, total] }
}

/** 人民币（大写）壹万元整（¥10,000.00） */
export function amountSentence(fen: number): string {
  return `人民币（大写）${amountInWords(fen)}（${formatFen(fen)}）`
}

/**
 * The totals under the table: net, tax and the total in figures and words,
 * with the tax rate when every line has the same one.
 */
export function totalsParagraph(lines: readonly DocumentLine[], label = '合计金额（含税）'): string {
  const totals = totalsOf(lines)
  const rates = new Set(lines.map((l) => l.taxRateBp))
  const rate = rates.size === 1 ? `，增值税税率${percentText([...rates][0])}` : ''
  return (
    `${label}：${amountSentence(totals.totalFen)}。\n` +
    `其中不含税金额${formatFen(totals.netFen)}，税额${formatFen(totals.taxFen)}${rate}。`
  )
}
