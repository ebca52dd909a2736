/**
 * 往来账月结 (DOMAIN.md §7): which month is due, when it may be signed off,
 * and that a signed-off month refuses money dated in it.
 */
import { describe, expect, it } from 'vitest'
import type { Role } from '@shared/auth/roles'
import type { MachineContext } from '@shared/procedures/kit/machine'
import { settingDefaults } from '@shared/settings/settingKeys'
import { type MonthCloseFacts, monthCloseMachine } from '@shared/procedures/collections/machines/monthClose'
import {
  closeWindowOpens,
  closedMonthProblems,
  closedMonths,
  dueMonthCloses,
  lastWorkdayOf,
  monthCloseProblems,
} from '@shared/procedures/collections/monthClose'

const ctx = (roles: Role[], now: string): MachineContext => ({
  actor: { userId: 'u', name: '王出纳', roles },
  now: new Date(now),
  settings: settingDefaults,
})

describe('closed months', () => {
  const closes = [
    { month: '2026-08', step: 'signedOff' as const },
    { month: '2026-09', step: 'toSignOff' as const },
    { month: '2026-07', step: 'signedOff' as const, deletedAt: '2026-08-05T00:00:00Z' },
  ]

  it('are the months finance signed off', () => {
    expect(closedMonths(closes)).toEqual(new Set(['2026-08']))
  })

  it('refuse a money record dated in them, at its date field', () => {
    const closed = closedMonths(closes)
    expect(closedMonthProblems('receivedOn', '2026-08-31', closed)).toEqual([
      { field: 'receivedOn', messageKey: 'collectionsValidation.monthClosed', params: { month: '2026-08' } },
    ])
    expect(closedMonthProblems('receivedOn', '2026-09-01', closed)).toEqual([])
    expect(closedMonthProblems('receivedOn', '', closed)).toEqual([])
  })
})

describe('when a month is closed', () => {
  it.each([
    ['2026-01', '2026-01-30', '31 January 2026 is a Saturday'],
    ['2026-02', '2026-02-28', 'the make-up Saturday after the Spring Festival is a working day'],
    ['2026-05', '2026-05-29', 'a Sunday month end'],
    ['2028-02', '2028-02-29', 'a leap year'],
    ['2026-09', '2026-09-30', 'an ordinary Wednesday'],
  ])('%s is closed from %s (%s)', (month, day) => {
    expect(lastWorkdayOf(month)).toBe(day)
  })

  it('is shown from the last week of the month, and last month’s until signed off', () => {
    expect(closeWindowOpens('2026-02')).toBe('2026-02-22')
    const used = new Set(['2026-09', '2026-10'])
    expect(dueMonthCloses('2026-10-08', [], used)).toEqual([
      { month: '2026-09', due: '2026-09-30', step: 'open' },
    ])
    expect(dueMonthCloses('2026-10-25', [{ month: '2026-09', step: 'toSignOff' }], used)).toEqual([
      { month: '2026-09', due: '2026-09-30', step: 'toSignOff' },
      { month: '2026-10', due: '2026-10-31', step: 'open' },
    ])
    expect(dueMonthCloses('2026-10-08', [{ month: '2026-09', step: 'signedOff' }], used)).toEqual([])
  })

  it('is not due for a month the accounts were not used in, unless a close was begun', () => {
    expect(dueMonthCloses('2026-10-08', [], new Set())).toEqual([])
    expect(dueMonthCloses('2026-10-08', [{ month: '2026-09', step: 'open' }], new Set())).toHaveLength(1)
  })
})

describe('monthCloseProblems', () => {
  const close = { month: '2026-09', receivablesFen: 1_000_000, payablesFen: 0 }

  it('refuses before the month’s last working day and figures that are not whole fen', () => {
    expect(monthCloseProblems({ ...close, payablesFen: -1 }, '2026-09-29')).toEqual([
      { field: 'month', messageKey: 'collectionsValidation.monthNotEnded', params: { from: '2026-09-30' } },
      { field: 'payablesFen', messageKey: 'collectionsValidation.monthFigure' },
    ])
    expect(monthCloseProblems(close, '2026-09-30')).toEqual([])
  })

  it('refuses the sign-off while receipts dated in the month wait for finance', () => {
    const receipts = [
      { receivedOn: '2026-09-30', step: 'pending' as const },
      { receivedOn: '2026-09-12', step: 'returned' as const },
      { receivedOn: '2026-09-12', step: 'confirmed' as const },
      { receivedOn: '2026-10-08', step: 'pending' as const },
      { receivedOn: '2026-09-01', step: 'pending' as const, deletedAt: '2026-09-02T00:00:00Z' },
    ]
    expect(monthCloseProblems(close, '2026-10-08', receipts)).toEqual([
      { field: 'month', messageKey: 'collectionsValidation.receiptsWaiting', params: { count: 2 } },
    ])
  })
})

describe('month close machine', () => {
  const facts = (over: Partial<MonthCloseFacts> = {}): MonthCloseFacts => ({
    step: 'toSignOff',
    month: '2026-09',
    receivablesFen: 1_000_000,
    payablesFen: 200_000,
    receipts: [],
    ...over,
  })
  const finance = ctx(['finance'], '2026-10-08T02:00:00Z')

  it('is submitted by the clerk at month end and signed off by finance alone', () => {
    const clerk = {
      ...ctx(['clerk'], '2026-09-30T02:00:00Z'),
      actor: { userId: 'c', name: '张内勤', roles: ['clerk'] as Role[] },
    }
    expect(monthCloseMachine.transition(facts({ step: 'open' }), 'submit', {}, clerk)).toEqual({
      ok: true,
      to: 'toSignOff',
      patch: { preparedBy: '张内勤', preparedOn: '2026-09-30', step: 'toSignOff' },
    })
    expect(monthCloseMachine.transition(facts(), 'signOff', {}, clerk)).toMatchObject({
      ok: false,
      refusal: { kind: 'forbidden', roles: ['finance'] },
    })
    expect(monthCloseMachine.transition(facts(), 'signOff', {}, finance)).toEqual({
      ok: true,
      to: 'signedOff',
      patch: { comment: '', signedOffBy: '王出纳', signedOffOn: '2026-10-08', step: 'signedOff' },
    })
  })

  it('is reopened by finance only, saying why', () => {
    const signed = facts({ step: 'signedOff' })
    expect(monthCloseMachine.transition(signed, 'reopen', { comment: '' }, finance)).toMatchObject({
      ok: false,
    })
    expect(monthCloseMachine.transition(signed, 'reopen', { comment: '补登9月30日到账' }, finance)).toEqual({
      ok: true,
      to: 'open',
      patch: { comment: '补登9月30日到账', signedOffBy: '', signedOffOn: '', step: 'open' },
    })
  })
})
