import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SpreadsheetService } from '../../../../../shared/ipc/contract'
import type { SheetModel, WorkbookModel } from '../../../../../shared/spreadsheet/sheetModel'
import { AppFailure } from '../../../../../shared/errors/appFailure'
import { SPREADSHEET_MAX_ROWS, requestSchemas } from '../../../../../shared/ipc/schemas'
import {
  EXPORTS_FOLDER,
  createSpreadsheetService,
} from '../../../../../electron/main/services/spreadsheet/createSpreadsheetService'
import { faultyFs } from '../../../../harness/faultyFs'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (err) {
    if (err instanceof AppFailure) return err.toData()
    throw err
  }
  throw new Error('expected a failure')
}

const words = { yes: '是', no: '否' }

const contracts: SheetModel = {
  name: '合同',
  title: '合同台账',
  subtitle: '状态：执行中 · 导出于 2025-03-03',
  columns: [
    { header: '合同编号', width: 18, format: 'text' },
    { header: '数量', width: 8, format: 'int' },
    { header: '金额（元）', width: 14, format: 'money' },
    { header: '税率', width: 8, format: 'percent' },
    { header: '签订日期', width: 12, format: 'date' },
    { header: '已归档', width: 8, format: 'bool' },
  ],
  rows: [
    ['HT-2025-001', 3, 12345, 1300, '2025-03-01', true],
    ['HT-2025-002', 0, -50, 600, '', false],
    ['HT-2025-003', null, null, null, null, null],
  ],
}

function modelOf(overrides: Partial<WorkbookModel> = {}): WorkbookModel & typeof words {
  return { fileName: '合同台账.xlsx', sheets: [contracts], ...words, ...overrides }
}

async function loadBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer)
  return book
}

async function base64Of(book: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64')
}

