/**
 * Excel cell text → field values, for the import. Cells arrive as the text a
 * clerk sees (numbers as JS number text, dates as YYYY-MM-DD, booleans as
 * true/false), but a hand-made sheet may hold anything a clerk types: full-width
 * digits from a Chinese IME, ¥ and thousands separators, 13% or 0.13, 是/否,
 * 2026年1月31日. Nothing here touches a float: amounts and rates are parsed
 * as decimal digits, so an import can never round a price.
 */
import { parseYuan } from '../../kernel/money'
import { isIsoDate } from '../recordSchema'

/** A converted cell, or the i18n key of what is wrong with it. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; messageKey: string }

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value })
const bad = (messageKey: string): CellResult<never> => ({ ok: false, messageKey })

/**
 * Full-width ASCII (U+FF01–FF5E: ０-９, Ａ-Ｚ, （）, ％, ．…) and the ideographic
 * space → their half-width forms. Other characters (汉字, ¥, ×) are kept.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => {
    const code = ch.charCodeAt(0)
    return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0)
  })
}

/**
 * 元 in fen. Accepts what parseYuan accepts (¥/￥, full-width digits, thousands
 * commas, extra zero decimals such as 1.500) plus a trailing 元. Negative
 * amounts, misplaced commas and anything needing rounding are refused.
 */
export function parseMoneyCell(text: string): CellResult<number> {
  const s = toHalfWidth(text)
    .trim()
    .replace(/\s*元$/, '')
  const parsed = parseYuan(s)
  return parsed.ok ? ok(parsed.fen) : bad('import.badMoney')
}

const DECIMAL = /^(\d*)(?:\.(\d*))?$/

/**
 * A tax rate in basis points: `13%`, `13.5%` and `13` are percent; a number
 * not above 1 without `%` is a fraction (`0.13`, which is also how Excel
 * stores a percent-formatted cell). More precision than a whole basis point
 * is refused rather than rounded.
 */
export function parseRateCell(text: string): CellResult<number> {
  let s = toHalfWidth(text).trim()
  const percent = s.endsWith('%')
  if (percent) s = s.slice(0, -1).trimEnd()
  const m = DECIMAL.exec(s)
  if (m === null || !/\d/.test(s)) return bad('import.badRate')
  const intDigits = m[1].replace(/^0+(?=\d)/, '')
  const fracDigits = (m[2] ?? '').replace(/0+$/, '')
  if (intDigits.length > 6) return bad('import.badRate')
  const whole = intDigits === '' ? 0 : Number(intDigits)
  // Basis points per unit of the number as written.
  const fraction = !percent && (whole === 0 || (whole === 1 && fracDigits === ''))
  const scaleDigits = fraction ? 4 : 2
  if (fracDigits.length > scaleDigits) return bad('import.badRate')
  return ok(whole * 10 ** scaleDigits + Number(fracDigits.padEnd(scaleDigits, '0') || '0'))
}

const INT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$/

/** A whole number ≥ 0: `12`, `1,200`, `１２`, and `12.0` as Excel may show it. */
export function parseIntCell(text: string): CellResult<number> {
  const m = INT.exec(toHalfWidth(text).trim())
  if (m === null) return bad('import.badInt')
  const n = Number(m[1].replace(/,/g, ''))
  return Number.isSafeInteger(n) ? ok(n) : bad('import.badInt')
}

const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔'])
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗', '✘'])

/** 是/否, Y/N, yes/no, true/false, 1/0, √/× (any case, full-width or not). */
export function parseBoolCell(text: string): CellResult<boolean> {
  const s = toHalfWidth(text).trim().toUpperCase()
  if (TRUE_WORDS.has(s)) return ok(true)
  if (FALSE_WORDS.has(s)) return ok(false)
  return bad('import.badBool')
}

const DATE_FORMS = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/,
  /^(\d{4})()\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/,
  /^(\d{4})()(\d{2})(\d{2})$/,
]
// A date-time's time part is dropped: the field holds a day.
const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/

/** 2026-01-31, 2026/1/31, 2026.1.31, 2026年1月31日, 20260131 → '2026-01-31'; only real calendar days. */
export function parseDateCell(text: string): CellResult<string> {
  const s = toHalfWidth(text).trim().replace(TIME_SUFFIX, '')
  for (const form of DATE_FORMS) {
    const m = form.exec(s)
    if (m === null) continue
    const iso = `${m[1]}-${m[3].padStart(2, '0')}-${m[4].padStart(2, '0')}`
    return isIsoDate(iso) ? ok(iso) : bad('validation.date')
  }
  return bad('validation.date')
}
