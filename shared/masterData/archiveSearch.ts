/** Which of an archive record's values feed its search text. */
import { type SearchSource, buildSearchText, withPlainParts } from '../search/searchText'
import type { ArchiveSpec } from './archiveSpecs'

export interface ContactLike {
  name: string
  mobile: string
  phone: string
}

function archiveSearchSource(
  spec: Pick<ArchiveSpec, 'pinyinFields' | 'searchFields'>,
  values: Readonly<Record<string, unknown>>,
  contacts: readonly ContactLike[],
): SearchSource {
  const text = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '')
  return {
    named: [...spec.pinyinFields.map(text), ...contacts.map((c) => c.name)],
    plain: [...spec.searchFields.map(text), ...contacts.flatMap((c) => [c.mobile, c.phone])],
  }
}

export function archiveSearchText(
  spec: Pick<ArchiveSpec, 'pinyinFields' | 'searchFields'>,
  values: Readonly<Record<string, unknown>>,
  contacts: readonly ContactLike[] = [],
): string {
  return buildSearchText(archiveSearchSource(spec, values, contacts))
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

/**
 * Every derived (bookkeeping) field of an archive record. `sameNames`: the
 * record's stored search text, when none of its names (its pinyin fields and
 * contacts' names) changed since it was built — only its plain sections are
 * worked out again, not the pinyin.
 */
export function derivedArchiveFields(
  table: string,
  spec: Pick<ArchiveSpec, 'pinyinFields' | 'searchFields'>,
  values: Readonly<Record<string, unknown>>,
  contacts: readonly ContactLike[] = [],
  sameNames?: string,
): { search: string; followUpOn?: string } {
  const source = archiveSearchSource(spec, values, contacts)
  const search = (sameNames !== undefined && withPlainParts(sameNames, source)) || buildSearchText(source)
  return table === 'customers' ? { search, followUpOn: followUpOn(values) } : { search }
}
