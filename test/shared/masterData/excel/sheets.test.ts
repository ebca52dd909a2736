import { describe, expect, it } from 'vitest'
import type { CellValue, SheetModel } from '../../../../shared/spreadsheet/sheetModel'
import { archiveSpecs } from '../../../../shared/masterData/archiveSpecs'
import { exportSheet } from '../../../../shared/masterData/excel/exportSheet'
import { templateSheet } from '../../../../shared/masterData/excel/templateSheet'
import { customerFields, productFields } from '../../../../shared/masterData/recordSpecs'
import { importFor, label, labels, optionLabel, refName, USCC } from './fixtures'

/** What the spreadsheet service reads back from a cell the writer wrote (see createSpreadsheetService). */
function readBack(value: CellValue, format: string): string {
  if (value === null) return ''
  if (format === 'money') return String((value as number) / 100)
  if (format === 'percent') return String((value as number) / 10_000)
  if (format === 'bool') return value ? '是' : '否'
  return String(value)
}
const asRead = (model: SheetModel): string[][] => [
  [model.title],
  [model.subtitle],
  model.columns.map((c) => c.header),
  ...model.rows.map((row) => row.map((v, i) => readBack(v, model.columns[i].format))),
]

describe('templateSheet', () => {
  const template = templateSheet({
    fields: archiveSpecs.products.fields,
    title: '产品档案导入模板',
    subtitle: '带 * 的列必填',
    label,
  })

  it('has one column per importable field with required headers marked by *', () => {
    expect(template.columns.map((c) => c.header)).toEqual([
      '名称*',
      '规格',
      '型号',
      '产品编码',
      '单位*',
      '目录价',
      '税率',
      '生产厂家',
      '在售',
      '按序列号管理',
      '备注',
    ])
    expect(template).toMatchObject({
      name: '产品档案导入模板',
      title: '产品档案导入模板',
      subtitle: '带 * 的列必填',
      rows: [],
    })
  })

  it('leaves out fields that are not importable', () => {
    const supplier = templateSheet({ fields: archiveSpecs.suppliers.fields, title: 't', subtitle: '', label })
    expect(supplier.columns.map((c) => c.header)).not.toContain('类型*')
    expect(supplier.columns.map((c) => c.header)).not.toContain('主营产品')
  })

  it('sets the format and width of each column by field kind', () => {
    const byHeader = Object.fromEntries(template.columns.map((c) => [c.header, [c.format, c.width]]))
    expect(byHeader).toMatchObject({
      '名称*': ['text', 12],
      产品编码: ['text', 12],
      目录价: ['money', 14],
      税率: ['percent', 10],
      在售: ['bool', 8],
      备注: ['text', 30],
    })
    const customers = templateSheet({ fields: customerFields, title: '客户', subtitle: '', label })
    const widths = Object.fromEntries(customers.columns.map((c) => [c.header, [c.format, c.width]]))
    expect(widths).toMatchObject({
      统一社会信用代码: ['text', 22],
      最近联系日期: ['date', 12],
      开户银行: ['text', 12],
    })
  })

  it('makes text columns wide enough for a long header when the label is longer than 4 characters', () => {
    const model = templateSheet({
      fields: productFields,
      title: 't',
      subtitle: '',
      label: (key) =>
        key === 'code' ? '产品物料编码号' : key === 'spec' ? 'Specification text' : label(key),
    })
    expect(model.columns.find((c) => c.header === '产品物料编码号')?.width).toBe(18)
    expect(model.columns.find((c) => c.header === 'Specification text')?.width).toBe(22)
  })

  it('writes one example row in the column order when an example is given', () => {
    const model = templateSheet({
      fields: productFields,
      title: '产品档案导入模板',
      subtitle: '',
      label,
      exampleRow: {
        name: '断路器',
        spec: 'NM1-63',
        unit: '台',
        listPriceFen: 123450,
        taxRateBp: 1300,
        manufacturerId: 'ABB Ltd',
        active: true,
      },
    })
    expect(model.rows).toEqual([
      ['断路器', 'NM1-63', null, null, '台', 123450, 1300, 'ABB Ltd', true, null, null],
    ])
  })

  it('imports its own example row back when the template is filled in as given', () => {
    const model = templateSheet({
      fields: productFields,
      title: '产品档案导入模板',
      subtitle: '带 * 的列必填',
      label,
      exampleRow: {
        name: '断路器',
        unit: '台',
        listPriceFen: 123450,
        taxRateBp: 900,
        manufacturerId: 'ABB Ltd',
        active: false,
      },
    })
    const report = importFor('products', asRead(model))
    expect(report.headerLine).toBe(3)
    expect(report.rows).toEqual([
      {
        line: 4,
        values: expect.objectContaining({
          name: '断路器',
          listPriceFen: 123450,
          taxRateBp: 900,
          manufacturerId: 'sup-2',
          active: false,
        }),
        problems: [],
      },
    ])
  })

  it('shortens the sheet name to what Excel allows when the title is long or has forbidden characters', () => {
    const model = templateSheet({
      fields: productFields,
      title: '产品/型号[2026]?'.repeat(3),
      subtitle: '',
      label,
    })
    expect(model.name.length).toBeLessThanOrEqual(31)
    expect(model.name).not.toMatch(/[:\\/?*[\]]/)
  })
})