describe('createSpreadsheetService', () => {
  let temp: TempPorts
  let spreadsheet: SpreadsheetService
  let dir: string
  beforeEach(async () => {
    temp = await createTempPorts()
    spreadsheet = createSpreadsheetService(temp.ports)
    dir = join(temp.dataDir, EXPORTS_FOLDER)
  })
  afterEach(() => temp.cleanup())

  describe('write', () => {
    it('writes the workbook into the exports folder when a list is exported', async () => {
      const result = await spreadsheet.write(modelOf())
      expect(result.fileName).toBe('合同台账.xlsx')
      expect(result.path).toBe(join(dir, '合同台账.xlsx'))
      const data = await readFile(result.path)
      expect(result.bytes).toBe(data.length)
      // An .xlsx is a zip file.
      expect(data.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'))
      expect(await readdir(dir)).toEqual(['合同台账.xlsx'])
    })

    it('lays out title, subtitle and headers above the data when a sheet is written', async () => {
      const { path } = await spreadsheet.write(modelOf())
      const ws = (await loadBook(path)).getWorksheet('合同')
      if (!ws) throw new Error('sheet 合同 missing')

      expect(ws.getCell('A1').value).toBe('合同台账')
      expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 })
      expect(ws.getCell('A1').isMerged).toBe(true)
      expect(ws.getCell('F1').master.address).toBe('A1')
      expect(ws.getCell('G1').isMerged).toBe(false)

      expect(ws.getCell('A2').value).toBe('状态：执行中 · 导出于 2025-03-03')
      expect(ws.getCell('A2').font?.color?.argb).toBe('FF808080')
      expect(ws.getCell('F2').master.address).toBe('A2')

      const headers = contracts.columns.map((_, i) => ws.getRow(3).getCell(i + 1))
      expect(headers.map((c) => c.value)).toEqual(contracts.columns.map((c) => c.header))
      for (const cell of headers) {
        expect(cell.font?.bold).toBe(true)
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' })
        expect(cell.border?.bottom?.style).toBe('thin')
      }
      expect(ws.getCell('A4').font?.bold).toBeFalsy()

      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
      expect(ws.autoFilter).toBe('A3:F6')
      expect(contracts.columns.map((_, i) => ws.getColumn(i + 1).width)).toEqual(
        contracts.columns.map((c) => c.width),
      )
    })

    it('writes each format as its Excel type when rows are written', async () => {
      const { path } = await spreadsheet.write(modelOf())
      const ws = (await loadBook(path)).getWorksheet('合同')
      if (!ws) throw new Error('sheet 合同 missing')
      const [id, qty, amount, rate, signed, filed] = [1, 2, 3, 4, 5, 6].map((c) => ws.getRow(4).getCell(c))

      expect(id.value).toBe('HT-2025-001')
      expect(qty.value).toBe(3)
      expect(qty.numFmt).toBe('0')
      // 12345 fen is 123.45 yuan.
      expect(amount.value).toBe(123.45)
      expect(amount.numFmt).toBe('#,##0.00')
      // 1300 basis points is 13 %.
      expect(rate.value).toBe(0.13)
      expect(rate.numFmt).toBe('0.00%')
      expect(signed.value).toBeInstanceOf(Date)
      expect((signed.value as Date).toISOString()).toBe('2025-03-01T00:00:00.000Z')
      expect(signed.numFmt).toBe('yyyy-mm-dd')
      expect(filed.value).toBe('是')

      const second = ws.getRow(5)
      expect(second.getCell(2).value).toBe(0)
      expect(second.getCell(3).value).toBe(-0.5)
      expect(second.getCell(4).value).toBe(0.06)
      expect(second.getCell(5).value).toBeNull()
      expect(second.getCell(6).value).toBe('否')

      const empty = ws.getRow(6)
      expect([2, 3, 4, 5, 6].map((c) => empty.getCell(c).value)).toEqual([null, null, null, null, null])
    })

    it('writes every sheet in order when the workbook has several', async () => {
      const summary: SheetModel = {
        name: '汇总',
        title: '汇总',
        subtitle: '',
        columns: [{ header: '合计', width: 10, format: 'money' }],
        rows: [[100]],
      }
      const { path } = await spreadsheet.write(modelOf({ sheets: [contracts, summary] }))
      const book = await loadBook(path)
      expect(book.worksheets.map((ws) => ws.name)).toEqual(['合同', '汇总'])
      const ws = book.worksheets[1]
      // One column: nothing to merge.
      expect(ws.getCell('A1').isMerged).toBe(false)
      expect(ws.getCell('A4').value).toBe(1)
    })

    it('narrows a column to 255 characters when the model asks for more', async () => {
      const wide: SheetModel = {
        ...contracts,
        columns: [{ header: '备注', width: 400, format: 'text' }],
        rows: [],
      }
      const { path } = await spreadsheet.write(modelOf({ sheets: [wide] }))
      expect((await loadBook(path)).worksheets[0].getColumn(1).width).toBe(255)
    })

    it("adds ' (2)' and ' (3)' before .xlsx when the name is already taken", async () => {
      const first = await spreadsheet.write(modelOf())
      const second = await spreadsheet.write(modelOf())
      const third = await spreadsheet.write(modelOf())
      expect([first.fileName, second.fileName, third.fileName]).toEqual([
        '合同台账.xlsx',
        '合同台账 (2).xlsx',
        '合同台账 (3).xlsx',
      ])
      expect(third.path).toBe(join(dir, '合同台账 (3).xlsx'))
      expect((await readdir(dir)).sort()).toEqual(
        ['合同台账.xlsx', '合同台账 (2).xlsx', '合同台账 (3).xlsx'].sort(),
      )
    })

    it('gives each of two exports started together its own name', async () => {
      const results = await Promise.all([spreadsheet.write(modelOf()), spreadsheet.write(modelOf())])
      expect(results.map((r) => r.fileName).sort()).toEqual(['合同台账 (2).xlsx', '合同台账.xlsx'])
    })

    it('treats a name differing only in case as taken', async () => {
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, 'REPORT.XLSX'), 'someone else’s file')
      const result = await spreadsheet.write(modelOf({ fileName: 'report.xlsx' }))
      expect(result.fileName).toBe('report (2).xlsx')
      expect(await readFile(join(dir, 'REPORT.XLSX'), 'utf8')).toBe('someone else’s file')
    })

    it.each(['../escape.xlsx', 'a/b.xlsx', 'a\\b.xlsx', 'C:x.xlsx', 'report.xls', 'report'])(
      'refuses the file name %s with spreadsheet.badName',
      async (fileName) => {
        expect(await failureOf(spreadsheet.write(modelOf({ fileName })))).toEqual({
          code: 'spreadsheet.badName',
          messageKey: 'errors.spreadsheet.badName',
          params: { field: 'fileName' },
        })
        await expect(readdir(temp.dataDir)).resolves.not.toContain('escape.xlsx')
      },
    )

    it.each([
      ['money', 12.5],
      ['money', '12345'],
      ['int', 1.5],
      ['percent', true],
      ['date', '2025-02-30'],
      ['date', '2025/03/01'],
      ['bool', '是'],
    ] as const)('refuses a %s cell holding %j with spreadsheet.badCell', async (format, value) => {
      const sheet: SheetModel = {
        ...contracts,
        columns: [{ header: '列', width: 10, format }],
        rows: [[null], [value]],
      }
      expect(await failureOf(spreadsheet.write(modelOf({ sheets: [sheet] })))).toEqual({
        code: 'spreadsheet.badCell',
        messageKey: 'errors.spreadsheet.badCell',
        params: { sheet: '合同', row: 2, column: '列' },
      })
      await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' })
    })

    it('reports spreadsheet.writeFailed and leaves no file when the disk fills up', async () => {
      const failing = createSpreadsheetService({ ...temp.ports, fs: faultyFs('write', 'ENOSPC') })
      expect(await failureOf(failing.write(modelOf()))).toEqual({
        code: 'spreadsheet.writeFailed',
        messageKey: 'errors.spreadsheet.writeFailed',
        params: { reason: 'ENOSPC' },
      })
      expect(await readdir(dir)).toEqual([])
    })

    it.each(['America/Los_Angeles', 'Asia/Shanghai'])(
      'keeps dates on their calendar day when the machine runs in %s',
      async (zone) => {
        const saved = process.env.TZ
        process.env.TZ = zone
        try {
          // The zone really applies to this process (else this test would prove nothing).
          expect(new Date(Date.UTC(2025, 2, 1)).getTimezoneOffset()).not.toBe(0)
          const { path } = await spreadsheet.write(modelOf())
          const ws = (await loadBook(path)).getWorksheet('合同')
          expect((ws?.getCell('E4').value as Date).toISOString()).toBe('2025-03-01T00:00:00.000Z')
          const { rows } = await spreadsheet.read({ dataBase64: (await readFile(path)).toString('base64') })
          expect(rows[3][4]).toBe('2025-03-01')
        } finally {
          if (saved === undefined) delete process.env.TZ
          else process.env.TZ = saved
        }
      },
    )

    it('reads its own export back as the text a clerk sees', async () => {
      const { path } = await spreadsheet.write(modelOf())
      const { sheetName, rows } = await spreadsheet.read({
        dataBase64: (await readFile(path)).toString('base64'),
      })
      expect(sheetName).toBe('合同')
      expect(rows).toEqual([
        ['合同台账', '', '', '', '', ''],
        ['状态：执行中 · 导出于 2025-03-03', '', '', '', '', ''],
        ['合同编号', '数量', '金额（元）', '税率', '签订日期', '已归档'],
        ['HT-2025-001', '3', '123.45', '0.13', '2025-03-01', '是'],
        ['HT-2025-002', '0', '-0.5', '0.06', '', '否'],
        ['HT-2025-003', '', '', '', '', ''],
      ])
    })
  })

  describe('read', () => {
    it('returns the first worksheet as trimmed cell text when an .xlsx is uploaded', async () => {
      const book = new ExcelJS.Workbook()
      const ws = book.addWorksheet('客户导入')
      book.addWorksheet('说明').getCell('A1').value = 'not this sheet'
      ws.getCell('A1').value = '  客户名称 '
      ws.getCell('B1').value = '成立日期'
      ws.getCell('C1').value = '注册资本'
      ws.getCell('D1').value = '合计'
      ws.getCell('A2').value = { richText: [{ text: '上海', font: { bold: true } }, { text: '某某公司 ' }] }
      ws.getCell('B2').value = new Date(Date.UTC(2019, 11, 31))
      ws.getCell('B2').numFmt = 'yyyy-mm-dd'
      ws.getCell('C2').value = 1234.5
      ws.getCell('D2').value = { formula: 'C2*2', result: 2469 }
      ws.getCell('A3').value = { text: '官网', hyperlink: 'https://example.com' }
      ws.getCell('B3').value = true
      ws.getCell('E3').value = { formula: 'A2&"!"', result: '上海某某公司!' }
      ws.getCell('A5').value = 0

      const { sheetName, rows } = await spreadsheet.read({ dataBase64: await base64Of(book) })
      expect(sheetName).toBe('客户导入')
      expect(rows).toEqual([
        ['客户名称', '成立日期', '注册资本', '合计', ''],
        ['上海某某公司', '2019-12-31', '1234.5', '2469', ''],
        ['官网', 'true', '', '', '上海某某公司!'],
        ['', '', '', '', ''],
        ['0', '', '', '', ''],
      ])
    })

    it('stops at the last row with text when rows below hold only blanks and styles', async () => {
      const book = new ExcelJS.Workbook()
      const ws = book.addWorksheet('S')
      ws.getCell('A1').value = 'x'
      ws.getCell('B2').value = '   '
      ws.getCell('C9').font = { bold: true }
      ws.getCell('D12').value = ''
      const { rows } = await spreadsheet.read({ dataBase64: await base64Of(book) })
      expect(rows).toEqual([['x']])
    })

    it('returns no rows when the first worksheet is empty', async () => {
      const book = new ExcelJS.Workbook()
      book.addWorksheet('空')
      await expect(spreadsheet.read({ dataBase64: await base64Of(book) })).resolves.toEqual({
        sheetName: '空',
        rows: [],
      })
    })

    it('shows a merged range once, in its top-left cell', async () => {
      const book = new ExcelJS.Workbook()
      const ws = book.addWorksheet('S')
      ws.getCell('A1').value = '标题'
      ws.mergeCells('A1:C1')
      ws.getCell('A2').value = 'a'
      ws.getCell('C2').value = 'c'
      const { rows } = await spreadsheet.read({ dataBase64: await base64Of(book) })
      expect(rows).toEqual([
        ['标题', '', ''],
        ['a', '', 'c'],
      ])
    })

    it.each([
      ['text', Buffer.from('客户名称,成立日期\n上海,2019-12-31\n')],
      ['a PDF', Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1')],
      ['a zip that is not a workbook', Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64')],
      ['nothing', Buffer.alloc(0)],
    ])('refuses %s with spreadsheet.unreadable', async (_label, data) => {
      expect(await failureOf(spreadsheet.read({ dataBase64: data.toString('base64') }))).toEqual({
        code: 'spreadsheet.unreadable',
        messageKey: 'errors.spreadsheet.unreadable',
        params: { field: 'file' },
      })
    })

    it('refuses a truncated workbook with spreadsheet.unreadable', async () => {
      const book = new ExcelJS.Workbook()
      book.addWorksheet('S').getCell('A1').value = 'x'
      const data = Buffer.from(await book.xlsx.writeBuffer())
      const half = data.subarray(0, Math.floor(data.length / 2)).toString('base64')
      expect((await failureOf(spreadsheet.read({ dataBase64: half }))).code).toBe('spreadsheet.unreadable')
    })

    it(`refuses a sheet with text below row ${SPREADSHEET_MAX_ROWS} with spreadsheet.tooManyRows`, async () => {
      const book = new ExcelJS.Workbook()
      const ws = book.addWorksheet('S')
      ws.getCell('A1').value = 'header'
      ws.getCell(SPREADSHEET_MAX_ROWS + 1, 1).value = 'one too many'
      expect(await failureOf(spreadsheet.read({ dataBase64: await base64Of(book) }))).toEqual({
        code: 'spreadsheet.tooManyRows',
        messageKey: 'errors.spreadsheet.tooManyRows',
        params: { field: 'file', maxRows: SPREADSHEET_MAX_ROWS },
      })
    })

    it(`reads a sheet whose last text is on row ${SPREADSHEET_MAX_ROWS}`, async () => {
      const book = new ExcelJS.Workbook()
      book.addWorksheet('S').getCell(SPREADSHEET_MAX_ROWS, 2).value = 'last'
      const { rows } = await spreadsheet.read({ dataBase64: await base64Of(book) })
      expect(rows).toHaveLength(SPREADSHEET_MAX_ROWS)
      expect(rows[SPREADSHEET_MAX_ROWS - 1]).toEqual(['', 'last'])
    })
  })
})

