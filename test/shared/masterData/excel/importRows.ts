/** Product and customer rows as an import sheet holds them, and one cell's outcome (the import report tests). */
import { expect } from 'vitest'
import { importFor, sheet } from './fixtures'

export const PRODUCT_HEADER = [
  '产品名称*',
  '规格',
  '型号',
  '产品编码',
  '单位*',
  '目录价',
  '税率',
  '生产厂家',
  '在售',
  '按序列号管理',
]
export const product = (cells: Partial<Record<string, string>>): string[] =>
  PRODUCT_HEADER.map((h) => cells[h.replace('*', '')] ?? '')
export const importProducts = (...rows: Partial<Record<string, string>>[]) =>
  importFor('products', sheet(PRODUCT_HEADER, ...rows.map(product)))

/** One product row with the given cell in one column; its value of `key` and problems. */
export function productCell(column: string, text: string, key: string) {
  const report = importProducts({ 产品名称: '断路器', 单位: '台', [column]: text })
  expect(report.fileProblems).toEqual([])
  expect(report.rows).toHaveLength(1)
  return { value: report.rows[0].values[key], problems: report.rows[0].problems }
}

export const CUSTOMER_HEADER = [
  '客户名称*',
  '统一社会信用代码',
  '等级',
  '来源',
  '目标客户',
  '阶段',
  '最近联系日期',
]
export const customer = (cells: Partial<Record<string, string>>): string[] =>
  CUSTOMER_HEADER.map((h) => cells[h.replace('*', '')] ?? '')
export const importCustomers = (
  rows: Partial<Record<string, string>>[],
  db: Record<string, string[][]> = {},
) => importFor('customers', sheet(CUSTOMER_HEADER, ...rows.map(customer)), db)

export function customerCell(column: string, text: string, key: string) {
  const report = importCustomers([{ 客户名称: '福州港务集团', [column]: text }])
  expect(report.rows).toHaveLength(1)
  return { value: report.rows[0].values[key], problems: report.rows[0].problems }
}
