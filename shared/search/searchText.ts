/**
 * What a list search looks through, stored on each archive record as the
 * derived field `search` when it is written: the searchable fields as typed,
 * their pinyin (full and initials), contact names and phone numbers. Lower
 * case; sections separated so a query never matches across two fields. The
 * initials of each pinyin field come last, after SECTION, for the
 * initials-subsequence match (`bjkj` finds 北京智诚科技).
 */
import { pinyinKeys } from './pinyinKeys'

const SEP = '\u0001'
export const INITIALS_SEP = '\u0002'

export interface SearchSource {
  /** Names whose pinyin is searchable (name, short name). */
  named: readonly string[]
  /** Codes, numbers, phones and other fields searched as typed. */
  plain: readonly string[]
}

export function buildSearchText({ named, plain }: SearchSource): string {
  const parts: string[] = []
  const initials: string[] = []
  for (const text of named) {
    const value = text.trim()
    if (!value) continue
    const keys = pinyinKeys(value)
    parts.push(value.toLowerCase(), keys.full, keys.initials)
    initials.push(keys.initials)
  }
  for (const text of plain) {
    const value = text.trim().toLowerCase()
    if (value) parts.push(value)
  }
  return parts.join(SEP) + INITIALS_SEP + initials.join(SEP)
}

/**
 * The search text of a record whose names did not change (so neither did
 * their pinyin, the costly part): `previous`'s name sections and initials
 * kept, the plain sections worked out again from `source`. Null when
 * `previous` does not hold these names' sections; build the text whole then.
 * Equal to buildSearchText(source) whenever `previous` was built from the
 * same names (test/shared/search/searchText.test.ts).
 */
export function withPlainParts(previous: string, { named, plain }: SearchSource): string | null {
  const names = named.map((text) => text.trim()).filter((value) => value !== '')
  if (names.some((value) => value.includes(SEP) || value.includes(INITIALS_SEP))) return null
  // The initials come last and hold no INITIALS_SEP; a plain value might.
  const cut = previous.lastIndexOf(INITIALS_SEP)
  if (cut < 0) return null
  const head = previous.slice(0, cut).split(SEP)
  if (head.length < names.length * 3) return null
  const parts = head.slice(0, names.length * 3)
  if (names.some((value, i) => parts[i * 3] !== value.toLowerCase())) return null
  for (const text of plain) {
    const value = text.trim().toLowerCase()
    if (value) parts.push(value)
  }
  return parts.join(SEP) + previous.slice(cut)
}
