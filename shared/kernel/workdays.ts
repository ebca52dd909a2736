/**
 * Mainland China working days: Monday–Friday, minus statutory holidays, plus
 * the weekend make-up days (调休补班) announced by the State Council each year.
 * Holiday data comes from `chinese-days`; for years it has no data for, only
 * weekends are days off — update the package when a new schedule is published.
 *
 * Dates are ISO `YYYY-MM-DD` strings, a calendar day with no time zone. Day
 * arithmetic is done on a day count, never on Date, so DST and the machine's
 * zone cannot shift a day.
 *
 * We read the package's published JSON rather than call its isWorkday(): its
 * functions build their own holiday table at load time by parsing dates as UTC
 * and reading them back in local time, so on a machine west of Greenwich every
 * holiday moves one day earlier. The JSON is plain data keyed by ISO date.
 * Node's ESM loader needs the `with { type: 'json' }` attribute, and a bundler
 * that leaves chinese-days external drops it: if the Electron main process ever
 * imports this module, chinese-days must be bundled there, not externalized.
 */
import calendarData from 'chinese-days/dist/chinese-days.json' with { type: 'json' }

const calendar: { holidays: Record<string, string>; workdays: Record<string, string> } = calendarData

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

interface Ymd {
  y: number
  m: number
  d: number
}

function parseIso(date: string, fn: string): Ymd {
  const match = ISO_DATE.exec(date)
  if (match !== null) {
    const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) }
    if (ymd.y >= 1 && ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= daysInMonth(ymd.y, ymd.m))
      return ymd
  }
  throw new RangeError(`${fn}: expected a real date as YYYY-MM-DD, got ${JSON.stringify(date)}`)
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function fromDayNumber(z: number): Ymd {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d }
}

const LAST_DAY = toDayNumber({ y: 9999, m: 12, d: 31 })

function isoKey({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function formatYmd(ymd: Ymd, fn: string): string {
  if (ymd.y > 9999) throw new RangeError(`${fn}: result is past year 9999`)
  return isoKey(ymd)
}

function isWorkdayYmd(ymd: Ymd): boolean {
  const key = isoKey(ymd)
  if (Object.hasOwn(calendar.workdays, key)) return true
  if (Object.hasOwn(calendar.holidays, key)) return false
  // 1970-01-01 (day 0) was a Thursday; (day + 4) mod 7 gives 0 = Sunday … 6 = Saturday.
  const weekday = (((toDayNumber(ymd) + 4) % 7) + 7) % 7
  return weekday >= 1 && weekday <= 5
}

/** True on a working day, including a weekend make-up day (补班). */
export function isWorkday(date: string): boolean {
  return isWorkdayYmd(parseIso(date, 'isWorkday'))
}

/** First day number at or after `day` that is a working day. */
function firstWorkdayFrom(day: number): number {
  let d = day
  while (!isWorkdayYmd(fromDayNumber(d))) d++
  return d
}

/**
 * The n-th working day strictly after `date` (n ≥ 1), e.g. "within one working
 * day" deadlines. n = 0 means "the deadline falls on `date` itself": `date` if
 * it is a working day, else the next working day (same as nextWorkdayOnOrAfter).
 */
export function addWorkdays(date: string, n: number): string {
  const start = toDayNumber(parseIso(date, 'addWorkdays'))
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`addWorkdays: n must be a non-negative integer, got ${n}`)
  }
  let day = firstWorkdayFrom(start)
  // The first working day after `start` counts as 1, unless `start` itself was
  // already a working day, in which case it counts as 0.
  let count = day === start ? 0 : 1
  while (count < n) {
    day = firstWorkdayFrom(day + 1)
    count++
    // Guard against an absurd n looping past the representable calendar.
    if (day > LAST_DAY) throw new RangeError('addWorkdays: result is past year 9999')
  }
  return formatYmd(fromDayNumber(day), 'addWorkdays')
}

/** `date` if it is a working day, otherwise the first working day after it. */
export function nextWorkdayOnOrAfter(date: string): string {
  const start = toDayNumber(parseIso(date, 'nextWorkdayOnOrAfter'))
  return formatYmd(fromDayNumber(firstWorkdayFrom(start)), 'nextWorkdayOnOrAfter')
}

/**
 * The calendar day `now` falls on in the machine's zone. Domain code takes
 * time as an argument (CONVENTIONS.md §5); this is where a Date becomes a day.
 */
export function todayIso(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIso: invalid Date')
  const y = now.getFullYear()
  if (y < 1 || y > 9999) throw new RangeError(`todayIso: year ${y} is outside 0001..9999`)
  return formatYmd({ y, m: now.getMonth() + 1, d: now.getDate() }, 'todayIso')
}
