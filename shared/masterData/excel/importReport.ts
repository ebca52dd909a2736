/**
 * The Excel import, checked before anything is saved: which row is the
 * header, which columns are which fields, and for every data row its values
 * and what is wrong with it. The caller shows the report, and saves only the
 * rows without problems once the clerk confirms.
 *
 * Pure and synchronous: the lookups it needs (labels, option labels, names of
 * referenced records, keys already in the database) are passed in.
 */
import type { ErrorParams } from '../../errors/appFailure'
import type { DateOrder } from '../archiveSpecs'
import { emptyValues, type FieldSpec, type FieldValue } from '../fieldSpec'
import { type OptionSet, optionSets } from '../optionSets'
import { recordSchema } from '../recordSchema'
import {
  type CellResult,
  parseBoolCell,
  parseDateCell,
  parseIntCell,
  parseMoneyCell,
  parseRateCell,
  toHalfWidth,
} from './cellParsers'

export interface Problem {
  /** The field the problem is about; none for a problem with the whole file. */
  field?: string
  /** i18n key: `import.*` or `validation.*`. */
  messageKey: string
  params?: ErrorParams
}

export interface ImportRow {
  /** 1-based Excel row number. */
  line: number
  /** Every field of the record; blank and non-importable fields hold their empty value. */
  values: Record<string, FieldValue>
  /** At most one per field. */
  problems: Problem[]
}

export interface ImportReport {
  /** 1-based Excel row of the header; 0 when none was found. */
  headerLine: number
  /** Header texts of the columns that are not imported (unknown, or a second column for a field). */
  ignoredColumns: string[]
  /** Problems with the file as a whole; when there are any, no rows are read. */
  fileProblems: Problem[]
  /** The data rows below the header, blank rows left out. */
  rows: ImportRow[]
  okCount: number
  errorCount: number
}

export interface ImportInput {
  /** All fields of the record; only the `importable` ones are read from the sheet. */
  fields: readonly FieldSpec[]
  uniqueKeys: readonly (readonly string[])[]
  dateOrder?: DateOrder
  /** The sheet as trimmed cell text, rows[0] being Excel row 1. */
  rows: string[][]
  /** Header texts accepted for a field; the first is the one named in messages. */
  labels: (key: string) => string[]
  /** Labels accepted for each option value of a set. */
  optionLabels: (set: OptionSet) => Record<string, string[]>
  /** Ids of the records of a table by `normaliseText(name)`. */
  refNames: (table: string) => Map<string, string>
  /** `normaliseKey` of the values of this unique key for every record already saved. */
  existing: (key: readonly string[]) => Set<string>
}

/** How far down the header may be: the template puts a title and a subtitle row above it. */
export const HEADER_SEARCH_ROWS = 10
const KEY_SEPARATOR = '\u0001'

/** A value as compared for duplicates and names: trimmed, half-width, upper case. */
export function normaliseText(value: string): string {
  return toHalfWidth(value).trim().toUpperCase()
}

/** The values of a unique key, normalised and joined: equal keys give equal strings. */
export function normaliseKey(values: readonly string[]): string {
  return values.map(normaliseText).join(KEY_SEPARATOR)
}

/** A header cell without the required marks the template adds: `名称*`, `名称（必填）`. */
export function headerText(cell: string): string {
  return cell
    .trim()
    .replace(/\s*(?:[*＊]|[（(]必填[）)])$/, '')
    .trim()
}

interface Column {
  index: number
  field: FieldSpec
  convert: (text: string) => Converted
}

/** A cell's value, or what is wrong with it. */
type Converted = { ok: true; value: FieldValue } | { ok: false; problem: Problem }

