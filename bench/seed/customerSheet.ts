/**
 * A customer import file as clerks fill the template: title and hint rows,
 * the Chinese header row, then one row per customer with choices written as
 * their labels (A 级, 是) and dates as real Excel dates. Runs in Node.
 */
import ExcelJS from 'exceljs'
import { customerFields } from '../../shared/masterData/recordSpecs'
import { archivesZh } from '../../renderer/src/i18n/archives.zh-CN'
import { customers } from './customers'

const labels: Record<string, string> = archivesZh.md.customers
const optionLabels: Record<string, Record<string, string>> = archivesZh.options

function cell(field: (typeof customerFields)[number], value: string | boolean): string | Date {
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value === '') return ''
  if (field.kind === 'select') return optionLabels[field.optionSet][value]
  if (field.kind === 'date') return new Date(`${value}T00:00:00Z`)
  return value
}

/** An .xlsx of customers n = from … from + count − 1. */
export async function customerWorkbook(from: number, count: number): Promise<Buffer> {
  const fields = customerFields.filter((f) => f.importable)
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('客户')
  sheet.addRow(['客户导入'])
  sheet.addRow(['带 * 的列为必填'])
  sheet.addRow(fields.map((f) => `${labels[f.key]}${'required' in f && f.required ? '*' : ''}`))
  for (const values of customers(from, count)) sheet.addRow(fields.map((f) => cell(f, values[f.key])))
  return Buffer.from(await book.xlsx.writeBuffer())
}
