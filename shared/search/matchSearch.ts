/**
 * The per-keystroke part of search: no pinyin work here, only string scans
 * over texts built by buildSearchText. A query is split on spaces; every
 * token must match. Scores rank results: 3 starts a field, 2 inside a field,
 * 1 only as a subsequence of a name's initials anchored at its first letter
 * (`bjkj` → 北京智诚科技, initials `bjzckj`).
 */
import { INITIALS_SEP } from './searchText'

export interface SearchEntry {
  /** Everything before INITIALS_SEP, lower case. */
  text: string
  /** Initials of each pinyin field. */
  initials: readonly string[]
}

export function toSearchEntry(search: string): SearchEntry {
  const at = search.indexOf(INITIALS_SEP)
  if (at < 0) return { text: `\u0001${search}`, initials: [] }
  const rest = search.slice(at + 1)
  return { text: `\u0001${search.slice(0, at)}`, initials: rest ? rest.split('\u0001') : [] }
}

export function parseQuery(query: string): string[] {
  return query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== '')
}

const LETTERS = /^[a-z]+$/

function isAnchoredSubsequence(token: string, initials: string): boolean {
  if (initials[0] !== token[0]) return false
  let i = 1
  for (let j = 1; j < initials.length && i < token.length; j++) if (initials[j] === token[i]) i++
  return i === token.length
}

function tokenScore(entry: SearchEntry, token: string): number {
  const at = entry.text.indexOf(token)
  if (at >= 0) {
    // The first hit may be inside a field while a later field starts with the token.
    return entry.text.charCodeAt(at - 1) === 1 || entry.text.includes(`\u0001${token}`, at) ? 3 : 2
  }
  if (token.length >= 2 && LETTERS.test(token)) {
    for (const initials of entry.initials) if (isAnchoredSubsequence(token, initials)) return 1
  }
  return 0
}

/** 0 = no match; otherwise the weakest token's score. */
export function matchScore(entry: SearchEntry, tokens: readonly string[]): number {
  let score = 3
  for (const token of tokens) {
    const s = tokenScore(entry, token)
    if (s === 0) return 0
    if (s < score) score = s
  }
  return score
}

/**
 * Indexes of the matching entries, best score first, keeping the given order
 * within a score (the list's current sort). Linear: no sort of the results.
 */
export function searchIndexes(
  entries: readonly SearchEntry[],
  order: readonly number[],
  query: string,
): number[] {
  const tokens = parseQuery(query)
  if (tokens.length === 0) return [...order]
  const tiers: number[][] = [[], [], []]
  for (const i of order) {
    const s = matchScore(entries[i], tokens)
    if (s > 0) tiers[3 - s].push(i)
  }
  return tiers[0].concat(tiers[1], tiers[2])
}
