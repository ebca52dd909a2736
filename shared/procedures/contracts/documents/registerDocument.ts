/**
 * 合同登记册: the month's contracts, one row each, with a total row — as a
 * printed form and as an Excel sheet for the spreadsheet service (the
 * renderer sends `registerWorkbook(...)` to spreadsheet.write).
 */
import type { ContractRecord } from '../records'
import { registerTotalFen } from '../register'
import { contractStepWords } from '../words'
import type { SheetModel, WorkbookModel } from '../../../spreadsheet/sheetModel'
import type { DocumentModel } from '../../../documents/documentModel'
import { dateText, monthText, yuanCell } from '../../../documents/chineseText'

export type RegisterEntry = Pick<ContractRecord, 'number' | 'title' | 'signedOn' | 'totalFen' | 'step'> & {
  customerName: string
}

export interface RegisterInput {
  /** YYYY-MM */
  month: string
  /** In register order (by contract number); the builder does not reorder. */
  entries: readonly RegisterEntry[]
  company: string
  issuedAt: string
}

export const REGISTER_TYPE = '合同登记册'

const HEADERS = ['序号', '合同编号', '客户', '合同名称', '签订日期', '金额（元）', '状态'] as const

export function registerDocument(input: RegisterInput): DocumentModel {
  const rows = input.entries.map((e, i) => [
    String(i + 1),
    e.number,
    e.customerName,
    e.title,
    e.signedOn,
    yuanCell(e.totalFen),
    contractStepWords[e.step],
  ])
  rows.push([
    '',
    `合计 ${input.entries.length} 份`,
    '',
    '',
    '',
    yuanCell(registerTotalFen(input.entries)),
    '',
  ])
  return {
    style: 'form',
    type: REGISTER_TYPE,
    number: `HTDJ-${input.month}`,
    company: input.company,
    title: `合同登记册（${monthText(input.month)}）`,
    issuedAt: input.issuedAt,
    blocks: [
      {
        kind: 'paragraph',
        text: [
          `登记月份：${monthText(input.month)}`,
          `制表日期：${dateText(input.issuedAt.slice(0, 10))}`,
        ].join('　　'),
      },
      {
        kind: 'table',
        columns: [
          { header: HEADERS[0], width: 4, align: 'center' },
          { header: HEADERS[1], width: 11 },
          { header: HEADERS[2], width: 17 },
          { header: HEADERS[3], width: 13 },
          { header: HEADERS[4], width: 9, align: 'center' },
          { header: HEADERS[5], width: 10, align: 'right' },
          { header: HEADERS[6], width: 6, align: 'center' },
        ],
        rows,
      },
      { kind: 'paragraph', text: '说明：作废合同保留登记，不计入合计金额。' },
      { kind: 'paragraph', text: '制表人：　　　　　　　　审核人：　　　　　　　　' },
    ],
  }
}

/** The register as one sheet (money as fen, written by the spreadsheet service as yuan). */
export function registerSheet(input: RegisterInput): SheetModel {
  const rows = input.entries.map((e, i) => [
    i + 1,
    e.number,
    e.customerName,
    e.title,
    e.signedOn || null,
    e.totalFen,
    contractStepWords[e.step],
  ])
  rows.push(['合计', `${input.entries.length} 份`, null, null, null, registerTotalFen(input.entries), null])
  return {
    name: monthText(input.month),
    title: `${input.company} 合同登记册（${monthText(input.month)}）`,
    subtitle: `制表日期：${input.issuedAt.slice(0, 10)}；作废合同不计入合计`,
    columns: [
      { header: HEADERS[0], width: 6, format: 'text' },
      { header: HEADERS[1], width: 18, format: 'text' },
      { header: HEADERS[2], width: 30, format: 'text' },
      { header: HEADERS[3], width: 30, format: 'text' },
      { header: HEADERS[4], width: 12, format: 'date' },
      { header: HEADERS[5], width: 16, format: 'money' },
      { header: HEADERS[6], width: 10, format: 'text' },
    ],
    rows,
  }
}

/** The workbook for spreadsheet.write: 合同登记册-2025-03.xlsx. */
export function registerWorkbook(input: RegisterInput): WorkbookModel {
  return { fileName: `${REGISTER_TYPE}-${input.month}.xlsx`, sheets: [registerSheet(input)] }
}
