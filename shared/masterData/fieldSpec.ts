/**
 * Archives (档案) are described, not hand-coded: each record type is a list of
 * field specs from which the form, the list columns, the validation, the Excel
 * template, the import and the export are all built. A field's label is the
 * i18n key `md.<table>.<key>`; an option's label is `options.<set>.<value>`.
 */
import type { OptionSet } from './optionSets'

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'uscc'
  | 'phone'
  | 'email'
  | 'money'
  | 'rate'
  | 'int'
  | 'date'
  | 'select'
  | 'bool'
  | 'ref'

export interface FieldSpec {
  key: string
  kind: FieldKind
  required?: boolean
  /** select: the option values and their labels. */
  optionSet?: OptionSet
  /** ref: the table whose records are offered (by name). */
  refTable?: string
  maxLength?: number
  /** Shown as a list column of this width in px. */
  column?: number
  /** A filter above the list (select and bool fields). */
  filter?: boolean
  /** Part of the Excel template and import. */
  importable?: boolean
  /** Form section: i18n key `md.sections.<section>`. */
  section?: string
  /** Shown and validated only when this bool field is true (e.g. target-customer facts). */
  when?: string
  /** Child fields shown only under these parent tables (designers only under institutes). */
  onlyFor?: readonly string[]
  /** Default for a new record. */
  initial?: FieldValue
}

export type FieldValue = string | number | boolean

type ValueOf<K extends FieldKind> = K extends 'money' | 'rate' | 'int'
  ? number
  : K extends 'bool'
    ? boolean
    : string

/** The record fields a spec list describes, typed: `{ name: string; listPriceFen: number; … }`. */
export type FieldsOf<F extends readonly FieldSpec[]> = {
  [E in F[number] as E['key']]: ValueOf<E['kind']>
}

/** Empty value of a kind: what a new form starts with and a blank Excel cell means. */
export function emptyValue(field: FieldSpec): FieldValue {
  if (field.initial !== undefined) return field.initial
  switch (field.kind) {
    case 'money':
    case 'rate':
    case 'int':
      return 0
    case 'bool':
      return false
    default:
      return ''
  }
}

export function emptyValues(fields: readonly FieldSpec[]): Record<string, FieldValue> {
  return Object.fromEntries(fields.map((f) => [f.key, emptyValue(f)]))
}
