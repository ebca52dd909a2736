/**
 * Calendar-day arithmetic on YYYY-MM-DD days: contracts count payment terms
 * in calendar days (合同签订后7日内) and months (质保期12个月), unlike the
 * department's own deadlines, which shared/kernel/workdays.ts counts in
 * Chinese working days. Day numbers come from Date.UTC, so neither the
 * machine's zone nor summer time can move a day.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** Days in month `m` (1–12) of year `y`, leap years included. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

function parts(date: string): [number, number, number] | null {
  const match = DAY.exec(date)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? [y, m, d] : null
}

/** A real day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: string | null | undefined): value is string {
  return typeof value === 'string' && parts(value) !== null
}

function dayNumber(date: string, fn: string): number {
  const p = parts(date)
  if (!p) throw new RangeError(`${fn}: expected a real date as YYYY-MM-DD, got ${JSON.stringify(date)}`)
  return Date.UTC(p[0], p[1] - 1, p[2]) / MS_PER_DAY
}

function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

/** `date` moved by `n` calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`)
  return fromDayNumber(dayNumber(date, 'addDays') + n)
}

/** Calendar days from `from` to `to`: 1 from one day to the next, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to, 'daysBetween') - dayNumber(from, 'daysBetween')
}

/**
 * `date` moved by `months`, on the same day of the month or, when that
 * month is shorter, its last day: 2026-01-31 + 1 → 2026-02-28, 2028-02-29 +
 * 12 → 2029-02-28. This is how a period counted in months ends
 * (民法典第二百零三条：到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日).
 */
export function addMonths(date: string, months: number): string {
  const p = parts(date)
  if (!p) throw new RangeError(`addMonths: expected a real date as YYYY-MM-DD, got ${JSON.stringify(date)}`)
  if (!Number.isSafeInteger(months)) throw new RangeError(`addMonths: months must be an integer`)
  const index = p[0] * 12 + (p[1] - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  const d = Math.min(p[2], daysInMonth(y, m))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
