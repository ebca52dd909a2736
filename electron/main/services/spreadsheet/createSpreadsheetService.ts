/**
 * Excel in and out with exceljs.
 *
 * write: every list export lands in `<dataDir>/exports/` as one .xlsx, each
 * sheet laid out the same way: the list's name (row 1), its filters and date
 * (row 2), bold headers (row 3, frozen, with an auto-filter), then the data in
 * real Excel types so clerks can sum and sort: money in yuan, percentages,
 * true dates. The workbook is built in memory and written atomically, so a
 * half-written export never appears under its name.
 *
 * read: the first worksheet of an uploaded .xlsx as trimmed cell text, for
 * the imports to check row by row.
 */
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { SpreadsheetService } from '../../../../shared/ipc/contract'
import type { CellFormat, CellValue, SheetModel } from '../../../../shared/spreadsheet/sheetModel'
import { AppFailure } from '../../../../shared/errors/appFailure'
import { SPREADSHEET_MAX_ROWS } from '../../../../shared/ipc/schemas'
import type { MainPorts } from '../mainPorts'
import { createSerialQueue } from '../fsUtil/createSerialQueue'
import { resolveInside } from '../fsUtil/resolveInside'
import { writeFileAtomic } from '../fsUtil/writeFileAtomic'
import { cellText } from './cellText'
import { freeExportName, isExportFileName } from './exportFileName'

export const EXPORTS_FOLDER = 'exports'
/** Excel's widest column, in characters. */
const MAX_COLUMN_WIDTH = 255
/** Rows above the data: title, subtitle, headers. */
export const HEADER_ROWS = 3

export const NUM_FMT = {
  int: '0',
  money: '#,##0.00',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
} as const

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 }
const SUBTITLE_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF808080' } }
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF808080' } } }

/** The words a bool cell is written as. */
interface BoolWords {
  yes: string
  no: string
}

export function createSpreadsheetService(
  ports: Pick<MainPorts, 'dataDir' | 'fs' | 'now'>,
): SpreadsheetService {
  const { fs } = ports
  const dir = join(ports.dataDir, EXPORTS_FOLDER)
  // Picking a free name and writing it is one step: two exports of the same
  // list started together get (2) and (3), not the same name.
  const queue = createSerialQueue()

  return {
    async write({ fileName, sheets, yes, no }) {
      if (!isExportFileName(fileName) || !resolveInside(dir, fileName)) {
        throw new AppFailure('spreadsheet.badName', 'errors.spreadsheet.badName', { field: 'fileName' })
      }
      const book = new ExcelJS.Workbook()
      book.creator = '商务部工作台'
      book.created = book.modified = ports.now()
      for (const sheet of sheets) addSheet(book, sheet, { yes, no })
      const data = Buffer.from(await book.xlsx.writeBuffer())

      return queue.run(async () => {
        try {
          await fs.mkdir(dir, { recursive: true })
          const name = freeExportName(fileName, await fs.readdir(dir))
          const path = resolveInside(dir, name)
          if (!path) throw Object.assign(new Error('export name left the folder'), { code: 'EINVAL' })
          await writeFileAtomic(fs, path, data)
          return { path, fileName: name, bytes: data.length }
        } catch (err) {
          throw new AppFailure('spreadsheet.writeFailed', 'errors.spreadsheet.writeFailed', {
            reason: errorCode(err),
          })
        }
      })
    },

    async read({ dataBase64 }) {
      const book = new ExcelJS.Workbook()
      try {
        await book.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ExcelJS.Buffer)
      } catch {
        throw unreadable()
      }
      const sheet = book.worksheets[0]
      if (!sheet) throw unreadable()
      return { sheetName: sheet.name, rows: sheetText(sheet) }
    },
  }
}

/** A workbook in memory, or exceljs's streaming writer (the archive's large workbooks). */
type AnyBook = Pick<ExcelJS.Workbook, 'addWorksheet'> | ExcelJS.stream.xlsx.WorkbookWriter

/**
 * Lays out one sheet; also used by the archive export, so its workbooks read
 * like every other export. Each row is committed once laid out: a streaming
 * writer then writes it out and lets it go (a no-op in memory).
 */
