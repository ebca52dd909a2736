/**
 * The collections checks on the 工作台, as pure functions of the rows they
 * read, with fixed dates across National Day 2026 and the half-year ends.
 */
import { describe, expect, it } from 'vitest'
import type {
  DeadlineContext,
  DeadlineRule,
  DueFact,
  DueList,
  QueriedRows,
} from '@shared/procedures/kit/deadlines'
import {
  answerDeadline,
  billHandoverDeadline,
  collectionsDeadlines,
  confirmDeadline,
  dailyCheckDeadline,
  monthCloseDeadline,
  statementsDeadline,
} from '@shared/procedures/collections/deadlines'

const ctx = (today: string): DeadlineContext => ({ today, actor: { userId: 'U', roles: ['clerk'] } })
const run = (rule: DeadlineRule, today: string, rows: Record<string, unknown[]>) =>
  rule.due(rows as unknown as QueriedRows, ctx(today))
const facts = (r: DueFact[] | DueList): DueFact[] => (Array.isArray(r) ? r : r.facts)

const receipt = (over: Record<string, unknown> = {}) => ({
  id: 'R1',
  number: 'SK-202610-0001',
  customerId: 'K1',
  amountFen: 1_234_500,
  method: 'bankBill',
  receivedOn: '2026-10-03',
  step: 'pending',
  ...over,
})

describe('collections deadlines', () => {
  it('have distinct ids', () => {
    const ids = collectionsDeadlines.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('put pending receipts on finance’s 工作台, due today', () => {
    expect(confirmDeadline.read(ctx('2026-10-09'))).toEqual({
      pending: { table: 'receipts', index: 'step', equals: 'pending', limit: 21, count: true },
    })
    expect(run(confirmDeadline, '2026-10-09', { pending: [receipt()] })).toEqual({
      total: 1,
      facts: [
        {
          id: 'collections.confirm.R1',
          due: '2026-10-09',
          owners: ['finance'],
          titleKey: 'collectionsDue.confirm',
          params: { number: 'SK-202610-0001', amount: '¥12,345.00', receivedOn: '2026-10-03' },
          names: { customer: { table: 'customers', id: 'K1' } },
          at: { table: 'receipts', id: 'R1' },
        },
      ],
    })
  })

  it('makes a bill that arrived during National Day due at finance on the first working day after', () => {
    const due = facts(run(billHandoverDeadline, '2026-10-09', { waiting: [receipt()] }))
    expect(due).toMatchObject([
      { due: '2026-10-08', owners: ['clerk', 'commerceManager'], params: { method: 'bankBill' } },
    ])
  })

  it('lists the working days missed as one line, and today’s check as another', () => {
    const rows = { earliest: [{ day: '2026-09-28' }], recent: [{ day: '2026-09-28' }, { day: '2026-09-29' }] }
    expect(facts(run(dailyCheckDeadline, '2026-10-09', rows))).toEqual([
      expect.objectContaining({
        id: 'collections.dailyCheck.missed',
        due: '2026-09-30',
        params: { count: 2, from: '2026-09-30', to: '2026-10-08' },
      }),
      expect.objectContaining({ id: 'collections.dailyCheck.today', due: '2026-10-09' }),
    ])
    // During the holiday nothing is owed for the day itself.
    expect(
      facts(run(dailyCheckDeadline, '2026-10-04', { earliest: [], recent: [], firstReceipt: [receipt()] })),
    ).toEqual([])
  })

  it('asks nothing of a department that has registered no money and checked nothing yet', () => {
    expect(
      facts(run(dailyCheckDeadline, '2026-10-09', { earliest: [], recent: [], firstReceipt: [] })),
    ).toEqual([])
  })

  it('counts the days missed from the first money registered when nothing was ever checked', () => {
    const rows = { earliest: [], recent: [], firstReceipt: [receipt({ receivedOn: '2026-10-08' })] }
    expect(facts(run(dailyCheckDeadline, '2026-10-09', rows))).toEqual([
      expect.objectContaining({
        id: 'collections.dailyCheck.missed',
        params: { count: 1, from: '2026-10-08', to: '2026-10-08' },
      }),
      expect.objectContaining({
        id: 'collections.dailyCheck.today',
        titleKey: 'collectionsDue.dailyCheckToday',
      }),
    ])
  })

  it('shows the half-year reconciliation from 30 June, to whoever still has to act', () => {
    expect(statementsDeadline.read(ctx('2026-06-30'))).toMatchObject({
      report: { table: 'statementReports', equals: '2026-H1' },
      used: { table: 'receipts', between: ['2026-01-01', '2026-06-30'] },
    })
    const used = [receipt({ receivedOn: '2026-03-01' })]
    expect(facts(run(statementsDeadline, '2026-07-10', { report: [], used }))).toEqual([
      expect.objectContaining({
        due: '2026-06-30',
        owners: ['clerk', 'commerceManager'],
        params: { period: '2026-H1', step: 'draft' },
      }),
    ])
    const reported = { id: '2026-H1', step: 'reported', salesManagerOn: '2026-07-11', financeOn: '' }
    expect(facts(run(statementsDeadline, '2026-07-12', { report: [reported], used }))[0].owners).toEqual([
      'finance',
    ])
    expect(
      run(statementsDeadline, '2026-07-12', { report: [{ ...reported, step: 'acknowledged' }], used }),
    ).toEqual([])
    expect(run(statementsDeadline, '2026-07-12', { report: [], used: [] })).toEqual([])
  })

  it('chases a 回执 not back 15 days after sending', () => {
    expect(answerDeadline.read(ctx('2026-07-16'))).toMatchObject({
      late: {
        between: [
          ['sent', '0000-00-00'],
          ['sent', '2026-06-30'],
        ],
        includeUpper: true,
      },
    })
    const s = { id: 'S1', customerId: 'K1', period: '2026-H1', sentOn: '2026-06-30', step: 'sent' }
    expect(facts(run(answerDeadline, '2026-07-16', { late: [s] }))).toMatchObject([
      {
        due: '2026-07-15',
        titleKey: 'collectionsDue.answer',
        params: { period: '2026-H1', sentOn: '2026-06-30' },
      },
    ])
  })

  it('puts a month waiting for sign-off on finance’s 工作台', () => {
    const rows = {
      closes: [{ id: '2026-09', month: '2026-09', step: 'toSignOff' }],
      usedLast: [receipt({ receivedOn: '2026-09-03' })],
      used: [],
    }
    expect(facts(run(monthCloseDeadline, '2026-10-08', rows))).toEqual([
      expect.objectContaining({
        id: 'collections.monthClose.2026-09',
        due: '2026-09-30',
        owners: ['finance'],
      }),
    ])
  })
})
