/**
 * 每日回款核对 (DOMAIN.md §4): one check per Chinese working day — none on
 * National Day or the Spring Festival, one on their make-up working days.
 */
import { describe, expect, it } from 'vitest'
import {
  LOOK_BACK_DAYS,
  checkProblems,
  checkedDays,
  missedCheckDays,
  todayCheckDue,
  workdaysBetween,
} from '@shared/procedures/collections/dailyCheck'

describe('workdaysBetween', () => {
  it('skips National Day 2026 and keeps its make-up days (09-20 Sunday, 10-10 Saturday)', () => {
    expect(workdaysBetween('2026-09-18', '2026-10-12')).toEqual([
      '2026-09-18',
      '2026-09-20',
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
      '2026-09-24',
      '2026-09-28',
      '2026-09-29',
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
      '2026-10-12',
    ])
  })

  it('skips the Spring Festival 2026 and keeps 02-14 and 02-28', () => {
    expect(workdaysBetween('2026-02-13', '2026-02-28')).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ])
  })
})

describe('missedCheckDays', () => {
  it('lists the working days before today with no check, from the first check on', () => {
    const checked = new Set(['2026-09-29', '2026-10-08'])
    expect(missedCheckDays('2026-09-29', '2026-10-10', checked)).toEqual(['2026-09-30', '2026-10-09'])
  })

  it('owes nothing over a holiday: the day after National Day has nothing missed', () => {
    expect(missedCheckDays('2026-09-30', '2026-10-08', new Set(['2026-09-30']))).toEqual([])
  })

  it('does not look back further than a quarter, nor before the first check', () => {
    const missed = missedCheckDays('2020-01-02', '2026-10-09', new Set())
    expect(missed[0] >= '2026-07-09').toBe(true)
    expect(missed.length).toBeLessThan(LOOK_BACK_DAYS)
    expect(missed[missed.length - 1]).toBe('2026-10-08')
    expect(missedCheckDays('2026-10-09', '2026-10-09', new Set())).toEqual([])
    expect(missedCheckDays('', '2026-10-09', new Set())).toEqual([])
  })
})

describe('todayCheckDue', () => {
  it('is due on a working day (a make-up Saturday too) until recorded, never on a holiday', () => {
    expect(todayCheckDue('2026-10-10', new Set())).toBe(true)
    expect(todayCheckDue('2026-10-10', new Set(['2026-10-10']))).toBe(false)
    expect(todayCheckDue('2026-10-05', new Set())).toBe(false)
    expect(todayCheckDue('2026-10-11', new Set())).toBe(false)
  })

  it('reads the days from the live check rows', () => {
    expect(
      checkedDays([{ day: '2026-10-09' }, { day: '2026-10-08', deletedAt: '2026-10-09T00:00:00Z' }]),
    ).toEqual(new Set(['2026-10-09']))
  })
})

describe('checkProblems', () => {
  const check = { day: '2026-10-09', clerk: '张内勤', finance: '王出纳', differenceFen: 0, note: '' }

  it('accepts a check that agrees', () => {
    expect(checkProblems(check, '2026-10-09')).toEqual([])
  })

  it('asks who checked with whom, and what is done about a difference', () => {
    expect(checkProblems({ ...check, finance: '', differenceFen: -12_345 }, '2026-10-09')).toEqual([
      { field: 'finance', messageKey: 'validation.required' },
      {
        field: 'note',
        messageKey: 'collectionsValidation.differenceNote',
        params: { difference: '-¥123.45' },
      },
    ])
    expect(checkProblems({ ...check, differenceFen: 0.5 }, '2026-10-09')).toEqual([
      { field: 'differenceFen', messageKey: 'collectionsValidation.difference' },
    ])
    expect(checkProblems({ ...check, day: '2026-10-10' }, '2026-10-09')[0].field).toBe('day')
  })
})