export function buildImportReport(input: ImportInput): ImportReport {
  const { fields, rows } = input
  const importable = fields.filter((f) => f.importable)
  const report: ImportReport = {
    headerLine: 0,
    ignoredColumns: [],
    fileProblems: [],
    rows: [],
    okCount: 0,
    errorCount: 0,
  }

  // Header texts → field; a text two fields accept goes to the first.
  const byLabel = new Map<string, FieldSpec>()
  for (const field of importable) {
    for (const label of input.labels(field.key)) {
      const text = headerText(label)
      if (text !== '' && !byLabel.has(text)) byLabel.set(text, field)
    }
  }

  const needed = Math.min(2, importable.length)
  const headerIndex = findHeader(rows, byLabel, needed)
  if (headerIndex < 0) {
    report.fileProblems.push({ messageKey: 'import.noHeader' })
    return report
  }
  report.headerLine = headerIndex + 1

  const columns: Column[] = []
  const mapped = new Set<string>()
  rows[headerIndex].forEach((cell, index) => {
    const text = headerText(cell)
    if (text === '') return
    const field = byLabel.get(text)
    if (!field || mapped.has(field.key)) {
      report.ignoredColumns.push(cell.trim())
      return
    }
    mapped.add(field.key)
    columns.push({ index, field, convert: converter(field, input) })
  })

  for (const field of importable) {
    if (field.required && !mapped.has(field.key)) {
      const column = input.labels(field.key)[0] ?? field.key
      report.fileProblems.push({ field: field.key, messageKey: 'import.missingColumn', params: { column } })
    }
  }
  if (report.fileProblems.length > 0) return report

  const schema = recordSchema(fields, input.dateOrder)
  const blank = emptyValues(fields)
  const keys = input.uniqueKeys
    .filter((key) => key.length > 0)
    .map((key) => ({ key, existing: input.existing(key), seen: new Map<string, number>() }))

  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r]
    if (columns.every((c) => (cells[c.index] ?? '').trim() === '')) continue
    const line = r + 1
    const values: Record<string, FieldValue> = { ...blank }
    const problems: Problem[] = []
    const hasProblem = new Set<string>()
    const add = (problem: Problem & { field: string }) => {
      if (hasProblem.has(problem.field)) return
      hasProblem.add(problem.field)
      problems.push(problem)
    }

    for (const column of columns) {
      const text = (cells[column.index] ?? '').trim()
      if (text === '') continue
      const result = column.convert(text)
      if (result.ok) values[column.field.key] = result.value
      else add({ ...result.problem, field: column.field.key })
    }

    const parsed = schema.safeParse(values)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0]
        if (typeof field === 'string') add({ field, messageKey: issue.message })
      }
    }

    for (const k of keys) {
      const parts = k.key.map((f) => String(values[f] ?? ''))
      if (parts.some((p) => p.trim() === '')) continue
      const joined = normaliseKey(parts)
      const field = k.key[0]
      const earlier = k.seen.get(joined)
      if (k.existing.has(joined)) {
        add({ field, messageKey: 'import.duplicateInDb' })
      } else if (earlier !== undefined) {
        add({ field, messageKey: 'import.duplicateInFile', params: { line: earlier } })
      } else {
        k.seen.set(joined, line)
      }
    }

    report.rows.push({ line, values, problems })
    if (problems.length === 0) report.okCount++
    else report.errorCount++
  }
  return report
}

/** Index of the first of the top rows naming at least `needed` different fields, or -1. */
function findHeader(rows: string[][], byLabel: Map<string, FieldSpec>, needed: number): number {
  if (needed === 0) return -1
  const last = Math.min(rows.length, HEADER_SEARCH_ROWS)
  for (let r = 0; r < last; r++) {
    const found = new Set<string>()
    for (const cell of rows[r]) {
      const field = byLabel.get(headerText(cell))
      if (field) found.add(field.key)
    }
    if (found.size >= needed) return r
  }
  return -1
}

/**
 * The converter of one column. A converted value is still checked by the
 * record schema afterwards (lengths, ranges, the USCC check character).
 */
function converter(field: FieldSpec, input: ImportInput): Column['convert'] {
  const withValue =
    (parse: (text: string) => CellResult<FieldValue>) =>
    (text: string): Converted => {
      const result = parse(text)
      return result.ok ? result : failed(result.messageKey, text)
    }
  switch (field.kind) {
    case 'money':
      return withValue(parseMoneyCell)
    case 'rate':
      return withValue(parseRateCell)
    case 'int':
      return withValue(parseIntCell)
    case 'bool':
      return withValue(parseBoolCell)
    case 'date':
      return withValue(parseDateCell)
    case 'uscc':
      return (text) => ({ ok: true, value: toHalfWidth(text).trim().toUpperCase() })
    case 'select': {
      const options = optionLookup(field, input)
      return (text) => {
        const value = options.get(normaliseText(text))
        return value !== undefined ? { ok: true, value } : failed('import.unknownOption', text)
      }
    }
    case 'ref': {
      const ids = field.refTable ? input.refNames(field.refTable) : new Map<string, string>()
      return (text) => {
        const id = ids.get(normaliseText(text))
        return id !== undefined ? { ok: true, value: id } : failed('import.unknownRef', text)
      }
    }
    case 'text':
    case 'textarea':
    case 'phone':
    case 'email':
      return (text) => ({ ok: true, value: text })
  }
}

/** A problem naming the cell text, as every conversion problem does. */
function failed(messageKey: string, text: string): Converted {
  return { ok: false, problem: { messageKey, params: { value: text } } }
}

/** An option's value by its value or any of its labels, case- and width-insensitive. */
function optionLookup(field: FieldSpec, input: ImportInput): Map<string, string> {
  const lookup = new Map<string, string>()
  if (!field.optionSet) return lookup
  const values: readonly string[] = optionSets[field.optionSet]
  const labels = input.optionLabels(field.optionSet)
  for (const value of values) lookup.set(normaliseText(value), value)
  for (const value of values) {
    for (const label of labels[value] ?? []) {
      const key = normaliseText(label)
      if (key !== '' && !lookup.has(key)) lookup.set(key, value)
    }
  }
  return lookup
}
