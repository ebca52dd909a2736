/**
 * The spreadsheet a list export, a template or an archive workbook is laid out
 * as: plain data the renderer builds and main writes into an .xlsx
 * (SpreadsheetService in shared/ipc/contract.ts). The contract depends on these
 * models, never the reverse.
 */

/** How a cell value sent by the renderer is written into the workbook. */
export type CellFormat = 'text' | 'int' | 'money' | 'percent' | 'date' | 'bool'
export type CellValue = string | number | boolean | null

export interface SheetColumn {
  header: string
  /** Column width in characters. */
  width: number
  /** money: integer fen, written as yuan with two decimals; percent: basis points; date: YYYY-MM-DD. */
  format: CellFormat
}

export interface SheetModel {
  name: string
  /** First row: the list's name. */
  title: string
  /** Second row: the filters and the date of the export. */
  subtitle: string
  columns: SheetColumn[]
  rows: CellValue[][]
}

export interface WorkbookModel {
  /** A bare file name ending in .xlsx, no folders. */
  fileName: string
  sheets: SheetModel[]
}
