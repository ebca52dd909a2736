/**
 * A list as an Excel sheet: the columns asked for, in order, with values in
 * real Excel types (money as fen for the writer to turn into yuan, rates in
 * basis points, true dates, yes/no) and options and references by name, so
 * the file reads well and imports back unchanged.
 */
import type { CellValue, SheetModel } from '../../spreadsheet/sheetModel'
import type { FieldSpec } from '../fieldSpec'
import type { OptionSet } from '../optionSets'
import { cellFormat, cellValue, columnWidth, sheetName } from './sheetLayout'

export interface ExportInput {
  /** The columns, in order. */
  fields: readonly FieldSpec[]
  rows: readonly Record<string, unknown>[]
  title: string
  subtitle: string
  sheetName: string
  label: (key: string) => string
  optionLabel: (set: OptionSet, value: string) => string
  refName: (table: string, id: string) => string
}

export function exportSheet(input: ExportInput): SheetModel {
  const { fields } = input
  return {
    name: sheetName(input.sheetName),
    title: input.title,
    subtitle: input.subtitle,
    columns: fields.map((field) => {
      const label = input.label(field.key)
      return { header: label, width: columnWidth(field, label), format: cellFormat(field.kind) }
    }),
    rows: input.rows.map((row) => fields.map((field) => exportCell(field, row[field.key], input))),
  }
}

function exportCell(field: FieldSpec, value: unknown, input: ExportInput): CellValue {
  if (field.kind === 'select') {
    if (typeof value !== 'string' || value === '') return null
    return field.optionSet ? input.optionLabel(field.optionSet, value) : value
  }
  if (field.kind === 'ref') {
    if (typeof value !== 'string' || value === '') return null
    return field.refTable ? input.refName(field.refTable, value) : value
  }
  return cellValue(field, value)
}
