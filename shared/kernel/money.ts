/**
 * Money is integer fen everywhere (CONVENTIONS.md §6). This module is the one
 * place that turns fen into text and text into fen; nothing here touches a
 * float, so 0.1 + 0.2 style errors cannot enter an amount.
 */

export type ParseYuanError = 'empty' | 'invalid' | 'tooManyDecimals' | 'negative' | 'tooLarge'
export type ParseYuanResult = { ok: true; fen: number } | { ok: false; error: ParseYuanError }

function assertFen(fen: number, fn: string): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${fn}: fen must be a safe integer, got ${fen}`)
}

/** Splits |fen| into a grouped yuan string and a 2-digit fraction, using integer arithmetic only. */
function yuanParts(fen: number): { sign: string; yuan: string; frac: string } {
  const abs = Math.abs(fen)
  return {
    sign: fen < 0 ? '-' : '',
    // (abs - abs % 100) / 100 is exact; Math.floor(abs / 100) can round up near 2^53.
    yuan: String((abs - (abs % 100)) / 100),
    frac: String(abs % 100).padStart(2, '0'),
  }
}

/** `¥1,234.56`, `-¥1,234.56`, `¥0.00` — for display on screens and documents. */
export function formatFen(fen: number): string {
  assertFen(fen, 'formatFen')
  const { sign, yuan, frac } = yuanParts(fen)
  // Regex grouping instead of toLocaleString: output must not depend on the OS locale.
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}¥${grouped}.${frac}`
}

/** `1234.56` with no symbol or grouping — the value an input field is prefilled with. */
export function yuanText(fen: number): string {
  assertFen(fen, 'yuanText')
  const { sign, yuan, frac } = yuanParts(fen)
  return `${sign}${yuan}.${frac}`
}

// Chinese IMEs produce full-width digits and punctuation; fold them to ASCII first.
const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '−': '-', '￥': '¥' }
function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，－−￥]/g, (ch) => {
    const code = ch.charCodeAt(0)
    return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 0x30) : FULL_WIDTH[ch]
  })
}

// Commas must be real thousands separators: "1,23" is more likely a mistyped
// decimal comma than 123 yuan, so it is rejected rather than guessed.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/

/**
 * Parses what a clerk types into an amount field. Accepts an optional ¥/￥ with
 * spaces after it, full-width digits and ．，, thousands commas, `.5` and `5.`.
 * Extra decimals are accepted only when they are zeros (`1.500` from a
 * spreadsheet is exact); anything that would need rounding is refused.
 */
export function parseYuan(text: string): ParseYuanResult {
  let s = toHalfWidth(text).trim()
  if (s === '') return { ok: false, error: 'empty' }
  // A minus may stand before or after the currency sign: "-¥12" and "¥-12".
  let negative = false
  if (s.startsWith('-')) {
    negative = true
    s = s.slice(1).trimStart()
  }
  if (s.startsWith('¥')) s = s.slice(1).trimStart()
  if (!negative && s.startsWith('-')) {
    negative = true
    s = s.slice(1).trimStart()
  }
  const m = AMOUNT.exec(s)
  if (m === null) return { ok: false, error: 'invalid' }
  const intDigits = m[1].replace(/,/g, '')
  const fracDigits = (m[2] ?? '').replace(/0+$/, '')
  if (intDigits === '' && fracDigits === '' && !/\d/.test(s)) return { ok: false, error: 'invalid' }
  // The sign is the more basic mistake, so it is reported before the decimals.
  if (negative) return { ok: false, error: 'negative' }
  if (fracDigits.length > 2) return { ok: false, error: 'tooManyDecimals' }
  const fen = BigInt(intDigits === '' ? '0' : intDigits) * 100n + BigInt(fracDigits.padEnd(2, '0'))
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: 'tooLarge' }
  return { ok: true, fen: Number(fen) }
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const SMALL_UNITS = ['仟', '佰', '拾', '']

/** 1..9999 → 大写; inner zero runs collapse to one 零, trailing zeros write nothing. */
function groupWords(n: number): string {
  const digits = String(n).padStart(4, '0')
  let out = ''
  let pendingZero = false
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i])
    if (d === 0) {
      pendingZero = out !== ''
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    // 制度：《正确填写票据和结算凭证的基本规定》"壹拾"的"壹"字不得省略
    out += DIGITS[d] + SMALL_UNITS[i]
  }
  return out
}

/**
 * Positive integer yuan → 大写 without 元. Splits at 亿 (1e8) then 万 (1e4). A
 * lower part gets one 零 when its leading digit is zero (e.g. 拾万零壹佰, 亿零壹仟).
 * Above 1e12 the 亿 multiplier itself has a 万 part, giving 壹万亿 / 玖拾万零柒佰壹拾玖亿.
 */
function integerWords(n: number): string {
  const splits: Array<[number, string]> = [
    [1e8, '亿'],
    [1e4, '万'],
  ]
  for (const [base, unit] of splits) {
    if (n >= base) {
      const lo = n % base
      const hi = (n - lo) / base
      let out = integerWords(hi) + unit
      if (lo > 0) out += (lo < base / 10 ? '零' : '') + integerWords(lo)
      return out
    }
  }
  return groupWords(n)
}

/**
 * 人民币大写金额 for printed contracts and vouchers, per 《正确填写票据和结算
 * 凭证的基本规定》 and 《会计基础工作规范》第52条: no 人民币 prefix, 元 not 圆,
 * 整 after 元 or 角 but never after 分. Where the rules allow 零 to be written or
 * omitted (元位 is 0 with 角 non-zero), we always write it so the text cannot be
 * extended.
 */
export function amountInWords(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new RangeError(`amountInWords: fen must be a non-negative safe integer, got ${fen}`)
  }
  const yuan = (fen - (fen % 100)) / 100
  const jiao = ((fen % 100) - (fen % 10)) / 10
  const fenDigit = fen % 10
  if (fen === 0) return '零元整'

  let out = ''
  if (yuan > 0) out += integerWords(yuan) + '元'
  if (jiao === 0 && fenDigit === 0) return out + '整'
  // Under one yuan there is nothing before 角/分 to separate, so no 零 is written.
  if (yuan > 0 && (jiao === 0 || yuan % 10 === 0)) out += '零'
  if (jiao > 0) out += DIGITS[jiao] + '角'
  if (fenDigit > 0) return out + DIGITS[fenDigit] + '分'
  return out + '整'
}
