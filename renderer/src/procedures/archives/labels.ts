/** Words for archive fields and values, from the i18n files. */
import type { TFunction } from 'i18next'
import { formatFen } from '@shared/kernel/money'
import type { FieldSpec } from '@shared/masterData/fieldSpec'
import type { OptionSet } from '@shared/masterData/optionSets'

/** `md.<table>.<key>`; a child table's fields live under the child's name. */
export function fieldLabel(t: TFunction, table: string, key: string): string {
  return t(`md.${table}.${key}`)
}

export function optionLabel(t: TFunction, set: OptionSet, value: string): string {
  return value === '' ? '' : t(`options.${set}.${value}`)
}

/** Basis points as a percentage: 1300 → "13%", 650 → "6.5%". */
export function formatRate(bp: number): string {
  return `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`
}

/** How a value reads in a list cell or a child table. */
export function cellText(
  t: TFunction,
  field: FieldSpec,
  value: unknown,
  refName: (table: string, id: string) => string = () => '',
): string {
  if (value === undefined || value === null || value === '') return ''
  switch (field.kind) {
    case 'money':
      return formatFen(Number(value))
    case 'rate':
      return formatRate(Number(value))
    case 'bool':
      return value ? t('common.yes') : t('common.no')
    case 'select':
      return field.optionSet ? optionLabel(t, field.optionSet, String(value)) : String(value)
    case 'ref':
      return field.refTable ? refName(field.refTable, String(value)) : ''
    default:
      return String(value)
  }
}
