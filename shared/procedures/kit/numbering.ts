/**
 * Business numbers from a pattern (`HT-{yyyy}{MM}-{seq:4}`, `CG-…`, `FY-…`),
 * for every procedure's numbered series. PCs number offline and sync later
 * (SYNC.md "Business numbers"), so each PC numbers from its own range: PC k
 * uses the block k × RANGE + 1 … (k + 1) × RANGE of each month's sequence,
 * and `{pc}` may also print the PC's prefix. Two PCs never hand out the
 * same number.
 */

/** Numbers one PC may use in one period (month) before the block runs out. */
export const RANGE = 1000

const TOKEN = /\{(yyyy|yy|MM|dd|pc|seq(?::(\d))?)\}/g

export type PatternProblem = 'noSeq' | 'unknownToken' | 'tooLong'

/** What is wrong with a pattern, or null. `{seq}` must appear; braces must be known tokens. */
export function patternProblem(pattern: string): PatternProblem | null {
  if (pattern.length > 40) return 'tooLong'
  const stripped = pattern.replace(TOKEN, '')
  if (stripped.includes('{') || stripped.includes('}')) return 'unknownToken'
  if (!/\{seq(?::\d)?\}/.test(pattern)) return 'noSeq'
  return null
}

export interface NumberInput {
  /** The record's date, YYYY-MM-DD (its month picks the sequence). */
  date: string
  /** This PC's block: 0 for the first PC, 1 for the second… */
  pcIndex: number
  /** This PC's short prefix for `{pc}` (e.g. A, B). */
  pcPrefix: string
  /** How many numbers this PC has used this month so far. */
  usedThisMonth: number
}

/** The period a sequence restarts in: the month of the record's date. */
export function numberPeriod(date: string): string {
  return date.slice(0, 7)
}

export function formatNumber(pattern: string, input: NumberInput): string {
  if (patternProblem(pattern)) throw new RangeError(`bad number pattern: ${pattern}`)
  if (input.usedThisMonth >= RANGE)
    throw new RangeError('this PC has used its block of numbers for the month')
  const seq = input.pcIndex * RANGE + input.usedThisMonth + 1
  const [yyyy, MM, dd] = input.date.split('-')
  return pattern.replace(TOKEN, (_, token: string, width?: string) => {
    if (token === 'yyyy') return yyyy
    if (token === 'yy') return yyyy.slice(2)
    if (token === 'MM') return MM
    if (token === 'dd') return dd
    if (token === 'pc') return input.pcPrefix
    return String(seq).padStart(Number(width ?? 1), '0')
  })
}
