/** The import report for 工程商 (engineering contractors): the same checks as every party archive. */
import { describe, expect, it } from 'vitest'
import { BROKEN_USCC, importFor, sheet, USCC } from './fixtures'

describe('buildImportReport for engineering contractors', () => {
  const HEADER = [
    '名称*',
    '简称',
    '统一社会信用代码',
    '资质等级',
    '地区',
    '合作厂家/品牌',
    '地址',
    '电话',
    '备注',
  ]
  const contractor = (cells: Partial<Record<string, string>>): string[] =>
    HEADER.map((h) => cells[h.replace('*', '')] ?? '')
  const importContractors = (rows: Partial<Record<string, string>>[], db: Record<string, string[][]> = {}) =>
    importFor('contractors', sheet(HEADER, ...rows.map(contractor)), db)

  it('reads every importable field of a contractor when the row is filled in', () => {
    const report = importContractors([
      {
        名称: '浙江恒安机电安装工程有限公司',
        简称: '恒安机电',
        统一社会信用代码: USCC[0],
        资质等级: '机电工程施工总承包二级',
        地区: '杭州',
        '合作厂家/品牌': '西门子、ABB',
        地址: '杭州市余杭区文一西路 998 号',
        电话: '0571-86001234',
        备注: '负责浙西片区售后送修',
      },
    ])
    expect(report.fileProblems).toEqual([])
    expect(report.rows[0]).toEqual({
      line: 4,
      values: {
        name: '浙江恒安机电安装工程有限公司',
        shortName: '恒安机电',
        uscc: USCC[0],
        region: '杭州',
        qualificationLevel: '机电工程施工总承包二级',
        brands: '西门子、ABB',
        address: '杭州市余杭区文一西路 998 号',
        phone: '0571-86001234',
        notes: '负责浙西片区售后送修',
      },
      problems: [],
    })
  })

  it('refuses a wrong credit code and a code already saved, row by row', () => {
    const report = importContractors(
      [
        { 名称: '甲安装公司', 统一社会信用代码: BROKEN_USCC },
        { 名称: '乙安装公司', 统一社会信用代码: USCC[1] },
        { 名称: '丙安装公司', 统一社会信用代码: USCC[2] },
      ],
      { uscc: [[USCC[2]]] },
    )
    expect(report.rows.map((r) => r.problems)).toEqual([
      [{ field: 'uscc', messageKey: 'validation.uscc.checkChar' }],
      [],
      [{ field: 'uscc', messageKey: 'import.duplicateInDb' }],
    ])
    expect(report).toMatchObject({ okCount: 1, errorCount: 2 })
  })
})
