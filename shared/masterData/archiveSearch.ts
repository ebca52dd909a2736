/** Which of an archive record's values feed its search text. */
import { buildSearchText } from '../search/searchText'
import type { ArchiveSpec } from './archiveSpecs'

export interface ContactLike {
  name: string
  mobile: string
  phone: string
}

export function archiveSearchText(
  spec: Pick<ArchiveSpec, 'pinyinFields' | 'searchFields'>,
  values: Readonly<Record<string, unknown>>,
  contacts: readonly ContactLike[] = [],
): string {
  const text = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '')
  return buildSearchText({
    named: [...spec.pinyinFields.map(text), ...contacts.map((c) => c.name)],
    plain: [...spec.searchFields.map(text), ...contacts.flatMap((c) => [c.mobile, c.phone])],
  })
}

/**
 * A customer the 目标客户 check must look at: its last contact date ('' sorts
 * first: never contacted), or undefined for everyone else. Records without
 * the value are left out of the IndexedDB index, so the dashboard reads only
 * target customers instead of the whole table.
 */
export function followUpOn(values: Readonly<Record<string, unknown>>): string | undefined {
  if (values.isTarget !== true || values.stage === 'won' || values.stage === 'lost') return undefined
  return typeof values.lastContactOn === 'string' ? values.lastContactOn : ''
}

/** Every derived (bookkeeping) field of an archive record. */
export function derivedArchiveFields(
  table: string,
  spec: Pick<ArchiveSpec, 'pinyinFields' | 'searchFields'>,
  values: Readonly<Record<string, unknown>>,
  contacts: readonly ContactLike[] = [],
): { search: string; followUpOn?: string } {
  const search = archiveSearchText(spec, values, contacts)
  return table === 'customers' ? { search, followUpOn: followUpOn(values) } : { search }
}
