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
