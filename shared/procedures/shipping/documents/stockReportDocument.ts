/**
 * 库存月报 (DOMAIN.md §7): per product, the month's opening, 入库, 出库,
 * 盘点调整 and closing — as a printed form and as an Excel sheet. Until
 * finance has signed off the month's count it prints as 草稿: the figures
 * may still change.
 */
import type { DocumentModel } from '../../../documents/documentModel'
import { dateText, monthText } from '../../../documents/chineseText'
import type { SheetModel, WorkbookModel } from '../../../spreadsheet/sheetModel'
import { stockReportNumber } from '../numbering'
import type { MonthReportRow } from '../stock'

export type StockReportRow = MonthReportRow & { name: string; spec: string; unit: string }

export interface StockReportInput {
  /** YYYY-MM */
  month: string
  /** In report order (monthReport's); the builder does not reorder. */
  rows: readonly StockReportRow[]
  /** Finance's sign-off of the month's count, once given. */
  signedOff: { on: string; by: string } | null
  company: string
  preparedBy?: string
  issuedAt: string
}

export const STOCK_REPORT_TYPE = '库存月报'

const HEADERS = ['序号', '品名', '规格型号', '单位', '期初', '入库', '出库', '盘点调整', '期末'] as const

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

export function stockReportDocument(input: StockReportInput): DocumentModel {
  const sign = input.signedOff
    ? `财务核对：已于${dateText(input.signedOff.on)}由${input.signedOff.by}签认`
    : '财务核对：本月盘点尚未经财务签认'
  return {
    style: 'form',
    type: STOCK_REPORT_TYPE,
    number: stockReportNumber(input.month),
    company: input.company,
    title: `库存月报（${monthText(input.month)}）`,
    issuedAt: input.issuedAt,
    ...(input.signedOff ? {} : { draft: true }),
    blocks: [
      {
        kind: 'paragraph',
        text: [
          `报告月份：${monthText(input.month)}`,
          `制表日期：${dateText(input.issuedAt.slice(0, 10))}`,
        ].join('　　'),
      },
      {
        kind: 'table',
        columns: [
          { header: HEADERS[0], width: 4, align: 'center' },
          { header: HEADERS[1], width: 13 },
          { header: HEADERS[2], width: 15 },
          { header: HEADERS[3], width: 4, align: 'center' },
          { header: HEADERS[4], width: 5, align: 'right' },
          { header: HEADERS[5], width: 5, align: 'right' },
          { header: HEADERS[6], width: 5, align: 'right' },
          { header: HEADERS[7], width: 7, align: 'right' },
          { header: HEADERS[8], width: 5, align: 'right' },
        ],
        rows: input.rows.map((r, i) => [
          String(i + 1),
          r.name,
          r.spec,
          r.unit,
          String(r.opening),
          String(r.in),
          String(r.out),
          r.adjust === 0 ? '0' : signed(r.adjust),
          String(r.closing),
        ]),
      },
      {
        kind: 'paragraph',
        text: `说明：期末 = 期初 + 入库 − 出库 + 盘点调整；共 ${input.rows.length} 种产品。`,
      },
      { kind: 'paragraph', text: sign },
      {
        kind: 'signatures',
        parties: [
          { role: '制表人', name: input.preparedBy ?? '', lines: ['签字：', '日期：　　　　年　　月　　日'] },
          { role: '财务核对', name: '', lines: ['签字：', '日期：　　　　年　　月　　日'] },
        ],
      },
    ],
  }
}

/** The report as one sheet, for spreadsheet.write. */
export function stockReportSheet(input: StockReportInput): SheetModel {
  return {
    name: monthText(input.month),
    title: `${input.company} 库存月报（${monthText(input.month)}）`,
    subtitle: `制表日期：${input.issuedAt.slice(0, 10)}；${input.signedOff ? `财务已于 ${input.signedOff.on} 签认` : '尚未经财务签认'}`,
    columns: [
      { header: HEADERS[0], width: 6, format: 'int' },
      { header: HEADERS[1], width: 24, format: 'text' },
      { header: HEADERS[2], width: 20, format: 'text' },
      { header: HEADERS[3], width: 6, format: 'text' },
      { header: HEADERS[4], width: 10, format: 'int' },
      { header: HEADERS[5], width: 10, format: 'int' },
      { header: HEADERS[6], width: 10, format: 'int' },
      { header: HEADERS[7], width: 10, format: 'int' },
      { header: HEADERS[8], width: 10, format: 'int' },
    ],
    rows: input.rows.map((r, i) => [
      i + 1,
      r.name,
      r.spec,
      r.unit,
      r.opening,
      r.in,
      r.out,
      r.adjust,
      r.closing,
    ]),
  }
}

/** The workbook for spreadsheet.write: 库存月报-2026-10.xlsx. */
export function stockReportWorkbook(input: StockReportInput): WorkbookModel {
  return { fileName: `${STOCK_REPORT_TYPE}-${input.month}.xlsx`, sheets: [stockReportSheet(input)] }
}