describe('spreadsheet request schemas', () => {
  const write = requestSchemas.spreadsheet.write

  it('accepts a well-formed export request', () => {
    expect(write.safeParse(modelOf()).success).toBe(true)
    expect(requestSchemas.spreadsheet.read.safeParse({ dataBase64: 'UEsDBA==' }).success).toBe(true)
  })

  it.each([
    ['a folder in the name', { fileName: 'exports/a.xlsx' }],
    ['a parent folder', { fileName: '../a.xlsx' }],
    ['a backslash', { fileName: 'a\\b.xlsx' }],
    ['a colon', { fileName: 'C:a.xlsx' }],
    ['a question mark', { fileName: 'a?.xlsx' }],
    ['a pipe', { fileName: 'a|b.xlsx' }],
    ['a quote', { fileName: 'a".xlsx' }],
    ['angle brackets', { fileName: '<a>.xlsx' }],
    ['an asterisk', { fileName: '*.xlsx' }],
    ['a control character', { fileName: 'a\u0007.xlsx' }],
    ['another extension', { fileName: 'a.xls' }],
    ['no name before .xlsx', { fileName: '.xlsx' }],
    ['a name over 120 characters', { fileName: `${'a'.repeat(116)}.xlsx` }],
    ['a name over 200 bytes', { fileName: `${'合'.repeat(70)}.xlsx` }],
    ['a Windows device name', { fileName: 'CON.xlsx' }],
    ['no sheets', { sheets: [] }],
    ['two sheets of one name', { sheets: [contracts, { ...contracts, name: '合同' }] }],
    ['a sheet name with a slash', { sheets: [{ ...contracts, name: '合同/2025' }] }],
    ['a sheet name over 31 characters', { sheets: [{ ...contracts, name: 'x'.repeat(32) }] }],
    ['a row longer than the header', { sheets: [{ ...contracts, rows: [[1, 2, 3, 4, 5, 6, 7]] }] }],
    [
      'an unknown format',
      { sheets: [{ ...contracts, columns: [{ header: 'a', width: 5, format: 'hex' }] }] },
    ],
    ['an empty yes word', { yes: '' }],
  ])('refuses an export request with %s', (_label, overrides) => {
    expect(write.safeParse({ ...modelOf(), ...overrides }).success).toBe(false)
  })

  it('accepts a name of exactly 120 characters', () => {
    expect(write.safeParse(modelOf({ fileName: `${'a'.repeat(115)}.xlsx` })).success).toBe(true)
  })
})
