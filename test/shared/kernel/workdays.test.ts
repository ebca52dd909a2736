import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { addWorkdays, isWorkday, nextWorkdayOnOrAfter, todayIso } from '../../../shared/kernel/workdays'

// Expected values come from chinese-days 1.5.7 data for 2026 (dist/years/2026.json),
// which follows the State Council's 2026 holiday notice.

/** Next calendar day computed independently of the module, via UTC Date arithmetic. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

const dateIn2004to2026 = fc
  .integer({ min: Date.UTC(2004, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10))

const ORIGINAL_TZ = process.env.TZ
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ
  else process.env.TZ = ORIGINAL_TZ
})

const BAD_DATES = [
  '',
  '2026-2-14',
  '2026-02-1',
  '20260214',
  ' 2026-02-14',
  '2026-02-14 ',
  '2026-02-14T00:00',
  '2026/02/14',
  '2026-02-30',
  '2025-02-29',
  '1900-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-04-31',
  '0000-01-01',
  '２０２６-02-14',
]

describe('isWorkday', () => {
  it.each(['2026-01-01', '2026-01-02', '2026-01-03'])('is false on %s when it is the 元旦 holiday', (d) => {
    expect(isWorkday(d)).toBe(false)
  })

  it.each(['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'])(
    'is false on %s when it is in the 春节 holiday',
    (d) => {
      expect(isWorkday(d)).toBe(false)
    },
  )

  it.each(['2026-10-01', '2026-10-05', '2026-10-07', '2026-05-01', '2026-05-05', '2026-04-06', '2026-06-19'])(
    'is false on %s when it is a weekday inside a statutory holiday',
    (d) => {
      expect(isWorkday(d)).toBe(false)
    },
  )

  it.each([
    ['2026-01-04', 'Sunday'],
    ['2026-02-14', 'Saturday'],
    ['2026-02-28', 'Saturday'],
    ['2026-05-09', 'Saturday'],
    ['2026-09-20', 'Sunday'],
    ['2026-10-10', 'Saturday'],
  ])('is true on %s when that %s is a 调休 make-up workday', (d) => {
    expect(isWorkday(d)).toBe(true)
  })

  it.each(['2026-02-13', '2026-02-24', '2026-10-08', '2026-10-09', '2026-11-26', '2024-02-29'])(
    'is true on %s when it is an ordinary weekday',
    (d) => {
      expect(isWorkday(d)).toBe(true)
    },
  )

  it.each(['2026-03-07', '2026-03-08', '2026-10-11', '2099-01-03'])(
    'is false on %s when it is an ordinary weekend',
    (d) => {
      expect(isWorkday(d)).toBe(false)
    },
  )

  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'gives the same answers when the machine zone is %s',
    (tz) => {
      process.env.TZ = tz
      expect(isWorkday('2026-02-14')).toBe(true)
      expect(isWorkday('2026-02-15')).toBe(false)
      expect(isWorkday('2026-02-13')).toBe(true)
      expect(isWorkday('2026-10-10')).toBe(true)
      expect(isWorkday('2026-10-11')).toBe(false)
      expect(addWorkdays('2026-09-30', 3)).toBe('2026-10-10')
    },
  )

  it('keeps holidays on their dates when the module is loaded west of Greenwich', async () => {
    // chinese-days' own functions shift every holiday a day earlier in such zones.
    process.env.TZ = 'America/Los_Angeles'
    vi.resetModules()
    const fresh = await import('../../../shared/kernel/workdays')
    expect(fresh.isWorkday('2026-02-14')).toBe(true)
    expect(fresh.isWorkday('2026-02-15')).toBe(false)
    expect(fresh.isWorkday('2026-02-23')).toBe(false)
    expect(fresh.isWorkday('2026-02-24')).toBe(true)
  })

  it.each(BAD_DATES)('throws a RangeError when the date is %j', (d) => {
    expect(() => isWorkday(d)).toThrow(RangeError)
  })
})

describe('addWorkdays', () => {
  it.each([
    ['2026-02-12', 1, '2026-02-13'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-02-15', 1, '2026-02-24'],
    ['2026-02-24', 4, '2026-02-28'],
    ['2025-12-31', 1, '2026-01-04'],
    ['2026-09-19', 1, '2026-09-20'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-04-30', 1, '2026-05-06'],
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-03-07', 1, '2026-03-09'],
  ])('from %s adds %i working days to reach %s when holidays intervene', (d, n, expected) => {
    expect(addWorkdays(d, n)).toBe(expected)
  })

  it.each([
    ['2026-02-13', '2026-02-13'],
    ['2026-02-14', '2026-02-14'],
    ['2026-02-15', '2026-02-24'],
    ['2026-10-01', '2026-10-08'],
  ])('returns %s itself or the next workday when n is 0', (d, expected) => {
    expect(addWorkdays(d, 0)).toBe(expected)
  })

  it('counts a working year when n is large', () => {
    // 2026: 261 weekdays − 19 holidays falling on weekdays + 6 make-up days = 248 working days.
    expect(addWorkdays('2025-12-31', 248)).toBe('2026-12-31')
    expect(addWorkdays('2025-12-31', 247)).toBe('2026-12-30')
  })

  it.each([-1, 1.5, NaN, Infinity])('throws a RangeError when n is %s', (n) => {
    expect(() => addWorkdays('2026-02-13', n)).toThrow(RangeError)
  })

  it.each(BAD_DATES)('throws a RangeError when the date is %j', (d) => {
    expect(() => addWorkdays(d, 1)).toThrow(RangeError)
  })

  it('throws a RangeError when the result would pass year 9999', () => {
    expect(() => addWorkdays('9999-12-31', 1)).toThrow(RangeError)
  })

  it('lands on the first workday after the date when n is 1', () => {
    fc.assert(
      fc.property(dateIn2004to2026, (d) => {
        const result = addWorkdays(d, 1)
        expect(isWorkday(result)).toBe(true)
        for (let day = nextDay(d); day !== result; day = nextDay(day)) expect(isWorkday(day)).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('composes when adding a then b working days', () => {
    fc.assert(
      fc.property(
        dateIn2004to2026,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (d, a, b) => {
          expect(addWorkdays(addWorkdays(d, a), b)).toBe(addWorkdays(d, a + b))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('nextWorkdayOnOrAfter', () => {
  it.each([
    ['2026-02-13', '2026-02-13'],
    ['2026-02-14', '2026-02-14'],
    ['2026-02-15', '2026-02-24'],
    ['2026-02-23', '2026-02-24'],
    ['2026-10-01', '2026-10-08'],
    ['2026-03-07', '2026-03-09'],
    ['2026-01-01', '2026-01-04'],
  ])('moves %s to %s', (d, expected) => {
    expect(nextWorkdayOnOrAfter(d)).toBe(expected)
  })

  it('matches addWorkdays(date, 0) when the date is any day', () => {
    fc.assert(
      fc.property(dateIn2004to2026, (d) => {
        expect(nextWorkdayOnOrAfter(d)).toBe(addWorkdays(d, 0))
      }),
      { numRuns: 300 },
    )
  })

  it.each(BAD_DATES)('throws a RangeError when the date is %j', (d) => {
    expect(() => nextWorkdayOnOrAfter(d)).toThrow(RangeError)
  })
})

describe('todayIso', () => {
  it('reads the local calendar day when the time is near midnight', () => {
    expect(todayIso(new Date(2026, 1, 14, 0, 0, 0))).toBe('2026-02-14')
    expect(todayIso(new Date(2026, 1, 14, 23, 59, 59, 999))).toBe('2026-02-14')
    expect(todayIso(new Date(2026, 11, 31, 12))).toBe('2026-12-31')
  })

  it('uses the machine zone when UTC is on a different day', () => {
    const instant = new Date('2026-02-13T20:00:00Z')
    process.env.TZ = 'Asia/Shanghai'
    expect(todayIso(instant)).toBe('2026-02-14')
    process.env.TZ = 'UTC'
    expect(todayIso(instant)).toBe('2026-02-13')
  })

  it('pads the year when it has fewer than four digits', () => {
    const d = new Date(2000, 0, 5, 12)
    d.setFullYear(42)
    expect(todayIso(d)).toBe('0042-01-05')
  })

  it('throws a RangeError when the Date is invalid', () => {
    expect(() => todayIso(new Date(NaN))).toThrow(RangeError)
  })
})
