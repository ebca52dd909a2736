/**
 * When a payment milestone falls due (DOMAIN.md §4 按照合同流程催款): from
 * the real date of its trigger, in calendar days and months, across month
 * ends, leap years and Chinese holidays.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, isDay } from '@shared/kernel/days'
import {
  type ContractEvents,
  type MilestoneTerms,
  lastDayToPay,
  milestoneDueOn,
  triggerProblems,
  triggerRuleText,
  warrantyEndsOn,
} from '@shared/procedures/contracts/milestoneTriggers'

const events = (over: Partial<ContractEvents> = {}): ContractEvents => ({
  signedOn: '',
  deliveredOn: '',
  acceptedOn: '',
  warrantyEndsOn: '',
  ...over,
})
const terms = (trigger: MilestoneTerms['trigger'], triggerDays = 0, fixedOn = ''): MilestoneTerms => ({
  trigger,
  triggerDays,
  fixedOn,
})

describe('calendar days', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
  ])('%s %+d day → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
  })

  it('counts the days between two days, leap day included', () => {
    expect(daysBetween('2028-01-31', '2028-03-01')).toBe(30)
    expect(daysBetween('2027-01-31', '2027-03-01')).toBe(29)
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30)
  })

  it('moves back by what it moved forward, whatever the day', () => {
    const day = fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 11, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n)
        expect(addDays(addDays(d, n), -n)).toBe(d)
      }),
    )
  })

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s + %d months → %s (the month end when the day is missing)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })

  it('knows a real day from a string that only looks like one', () => {
    expect(isDay('2028-02-29')).toBe(true)
    expect(isDay('2026-02-29')).toBe(false)
    expect(isDay('2026-13-01')).toBe(false)
    expect(isDay('')).toBe(false)
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
  })
})

describe('milestoneDueOn', () => {
  it('counts N calendar days after signing, the signing day not counted', () => {
    expect(milestoneDueOn(terms('signed', 7), events({ signedOn: '2026-01-25' }))).toBe('2026-02-01')
  })

  it('runs through a holiday: contracts count calendar days (日), not working days', () => {
    // Delivered 2026-09-30; 到货后 7 日 lands in National Day (10-01..10-07).
    expect(milestoneDueOn(terms('delivered', 7), events({ deliveredOn: '2026-09-30' }))).toBe('2026-10-07')
    // Accepted on the eve of the Spring Festival 2026 (02-15..02-23).
    expect(milestoneDueOn(terms('accepted', 30), events({ acceptedOn: '2026-02-14' }))).toBe('2026-03-16')
  })

  it('crosses month ends and the leap day', () => {
    expect(milestoneDueOn(terms('accepted', 30), events({ acceptedOn: '2028-01-31' }))).toBe('2028-03-01')
    expect(milestoneDueOn(terms('accepted', 30), events({ acceptedOn: '2027-01-31' }))).toBe('2027-03-02')
    expect(milestoneDueOn(terms('signed', 0), events({ signedOn: '2026-12-31' }))).toBe('2026-12-31')
  })

  it('is not due at all while its event has not happened', () => {
    expect(milestoneDueOn(terms('delivered', 30), events({ signedOn: '2026-09-01' }))).toBe('')
    expect(milestoneDueOn(terms('warrantyEnd', 15), events({ acceptedOn: '2026-09-01' }))).toBe('')
    expect(milestoneDueOn(terms(''), events({ signedOn: '2026-09-01' }))).toBe('')
  })

  it('takes the fixed date as agreed, whatever happened', () => {
    expect(milestoneDueOn(terms('fixed', 99, '2026-12-31'), events())).toBe('2026-12-31')
    expect(milestoneDueOn(terms('fixed', 0, ''), events({ signedOn: '2026-01-01' }))).toBe('')
  })

  it('pays the retention 15 days after a 12-month warranty from acceptance on a leap day', () => {
    const end = warrantyEndsOn('2028-02-29', 12)
    expect(end).toBe('2029-02-28')
    expect(milestoneDueOn(terms('warrantyEnd', 15), events({ warrantyEndsOn: end }))).toBe('2029-03-15')
    expect(warrantyEndsOn('2026-03-15', 12)).toBe('2027-03-15')
    expect(warrantyEndsOn('', 12)).toBe('')
  })
})

describe('lastDayToPay', () => {
  it('moves a due day off a holiday to the next working day (民法典第二百零三条)', () => {
    expect(lastDayToPay('2026-10-03')).toBe('2026-10-08')
    expect(lastDayToPay('2026-02-16')).toBe('2026-02-24')
    expect(lastDayToPay('2026-11-28')).toBe('2026-11-30')
  })

  it('keeps a working day, a make-up Saturday included', () => {
    expect(lastDayToPay('2026-10-10')).toBe('2026-10-10')
    expect(lastDayToPay('2026-10-09')).toBe('2026-10-09')
    expect(lastDayToPay('')).toBe('')
  })
})

describe('triggerProblems and triggerRuleText', () => {
  it('asks for the trigger, a sensible number of days, and a fixed date when fixed', () => {
    expect(triggerProblems(terms('signed', 7))).toEqual([])
    expect(triggerProblems(terms(''), 'milestones.0.')).toEqual([
      { field: 'milestones.0.trigger', messageKey: 'validation.required' },
    ])
    expect(triggerProblems(terms('delivered', -1))).toEqual([
      { field: 'triggerDays', messageKey: 'validation.contract.triggerDays', params: { max: 3650 } },
    ])
    expect(triggerProblems(terms('delivered', 1.5))[0].field).toBe('triggerDays')
    expect(triggerProblems(terms('fixed', 0, '2026-02-30'))).toEqual([
      { field: 'fixedOn', messageKey: 'validation.required' },
    ])
  })

  it('prints the terms in the contract’s words', () => {
    expect(triggerRuleText(terms('signed', 7))).toBe('合同签订后7日内')
    expect(triggerRuleText(terms('warrantyEnd', 15))).toBe('质保期满后15日内')
    expect(triggerRuleText(terms('delivered', 0))).toBe('货到签收后当日')
    expect(triggerRuleText(terms('fixed', 0, '2026-12-31'))).toBe('2026年12月31日前')
    expect(triggerRuleText(terms(''))).toBe('')
  })
})
