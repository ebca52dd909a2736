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
