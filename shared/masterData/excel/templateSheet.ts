/**
 * The Excel import template of an archive: a title row, a subtitle row (how
 * to fill it in), then one column per importable field, required ones marked
 * with `*`; optionally one example row. The import finds the header below
 * the title and subtitle and strips the `*` again.
 */
import type { SheetModel } from '../../spreadsheet/sheetModel'
import type { FieldSpec, FieldValue } from '../fieldSpec'
import { cellFormat, cellValue, columnWidth, sheetName } from './sheetLayout'

export interface TemplateInput {
  fields: readonly FieldSpec[]
  title: string
  subtitle: string
  /** The primary header text of a field (the first the import accepts). */
  label: (key: string) => string
  /** Written as given: selects should hold an option label, refs a name. */
  exampleRow?: Record<string, FieldValue>
  /** Defaults to the title, shortened to what Excel allows. */
  sheetName?: string
}

export function templateSheet(input: TemplateInput): SheetModel {
  const fields = input.fields.filter((f) => f.importable)
  return {
    name: sheetName(input.sheetName ?? input.title),
    title: input.title,
    subtitle: input.subtitle,
    columns: fields.map((field) => {
      const label = input.label(field.key)
      return {
        header: field.required ? `${label}*` : label,
        width: columnWidth(field, label),
        format: cellFormat(field.kind),
      }
    }),
    rows: input.exampleRow ? [fields.map((field) => exampleCell(field, input.exampleRow?.[field.key]))] : [],
  }
}

function exampleCell(field: FieldSpec, value: FieldValue | undefined) {
  // Select labels and ref names are text whatever the field stores.
  if (field.kind === 'select' || field.kind === 'ref')
    return typeof value === 'string' && value !== '' ? value : null
  return value === undefined ? null : cellValue(field, value)
}
