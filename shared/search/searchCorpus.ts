/**
 * A list's search texts laid end to end in the list's order, so a keystroke
 * is a few `indexOf` runs over one flat string instead of 100,000 small
 * strings visited in pinyin order (scattered in memory: 4× slower at 100,000
 * customers). Same results as `searchIndexes(entries, order, query)`.
 *
 * The initials rule (`bjkj` → 北京智诚科技) is a regular expression over the
 * rows' initials, also laid end to end.
 */
import { parseQuery } from './matchSearch'
import { INITIALS_SEP } from './searchText'

const FIELD = '\u0001'
/** Ends a row in the laid-out texts; never inside a search text. */
const ROW_END = '\u0003'
const LETTERS = /^[a-z]+$/
/** Stands for a non-ASCII character in the one-byte copy; a control character, so never in a token. */
const WIDE = 0x04
/** How many past queries' results a corpus keeps (each at most one number per row). */
const RECENT_QUERIES = 16

interface Laid {
  text: string
  /** Row k is text[starts[k], starts[k + 1]). */
  starts: Int32Array
}

function layOut(parts: string[]): Laid {
  const starts = new Int32Array(parts.length + 1)
  let at = 0
  for (let k = 0; k < parts.length; k++) {
    starts[k] = at
    at += parts[k].length + 1
  }
  starts[parts.length] = at
  // One join, so the text is one flat string: `join() + ROW_END` would be a
  // rope that the first search flattens (100 ms at 100,000 rows).
  parts.push('')
  return { text: parts.join(ROW_END), starts }
}

/**
 * Scores the rows where `token` occurs: 3 where it starts a field, else 2;
 * returns how many rows it scored.
 * Two forward-only scans: one visit per row that holds the token, and a
 * lazily advanced scan for the next field-start occurrence, so a token found
 * in every row (`y` in every 有限公司) costs no more than one that is rare.
 */
function markToken(laid: Laid, token: string, scores: Uint8Array): number {
  const { text, starts } = laid
  const atFieldStart = FIELD + token
  /** The next field-start occurrence at or after the current row (past the end: none). */
  let fieldAt = -1
  let row = 0
  let found = 0
  let at = text.indexOf(token)
  while (at >= 0) {
    while (starts[row + 1] <= at) row++
    const end = starts[row + 1]
    found++
    if (text.charCodeAt(at - 1) === 1) scores[row] = 3
    else {
      if (fieldAt < at && fieldAt !== text.length) {
        const next = text.indexOf(atFieldStart, at)
        fieldAt = next < 0 ? text.length : next
      }
      scores[row] = fieldAt < end ? 3 : 2
    }
    at = text.indexOf(token, end)
  }
  return found
}

function markInitials(laid: Laid, token: string, scores: Uint8Array): void {
  // Anchored at a name's first letter; the other letters in order, within that name.
  const gap = `[^${FIELD}${ROW_END}]*?`
  const pattern = new RegExp(FIELD + token.split('').join(gap), 'g')
  const { text, starts } = laid
  let row = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    while (starts[row + 1] <= m.index) row++
    if (scores[row] === 0) scores[row] = 1
    pattern.lastIndex = starts[row + 1]
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false
  return true
}

/**
 * The same text with each non-ASCII character replaced by WIDE, as a
 * one-byte string (TextDecoder builds it so; String.replace would keep two
 * bytes a character). Offsets stay the same.
 */
function oneByteCopy(text: string): string {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    bytes[i] = c < 0x80 ? c : WIDE
  }
  return new TextDecoder('latin1').decode(bytes)
}

function isAscii(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) >= 0x80) return false
  return true
}

function hasControlChar(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) < 0x20) return true
  return false
}

export class SearchCorpus {
  readonly size: number
  private readonly order: readonly number[]
  private readonly texts: Laid
  /** `texts` with every non-ASCII character as WIDE: one byte a character, searched faster by ASCII tokens. */
  private readonly ascii: Laid
  private readonly initials: Laid
  /** The last result: handed out again when a keystroke does not change it (`you` → `youx`). */
  private last: readonly number[]
  /**
   * Results of the last few queries, newest last. Backspace returns to
   * queries just typed (`bjkj` → `bjk` → `bj` → `b`) and each new search
   * starts with one letter again; those need no scan the second time.
   */
  private readonly recent = new Map<string, readonly number[]>()

  /**
   * `searchTexts` are the records' stored search texts (buildSearchText);
   * `order` lists which to search (indexes into them) in the order results keep.
   */
  constructor(searchTexts: readonly string[], order: readonly number[]) {
    this.order = order
    this.size = order.length
    const texts: string[] = new Array(order.length)
    const initials: string[] = new Array(order.length)
    for (let k = 0; k < order.length; k++) {
      const search = searchTexts[order[k]]
      const at = search.indexOf(INITIALS_SEP)
      // As toSearchEntry: a text without initials is all text.
      texts[k] = FIELD + (at < 0 ? search : search.slice(0, at))
      initials[k] = at < 0 ? '' : FIELD + search.slice(at + 1)
    }
    this.texts = layOut(texts)
    this.ascii = { text: oneByteCopy(this.texts.text), starts: this.texts.starts }
    this.initials = layOut(initials)
    this.last = [...order]
  }

  /**
   * Entry indexes that match, best score first, in list order within a
   * score. The same array as last time when the result is unchanged, so
   * what is derived from it can be kept.
   */
  search(query: string): readonly number[] {
    const key = parseQuery(query).join(' ')
    let found = this.recent.get(key)
    if (found) this.recent.delete(key)
    else found = this.find(key)
    if (!sameNumbers(found, this.last)) this.last = found
    this.recent.set(key, this.last)
    if (this.recent.size > RECENT_QUERIES) this.recent.delete(this.recent.keys().next().value as string)
    return this.last
  }

  private find(query: string): number[] {
    const tokens = parseQuery(query)
    if (tokens.length === 0) return [...this.order]
    let combined: Uint8Array | null = null
    for (const token of tokens) {
      const scores = this.tokenScores(token)
      if (combined === null) combined = scores
      else for (let k = 0; k < this.size; k++) if (scores[k] < combined[k]) combined[k] = scores[k]
    }
    // Count per score, then fill one array of the right length: no growing arrays to collect.
    const scores = combined as Uint8Array
    const counts = [0, 0, 0, 0]
    for (let k = 0; k < this.size; k++) counts[scores[k]]++
    const next = [0, counts[3] + counts[2], counts[3], 0]
    const found = new Array<number>(counts[1] + counts[2] + counts[3])
    for (let k = 0; k < this.size; k++) {
      const s = scores[k]
      if (s > 0) found[next[s]++] = this.order[k]
    }
    return found
  }

  /** Per row: 3 starts a field, 2 inside a field, 1 initials only, 0 no match. */
  private tokenScores(token: string): Uint8Array {
    const scores = new Uint8Array(this.size)
    // A control character never occurs in a search text but would meet the separators here.
    if (hasControlChar(token)) return scores
    const found = markToken(isAscii(token) ? this.ascii : this.texts, token, scores)
    // Initials can only add rows the text did not match (`you` is in every 有限公司: none left).
    if (found < this.size && token.length >= 2 && LETTERS.test(token))
      markInitials(this.initials, token, scores)
    return scores
  }
}