export function addSheet(book: AnyBook, model: SheetModel, words: BoolWords): void {
  const ws = book.addWorksheet(model.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROWS }] })
  const width = model.columns.length

  const title = ws.getCell(1, 1)
  title.value = model.title
  title.font = TITLE_FONT
  const subtitle = ws.getCell(2, 1)
  subtitle.value = model.subtitle
  subtitle.font = SUBTITLE_FONT
  if (width > 1) {
    ws.mergeCells(1, 1, 1, width)
    ws.mergeCells(2, 1, 2, width)
  }

  model.columns.forEach((column, i) => {
    ws.getColumn(i + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(1, column.width))
    const cell = ws.getCell(HEADER_ROWS, i + 1)
    cell.value = column.header
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
  })
  ws.autoFilter = {
    from: { row: HEADER_ROWS, column: 1 },
    to: { row: HEADER_ROWS + model.rows.length, column: width },
  }

  model.rows.forEach((row, r) => {
    if (row.length > width) throw badCell(model, r, String(width + 1))
    const excelRow = ws.getRow(HEADER_ROWS + 1 + r)
    model.columns.forEach((column, c) => {
      const written = excelValue(row[c] ?? null, column.format, words)
      if (written === undefined) throw badCell(model, r, column.header)
      if (written === null) return
      const cell = excelRow.getCell(c + 1)
      cell.value = written
      if (column.format in NUM_FMT) cell.numFmt = NUM_FMT[column.format as keyof typeof NUM_FMT]
    })
    excelRow.commit()
  })
}

/**
 * The value to store for one cell: null for an empty cell, undefined when the
 * value does not fit the column's format (a caller's mistake, refused rather
 * than written wrong).
 */
export function excelValue(
  value: CellValue,
  format: CellFormat,
  words: BoolWords,
): string | number | Date | null | undefined {
  if (value === null || value === '') return null
  switch (format) {
    case 'text':
      if (typeof value === 'boolean') return value ? words.yes : words.no
      return typeof value === 'number' ? (Number.isFinite(value) ? String(value) : undefined) : value
    case 'int':
      return Number.isSafeInteger(value) ? (value as number) : undefined
    case 'money':
      // Integer fen in, yuan out.
      return Number.isSafeInteger(value) ? (value as number) / 100 : undefined
    case 'percent':
      // Basis points in, a fraction out (1300 bp is 13.00%).
      return Number.isSafeInteger(value) ? (value as number) / 10_000 : undefined
    case 'date':
      return typeof value === 'string' ? utcDate(value) : undefined
    case 'bool':
      return typeof value === 'boolean' ? (value ? words.yes : words.no) : undefined
  }
}

/** A real calendar date from YYYY-MM-DD at UTC midnight, which exceljs stores as a whole day number. */
function utcDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // Excel's calendar starts in 1900.
  if (year < 1900) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return same ? date : undefined
}

/** Every row up to the last one with any text, each padded to the widest row. */
function sheetText(ws: ExcelJS.Worksheet): string[][] {
  const found = new Map<number, Map<number, string>>()
  let lastRow = 0
  let lastColumn = 0
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged range shows its value once, in its top-left cell.
      if (cell.isMerged && cell.master.address !== cell.address) return
      const text = cellText(cell.value)
      if (text === '') return
      if (rowNumber > SPREADSHEET_MAX_ROWS) {
        throw new AppFailure('spreadsheet.tooManyRows', 'errors.spreadsheet.tooManyRows', {
          field: 'file',
          maxRows: SPREADSHEET_MAX_ROWS,
        })
      }
      let cells = found.get(rowNumber)
      if (!cells) found.set(rowNumber, (cells = new Map()))
      cells.set(columnNumber, text)
      lastRow = Math.max(lastRow, rowNumber)
      lastColumn = Math.max(lastColumn, columnNumber)
    })
  })
  const rows: string[][] = []
  for (let r = 1; r <= lastRow; r++) {
    const cells = found.get(r)
    const row = new Array<string>(lastColumn).fill('')
    cells?.forEach((text, c) => (row[c - 1] = text))
    rows.push(row)
  }
  return rows
}

function unreadable(): AppFailure {
  return new AppFailure('spreadsheet.unreadable', 'errors.spreadsheet.unreadable', { field: 'file' })
}

function badCell(model: SheetModel, rowIndex: number, column: string): AppFailure {
  return new AppFailure('spreadsheet.badCell', 'errors.spreadsheet.badCell', {
    sheet: model.name,
    row: rowIndex + 1,
    column,
  })
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'unknown'
}
