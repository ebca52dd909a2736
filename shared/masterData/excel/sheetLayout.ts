/**
 * How a field looks as a spreadsheet column, shared by the import template
 * and the list exports so both lay out a record the same way.
 */
import type { CellFormat, CellValue } from '../../spreadsheet/sheetModel'
import { emptyValue, type FieldKind, type FieldSpec } from '../fieldSpec'
import { isIsoDate } from '../recordSchema'

const FIXED_WIDTH: Partial<Record<FieldKind, number>> = {
  textarea: 30,
  uscc: 22,
  money: 14,
  rate: 10,
  date: 12,
  bool: 8,
}

/** Characters a label takes on screen: CJK and full-width count two. */
function displayWidth(text: string): number {
  let width = 0
  for (const ch of text)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
        ? 2
        : 1
  return width
}

/** Column width in characters: fixed by kind, or wide enough for the header (at least 12). */
export function columnWidth(field: FieldSpec, label: string): number {
  return FIXED_WIDTH[field.kind] ?? Math.max(12, displayWidth(label) + 4)
}

export function cellFormat(kind: FieldKind): CellFormat {
  switch (kind) {
    case 'money':
      return 'money'
    case 'rate':
      return 'percent'
    case 'int':
      return 'int'
    case 'date':
      return 'date'
    case 'bool':
      return 'bool'
    default:
      return 'text'
  }
}

/**
 * A stored value as a cell of the field's format, or null (an empty cell).
 * Values that do not fit the format become empty rather than making the
 * spreadsheet writer refuse the whole sheet; a missing bool is its default.
 */
export function cellValue(field: FieldSpec, value: unknown): CellValue {
  switch (cellFormat(field.kind)) {
    case 'money':
    case 'percent':
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : null
    case 'bool':
      if (typeof value === 'boolean') return value
      return value === undefined || value === null ? (emptyValue(field) as boolean) : null
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? value : null
    case 'text':
      if (typeof value === 'string') return value === '' ? null : value
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : null
  }
}

/** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(text: string): string {
  const name = text
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31)
    .trim()
  return name === '' ? 'Sheet1' : name
}
