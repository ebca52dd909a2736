import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatFen, yuanText } from '../../../../shared/kernel/money'
import { MAX_FEN } from '../../../../shared/masterData/recordSchema'
import { supplierFields } from '../../../../shared/masterData/recordSpecs'
import { BROKEN_USCC, importFor, sheet, USCC } from './fixtures'

import { customerCell, importCustomers, importProducts, productCell } from './importRows'

describe('buildImportReport', () => {
  describe('header', () => {
    it('finds the header below the title and subtitle rows when the sheet is the app template', () => {
      const report = importCustomers([{ 客户名称: '福州港务集团' }])
      expect(report.headerLine).toBe(3)
      expect(report.rows.map((r) => r.line)).toEqual([4])
      expect(report.rows[0].values.name).toBe('福州港务集团')
    })

    it('finds the header in the first row when the sheet has no title', () => {
      const report = importFor('customers', [
        ['名称', '地区'],
        ['福州港务集团', '福州'],
      ])
      expect(report.headerLine).toBe(1)
      expect(report.rows[0]).toMatchObject({ line: 2, values: { name: '福州港务集团', region: '福州' } })
    })

    it('does not take a title that names one field for the header when the real header is below', () => {
      const report = importFor('customers', [['名称'], ['名称', '地区'], ['甲公司', '厦门']])
      expect(report.headerLine).toBe(2)
    })

    it('matches headers marked required with * or （必填） and any accepted label', () => {
      const report = importFor('customers', [
        ['客户名称（必填）', '信用代码 *', '客户等级'],
        ['甲公司', USCC[0], 'B'],
      ])
      expect(report.ignoredColumns).toEqual([])
      expect(report.rows[0].values).toMatchObject({ name: '甲公司', uscc: USCC[0], grade: 'B' })
    })

    it('lists unknown and repeated columns as ignored and does not read them', () => {
      const report = importFor('customers', [
        ['序号', '名称', '地区', '备用', '名称'],
        ['1', '甲公司', '福州', 'x', '乙公司'],
      ])
      expect(report.ignoredColumns).toEqual(['序号', '备用', '名称'])
      expect(report.rows[0].values.name).toBe('甲公司')
      expect(report.rows[0].problems).toEqual([])
    })

    it('reports a missing column and accepts no rows when a required field has no column', () => {
      const report = importFor('products', sheet(['产品名称', '规格', '目录价'], ['断路器', 'NM1', '100']))
      expect(report.fileProblems).toEqual([
        { field: 'unit', messageKey: 'import.missingColumn', params: { column: '单位' } },
      ])
      expect(report.rows).toEqual([])
      expect(report.okCount).toBe(0)
    })

    it('reports no header when none of the first 10 rows names two fields', () => {
      const rows = [
        ...Array.from({ length: 10 }, (_, i) => [`说明 ${i}`]),
        ['名称', '地区'],
        ['甲公司', '福州'],
      ]
      const report = importFor('customers', rows)
      expect(report.headerLine).toBe(0)
      expect(report.fileProblems).toEqual([{ messageKey: 'import.noHeader' }])
      expect(report.rows).toEqual([])
    })

    it('ignores the labels of fields that are not importable', () => {
      // 类型 (kind) and 主营产品 are supplier fields the import does not read.
      const report = importFor('suppliers', [
        ['类型', '主营产品'],
        ['供应商', '电缆'],
      ])
      expect(report.fileProblems).toEqual([{ messageKey: 'import.noHeader' }])
    })
  })

  describe('money', () => {
    it.each([
      ['1234', 123400],
      ['1234.5', 123450],
      ['1,234.5', 123450],
      ['¥1,234.50', 123450],
      ['￥ 1,234.50', 123450],
      ['１２３４', 123400],
      ['１，２３４．５６', 123456],
      ['12,345,678.9', 1234567890],
      ['0.01', 1],
      ['.5', 50],
      ['1.500', 150],
      ['88元', 8800],
      ['0', 0],
    ])('converts %j to %i fen', (text, fen) => {
      expect(productCell('目录价', text, 'listPriceFen')).toEqual({ value: fen, problems: [] })
    })

    it.each(['1.234', '12.345', '-5', '1,23', '1.2.3', 'abc', '¥', '1e3'])(
      'reports badMoney with the cell text when the amount is %j',
      (text) => {
        expect(productCell('目录价', text, 'listPriceFen')).toEqual({
          value: 0,
          problems: [{ field: 'listPriceFen', messageKey: 'import.badMoney', params: { value: text } }],
        })
      },
    )

    it('reports validation.money when the amount is above the largest accepted', () => {
      const { problems } = productCell('目录价', '1000000000001', 'listPriceFen')
      expect(problems).toEqual([{ field: 'listPriceFen', messageKey: 'validation.money' }])
    })

    it('converts any fen amount back to the same fen when written by formatFen or as plain yuan', () => {
      const fen = fc.oneof(
        fc.integer({ min: 0, max: MAX_FEN }),
        fc.constantFrom(0, 1, 99, 100, 100_000, MAX_FEN),
      )
      fc.assert(
        fc.property(fc.array(fen, { minLength: 1, maxLength: 20 }), (amounts) => {
          const texts = amounts.flatMap((f) => [formatFen(f), formatFen(f).slice(1), yuanText(f)])
          const report = importProducts(...texts.map((t) => ({ 产品名称: '断路器', 单位: '台', 目录价: t })))
          expect(report.rows.map((r) => r.values.listPriceFen)).toEqual(amounts.flatMap((f) => [f, f, f]))
          expect(report.errorCount).toBe(0)
        }),
      )
    })
  })

  describe('rate', () => {
    it.each([
      ['13%', 1300],
      ['13', 1300],
      ['0.13', 1300],
      ['13.5%', 1350],
      ['13.5', 1350],
      ['0.135', 1350],
      ['９％', 900],
      ['6 %', 600],
      ['0', 0],
      ['0%', 0],
      ['1', 10000],
      ['100%', 10000],
      ['0.0001', 1],
      ['13.25%', 1325],
    ])('converts %j to %i basis points', (text, bp) => {
      expect(productCell('税率', text, 'taxRateBp')).toEqual({ value: bp, problems: [] })
    })

    it.each(['13.255%', '0.13555', 'abc', '-13%', '%', '1,3'])(
      'reports badRate when the rate is %j',
      (text) => {
        expect(productCell('税率', text, 'taxRateBp').problems).toEqual([
          { field: 'taxRateBp', messageKey: 'import.badRate', params: { value: text } },
        ])
      },
    )

    it('reports validation.rate when the rate is above 100%', () => {
      expect(productCell('税率', '130', 'taxRateBp').problems).toEqual([
        { field: 'taxRateBp', messageKey: 'validation.rate' },
      ])
    })

    it('keeps the field default of 13% when the rate cell is blank', () => {
      expect(productCell('税率', '', 'taxRateBp')).toEqual({ value: 1300, problems: [] })
    })
  })

  describe('bool', () => {
    it.each([
      ['是', true],
      ['否', false],
      ['Y', true],
      ['n', false],
      ['yes', true],
      ['No', false],
      ['TRUE', true],
      ['false', false],
      ['1', true],
      ['0', false],
      ['√', true],
      ['×', false],
      ['Ｙ', true],
    ])('converts %j to %s', (text, value) => {
      expect(customerCell('目标客户', text, 'isTarget')).toEqual({ value, problems: [] })
    })

    it('gives the field default when the cell is blank', () => {
      expect(customerCell('目标客户', '', 'isTarget').value).toBe(false)
      // Products are active unless the sheet says otherwise.
      expect(productCell('在售', '', 'active').value).toBe(true)
      expect(productCell('在售', '否', 'active').value).toBe(false)
      // A product is not tracked by serial number unless the sheet says so.
      expect(productCell('按序列号管理', '', 'serialized').value).toBe(false)
      expect(productCell('按序列号管理', '是', 'serialized').value).toBe(true)
    })

    it.each(['可能', 'x', '2'])('reports badBool when the cell is %j', (text) => {
      expect(customerCell('目标客户', text, 'isTarget').problems).toEqual([
        { field: 'isTarget', messageKey: 'import.badBool', params: { value: text } },
      ])
    })
  })

  describe('date', () => {
    it.each([
      ['2026-01-31', '2026-01-31'],
      ['2026/1/31', '2026-01-31'],
      ['2026.1.31', '2026-01-31'],
      ['2026年1月31日', '2026-01-31'],
      ['2026 年 1 月 5 日', '2026-01-05'],
      ['20260131', '2026-01-31'],
      ['２０２６－０１－３１', '2026-01-31'],
      ['2026-01-31 00:00:00', '2026-01-31'],
      ['2024-02-29', '2024-02-29'],
    ])('converts %j to %s', (text, iso) => {
      expect(customerCell('最近联系日期', text, 'lastContactOn')).toEqual({ value: iso, problems: [] })
    })

    it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026/01-31', '31/01/2026', '明天', '2026131'])(
      'reports validation.date when the date is %j',
      (text) => {
        expect(customerCell('最近联系日期', text, 'lastContactOn').problems).toEqual([
          { field: 'lastContactOn', messageKey: 'validation.date', params: { value: text } },
        ])
      },
    )

    it('reports a date before its pair on the later field when the archive orders them', () => {
      const report = importFor(
        'distributors',
        sheet(
          ['名称', '类型', '协议开始日期', '协议结束日期'],
          ['闽东电气', '经销商', '2026-03-01', '2026/2/1'],
        ),
      )
      expect(report.rows[0].problems).toEqual([
        { field: 'agreementEnd', messageKey: 'validation.notBefore.agreementStart' },
      ])
    })
  })

  describe('select', () => {
    it.each([
      ['A级', 'A'],
      ['重点', 'A'],
      ['B', 'B'],
      ['c', 'C'],
      ['Ｄ级', 'D'],
    ])('converts grade %j to %s', (text, value) => {
      expect(customerCell('等级', text, 'grade')).toEqual({ value, problems: [] })
    })

    it.each([
      ['转介绍', 'referral'],
      ['exhibition', 'exhibition'],
      ['Website', 'website'],
    ])('converts source %j by label or by value to %s', (text, value) => {
      expect(customerCell('来源', text, 'source')).toEqual({ value, problems: [] })
    })

    it('reports unknownOption with the cell text when no option has that value or label', () => {
      expect(customerCell('来源', '朋友圈', 'source')).toEqual({
        value: '',
        problems: [{ field: 'source', messageKey: 'import.unknownOption', params: { value: '朋友圈' } }],
      })
    })

    it('gives a required select its initial value when the cell is blank', () => {
      const report = importFor('distributors', sheet(['名称', '类型'], ['闽东电气', '']))
      expect(report.rows[0]).toMatchObject({ values: { kind: 'distributor' }, problems: [] })
    })
  })

  describe('ref', () => {
    it.each([
      ['华东电气（上海）有限公司', 'sup-1'],
      ['华东电气(上海)有限公司', 'sup-1'],
      ['abb ltd', 'sup-2'],
    ])('converts the name %j to the id %s', (text, id) => {
      expect(productCell('生产厂家', text, 'manufacturerId')).toEqual({ value: id, problems: [] })
    })

    it('reports unknownRef with the cell text when no record has that name', () => {
      expect(productCell('生产厂家', '西门子', 'manufacturerId')).toEqual({
        value: '',
        problems: [{ field: 'manufacturerId', messageKey: 'import.unknownRef', params: { value: '西门子' } }],
      })
    })
  })

  describe('uscc', () => {
    it('accepts a valid code and upper-cases it when typed in lower case or full width', () => {
      const report = importCustomers([
        { 客户名称: '甲公司', 统一社会信用代码: USCC[0] },
        { 客户名称: '乙公司', 统一社会信用代码: USCC[1].toLowerCase() },
        { 客户名称: '丙公司', 统一社会信用代码: '９１１１００００１０００１０４３３Ｌ' },
      ])
      expect(report.rows.map((r) => r.values.uscc)).toEqual([...USCC])
      expect(report.errorCount).toBe(0)
    })

    it('reports validation.uscc.checkChar on that row only when its check character is wrong', () => {
      const report = importCustomers([
        { 客户名称: '甲公司', 统一社会信用代码: USCC[0] },
        { 客户名称: '乙公司', 统一社会信用代码: BROKEN_USCC },
      ])
      expect(report.rows[0].problems).toEqual([])
      expect(report.rows[1].problems).toEqual([{ field: 'uscc', messageKey: 'validation.uscc.checkChar' }])
      expect(report).toMatchObject({ okCount: 1, errorCount: 1 })
    })

    it('reports validation.tooLong when the code has more than 18 characters', () => {
      const report = importCustomers([{ 客户名称: '甲公司', 统一社会信用代码: `${USCC[0]}0` }])
      expect(report.rows[0].problems).toEqual([{ field: 'uscc', messageKey: 'validation.tooLong' }])
    })
  })

  describe('blank cells and rows', () => {
    it('gives blank and non-importable fields their empty value when the row leaves them out', () => {
      const report = importFor('suppliers', sheet(['名称', '地区'], ['华东电气', '']), {}, supplierFields)
      expect(report.rows[0].values).toMatchObject({
        name: '华东电气',
        region: '',
        kind: 'manufacturer',
        mainProducts: '',
      })
      expect(Object.keys(report.rows[0].values).sort()).toEqual(supplierFields.map((f) => f.key).sort())
      expect(report.rows[0].problems).toEqual([])
    })

    it('gives a product its defaults when price, rate and active are blank', () => {
      const report = importProducts({ 产品名称: '断路器', 单位: '台' })
      expect(report.rows[0].values).toMatchObject({
        listPriceFen: 0,
        taxRateBp: 1300,
        active: true,
        manufacturerId: '',
      })
    })

    it('reports validation.required when a required cell is blank in a row with other data', () => {
      const report = importProducts({ 产品名称: '', 单位: '台', 规格: 'NM1-63' })
      expect(report.rows[0].problems).toEqual([{ field: 'name', messageKey: 'validation.required' }])
    })

    it('skips empty rows and rows with text only in ignored columns, keeping Excel line numbers', () => {
      const report = importFor('customers', [
        ['客户档案'],
        ['序号', '名称', '地区'],
        ['1', '甲公司', '福州'],
        ['', '', ''],
        [],
        ['2', '', ''],
        ['3', '乙公司', ''],
      ])
      expect(report.rows.map((r) => [r.line, r.values.name])).toEqual([
        [3, '甲公司'],
        [7, '乙公司'],
      ])
    })

    it('reports validation.tooLong when a text is longer than its field allows', () => {
      const report = importCustomers([{ 客户名称: '长'.repeat(101) }])
      expect(report.rows[0].problems).toEqual([{ field: 'name', messageKey: 'validation.tooLong' }])
    })
  })

  describe('duplicates', () => {
    it('names the earlier Excel line when a name repeats in the file, ignoring case and width', () => {
      const report = importCustomers([
        { 客户名称: 'ACME（福州）有限公司' },
        { 客户名称: '乙公司' },
        { 客户名称: ' acme(福州)有限公司' },
        { 客户名称: 'Acme（福州）有限公司' },
      ])
      expect(report.rows.map((r) => r.problems)).toEqual([
        [],
        [],
        [{ field: 'name', messageKey: 'import.duplicateInFile', params: { line: 4 } }],
        [{ field: 'name', messageKey: 'import.duplicateInFile', params: { line: 4 } }],
      ])
      expect(report).toMatchObject({ okCount: 2, errorCount: 2 })
    })

    it('reports duplicateInDb when the code or the name is already saved', () => {
      const report = importCustomers(
        [
          { 客户名称: '甲公司', 统一社会信用代码: USCC[0] },
          { 客户名称: '乙公司', 统一社会信用代码: USCC[1] },
          { 客户名称: '老客户', 统一社会信用代码: USCC[2] },
        ],
        { uscc: [[USCC[0]]], name: [['老客户']] },
      )
      expect(report.rows.map((r) => r.problems)).toEqual([
        [{ field: 'uscc', messageKey: 'import.duplicateInDb' }],
        [],
        [{ field: 'name', messageKey: 'import.duplicateInDb' }],
      ])
    })

    it('does not compare blank codes when several rows leave the code empty', () => {
      const report = importCustomers([{ 客户名称: '甲公司' }, { 客户名称: '乙公司' }])
      expect(report.errorCount).toBe(0)
    })

    it('compares a key of several fields only when all of them are filled in', () => {
      const report = importProducts(
        { 产品名称: '断路器', 规格: 'NM1-63', 型号: 'C32', 单位: '台' },
        { 产品名称: '断路器', 规格: 'nm1-63', 型号: 'c32', 单位: '台' },
        { 产品名称: '断路器', 规格: 'NM1-63', 单位: '台' },
        { 产品名称: '断路器', 规格: 'NM1-63', 单位: '台' },
      )
      expect(report.rows.map((r) => r.problems)).toEqual([
        [],
        [{ field: 'name', messageKey: 'import.duplicateInFile', params: { line: 4 } }],
        [],
        [],
      ])
    })

    it('keeps the first problem of a field when its value is also a duplicate', () => {
      const report = importCustomers([{ 客户名称: '甲公司', 统一社会信用代码: BROKEN_USCC }], {
        uscc: [[BROKEN_USCC]],
      })
      expect(report.rows[0].problems).toEqual([{ field: 'uscc', messageKey: 'validation.uscc.checkChar' }])
    })
  })

  it('checks 10,000 rows correctly when a fifth of them have problems', () => {
    const header = ['产品名称', '规格', '型号', '产品编码', '单位', '目录价', '税率', '生产厂家', '在售']
    const data = Array.from({ length: 10_000 }, (_, i) => [
      `产品 ${i}`,
      `规格 ${i % 7}`,
      `M${i}`,
      i % 10 === 9 ? `P${i - 1}` : `P${i}`,
      '台',
      i % 10 === 3 ? '12.345' : `${(i * 37) % 100_000}.${String(i % 100).padStart(2, '0')}`,
      ['13%', '0.09', '6'][i % 3],
      i % 2 === 0 ? '华东电气(上海)有限公司' : 'ABB LTD',
      i % 4 === 0 ? '否' : '是',
    ])
    const report = importFor('products', sheet(header, ...data), { code: [['P5']] })

    expect(report.rows).toHaveLength(10_000)
    expect(report.errorCount).toBe(2_000 + 1)
    expect(report.okCount).toBe(10_000 - report.errorCount)
    const row = (i: number) => report.rows[i]
    expect(row(0)).toEqual({
      line: 4,
      values: {
        name: '产品 0',
        spec: '规格 0',
        model: 'M0',
        code: 'P0',
        unit: '台',
        listPriceFen: 0,
        taxRateBp: 1300,
        manufacturerId: 'sup-1',
        active: false,
        serialized: false,
        notes: '',
      },
      problems: [],
    })
    expect(row(1234).values).toMatchObject({
      listPriceFen: 4565834,
      taxRateBp: 900,
      manufacturerId: 'sup-1',
      active: true,
    })
    expect(row(1235).values).toMatchObject({ listPriceFen: 4569535, taxRateBp: 600, manufacturerId: 'sup-2' })
    expect(row(3).problems).toEqual([
      { field: 'listPriceFen', messageKey: 'import.badMoney', params: { value: '12.345' } },
    ])
    expect(row(5).problems).toEqual([{ field: 'code', messageKey: 'import.duplicateInDb' }])
    expect(row(9999).problems).toEqual([
      { field: 'code', messageKey: 'import.duplicateInFile', params: { line: 10_002 } },
    ])
  })
})