describe('exportSheet', () => {
  const fields = customerFields.filter((f) =>
    ['name', 'uscc', 'grade', 'source', 'isTarget', 'lastContactOn', 'demand'].includes(f.key),
  )
  const rows = [
    {
      id: 'c1',
      name: '福州港务集团',
      uscc: USCC[0],
      grade: 'A',
      source: 'exhibition',
      isTarget: true,
      lastContactOn: '2026-01-31',
      demand: '变压器',
    },
    {
      id: 'c2',
      name: '乙公司',
      uscc: '',
      grade: '',
      source: 'other',
      isTarget: false,
      lastContactOn: '',
      demand: '',
    },
  ]
  const model = exportSheet({
    fields,
    rows,
    title: '客户档案',
    subtitle: '导出于 2026-02-01',
    sheetName: '客户',
    label,
    optionLabel,
    refName,
  })

  it('writes the columns in the order of the fields with plain labels and formats by kind', () => {
    expect(model.columns).toEqual([
      { header: '名称', width: 12, format: 'text' },
      { header: '统一社会信用代码', width: 22, format: 'text' },
      { header: '等级', width: 12, format: 'text' },
      { header: '来源', width: 12, format: 'text' },
      { header: '目标客户', width: 8, format: 'bool' },
      { header: '需求', width: 30, format: 'text' },
      { header: '最近联系日期', width: 12, format: 'date' },
    ])
    expect(model).toMatchObject({ name: '客户', title: '客户档案', subtitle: '导出于 2026-02-01' })
  })

  it('writes options as labels, dates as strings and bools as booleans, blanks as empty cells', () => {
    expect(model.rows).toEqual([
      ['福州港务集团', USCC[0], 'A级', '展会', true, '变压器', '2026-01-31'],
      ['乙公司', null, null, '其他', false, null, null],
    ])
  })

  it('writes money as fen, rates as basis points and references as names', () => {
    const products = exportSheet({
      fields: productFields,
      rows: [
        {
          name: '断路器',
          unit: '台',
          listPriceFen: 123456,
          taxRateBp: 1300,
          manufacturerId: 'sup-1',
          active: true,
        },
      ],
      title: '产品档案',
      subtitle: '',
      sheetName: '产品',
      label,
      optionLabel,
      refName,
    })
    expect(products.columns.map((c) => c.format)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'text',
      'money',
      'percent',
      'text',
      'bool',
      'bool',
      'text',
    ])
    expect(products.rows).toEqual([
      ['断路器', null, null, null, '台', 123456, 1300, '华东电气（上海）有限公司', true, false, null],
    ])
  })

  it('leaves a cell empty rather than writing a value of the wrong type', () => {
    const products = exportSheet({
      fields: productFields.filter((f) => ['listPriceFen', 'active'].includes(f.key)),
      rows: [{ listPriceFen: 12.5 }, { listPriceFen: '100' }],
      title: '',
      subtitle: '',
      sheetName: 'p',
      label,
      optionLabel,
      refName,
    })
    // A product with no `active` value is active, as a new one would be.
    expect(products.rows).toEqual([
      [null, true],
      [null, true],
    ])
  })

  it('imports an exported list back to the same values when read as the spreadsheet service reads it', () => {
    const products = [
      {
        name: '断路器',
        spec: 'NM1-63',
        model: 'C32',
        code: 'P001',
        unit: '台',
        listPriceFen: 123456,
        taxRateBp: 1300,
        manufacturerId: 'sup-1',
        active: true,
        serialized: true,
        notes: '',
      },
      {
        name: '电缆',
        spec: 'YJV 3×95',
        model: '',
        code: 'P002',
        unit: '米',
        listPriceFen: 9,
        taxRateBp: 50,
        manufacturerId: '',
        active: false,
        serialized: false,
        notes: '按米计价\n含税',
      },
      {
        name: '变压器',
        spec: '',
        model: 'SCB13',
        code: 'P003',
        unit: '台',
        listPriceFen: 99_999_999_999_999,
        taxRateBp: 10_000,
        manufacturerId: 'sup-2',
        active: true,
        serialized: true,
        notes: '',
      },
    ]
    const sheet = exportSheet({
      fields: productFields,
      rows: products,
      title: '产品档案',
      subtitle: '',
      sheetName: '产品',
      label,
      optionLabel,
      refName,
    })
    const report = importFor('products', asRead(sheet))
    expect(report.fileProblems).toEqual([])
    expect(report.rows.map((r) => r.problems)).toEqual([[], [], []])
    expect(report.rows.map((r) => r.values)).toEqual(products)
  })

  it('imports exported customers back with options by label', () => {
    const report = importFor('customers', asRead(model))
    expect(report.errorCount).toBe(0)
    expect(
      report.rows.map((r) => [r.values.grade, r.values.source, r.values.isTarget, r.values.lastContactOn]),
    ).toEqual([
      ['A', 'exhibition', true, '2026-01-31'],
      ['', 'other', false, ''],
    ])
    expect(labels('name')[0]).toBe(model.columns[0].header)
  })
})
