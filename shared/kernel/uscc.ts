/**
 * 统一社会信用代码 (unified social credit code) check character, GB 32100-2015.
 * 18 characters from a 31-symbol alphabet that leaves out I O Z S V; the last
 * is a mod-31 check over the first 17, which catches every single-character
 * typo a clerk can make when copying a code from a business licence.
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * The check character for the first 17 characters, or null if they are not 17
 * characters of the alphabet. Lowercase is rejected: the standard and every
 * licence print uppercase, and stored codes must compare equal as strings.
 */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i])
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  return CHARSET[(31 - (sum % 31)) % 31]
}

/** True when `code` is 18 uppercase characters whose last one is the correct check character. */
export function isValidUscc(code: string): boolean {
  if (code.length !== 18) return false
  const check = usccCheckChar(code.slice(0, 17))
  return check !== null && check === code[17]
}
