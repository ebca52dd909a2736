/**
 * The small pieces of text every printed document repeats: Chinese numerals
 * for clause numbers, dates as 2025年3月18日, percentages and amounts. Pure
 * and locale-free, so the same record always prints the same words.
 */
import { formatFen } from '../kernel/money'

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (clause numbers: 第十一条). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`chineseNumeral: ${n}`)
  if (n < 10) return DIGITS[n]
  // 十一 not 一十一: a leading 一 is dropped before 十 when nothing larger precedes it.
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '')
  const units = ['千', '百', '十', '']
  const digits = String(n).padStart(4, '0')
  let out = ''
  let zero = false
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i])
    if (d === 0) {
      zero = out !== ''
      continue
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS[d] + units[i]
  }
  return out
}

/** 第一条 … 第十一条 */
export function articleNumber(n: number): string {
  return `第${chineseNumeral(n)}条`
}

/** （一）（二）: items inside an article. */
export function itemNumber(n: number): string {
  return `（${chineseNumeral(n)}）`
}

/** YYYY-MM-DD → 2025年3月18日; '' (not yet known) → the blank a hand fills in. */
export function dateText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  if (!m) return '　　　　年　　月　　日'
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** YYYY-MM → 2025年3月 */
export function monthText(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month)
  return m ? `${m[1]}年${Number(m[2])}月` : month
}

/** Basis points → 30%, 12.5%, 0.05% (no float: integer division of the bp). */
export function percentText(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const frac = String(Math.abs(bp % 100))
    .padStart(2, '0')
    .replace(/0+$/, '')
  return `${whole}${frac ? '.' + frac : ''}%`
}

/** A discount in basis points as Chinese shops write it: 1000 → 9折, 1250 → 8.75折, 0 → —. */
export function discountText(bp: number): string {
  if (bp <= 0) return '—'
  const rest = 10_000 - bp
  const whole = Math.trunc(rest / 1000)
  const frac = String(rest % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '')
  return `${whole}${frac ? '.' + frac : ''}折`
}

/** Yuan with grouping and two decimals, no symbol: the figure in a table cell. */
export function yuanCell(fen: number): string {
  return formatFen(fen).replace('¥', '')
}

/** Signed difference: +¥1,200.00 / -¥300.00 / ¥0.00. */
export function signedFen(fen: number): string {
  return fen > 0 ? `+${formatFen(fen)}` : formatFen(fen)
}

/*
 * Joining what a user typed into the sentences of a document. A clerk ends a
 * reason with 。, types a half-width , or ; on a Latin keyboard layout, or
 * leaves a trailing ； from a list: glued into a template as it is, that
 * prints 「…1 套。，双方经友好协商…」. These make the punctuation single and
 * full-width, and leave figures (1,200.00 · 10:30 · 0.5S) as they are.
 */

const HAN = /\p{Script=Han}/u
/** What may end a typed text and is dropped before the template goes on. */
const TRAILING = /[\s。．.；;，,、：:]+$/u
/** A text already ends a sentence: 。！？…, possibly inside closing quotes or brackets. */
const ENDED = /[。！？…][”’」』）》]*$/u
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' }

/**
 * Half-width , ; : ! ? next to a Chinese character become full-width; one
 * between two digits (1,200 · 10:30) or inside Latin text (DTZ-341, A/B) stays.
 */
export function fullWidthPunctuation(text: string): string {
  const chars = Array.from(text)
  return chars
    .map((char, i) => {
      const full = FULL[char]
      if (!full) return char
      return HAN.test(neighbour(chars, i, -1)) || HAN.test(neighbour(chars, i, 1)) ? full : char
    })
    .join('')
    .replace(/([，；：！？]) +/gu, '$1')
}

/** The nearest character before (-1) or after (1) index `i` that is not a space. */
function neighbour(chars: readonly string[], i: number, step: -1 | 1): string {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) if (chars[j] !== ' ') return chars[j]
  return ''
}

/**
 * A typed text to stand inside a template sentence (因…，双方…; …支付):
 * trimmed, full-width, with no punctuation left at its end.
 */
export function clauseText(text: string): string {
  return fullWidthPunctuation(text.trim()).replace(TRAILING, '')
}

/**
 * A typed text as one whole sentence: as clauseText, then exactly one 。
 * (none when it already ends with ！ or ？); '' stays ''.
 */
export function sentence(text: string): string {
  const bare = clauseText(text)
  if (!bare) return ''
  return ENDED.test(bare) ? bare : `${bare}。`
}

/**
 * Parts of one sentence joined with ， (or `separator`) and closed with one
 * 。: each part loses its own end punctuation first, empty parts drop out.
 */
export function joinClauses(parts: readonly string[], separator = '，'): string {
  return sentence(parts.map(clauseText).filter(Boolean).join(separator))
}
