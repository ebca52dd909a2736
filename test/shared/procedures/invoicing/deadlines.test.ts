/**
 * The invoicing checks on the 工作台, as pure functions of the rows they
 * read: what waits for finance is due the day it is seen; an issued
 * invoice is handed over by the next Chinese working day, and the
 * customer's confirmation recorded within five (across National Day 2026).
 */
import { describe, expect, it } from 'vitest'
import { procedures } from '@shared/procedures'
import type { DeadlineRule, DueList, QueriedRows } from '@shared/procedures/kit/deadlines'
import { invoicingDeadlines } from '@shared/procedures/invoicing/deadlines'

const rule = (id: string): DeadlineRule => invoicingDeadlines.find((r) => r.id === id)!
const run = (r: DeadlineRule, today: string, rows: unknown[]) =>
  r.due({ rows } as unknown as QueriedRows, { today, actor: { userId: 'U', roles: ['finance'] } }) as DueList

const invoice = (over: Record<string, unknown> = {}) => ({
  id: 'I1',
  number: 'KP-202609-0001',
  customerId: 'K1',
  invoiceNo: '04512345',
  submittedOn: '2026-09-29',
  reviewedOn: '2026-09-30',
  issuedOn: '2026-09-30',
  deliveredOn: '2026-09-30',
  ...over,
})

describe('invoicing checks', () => {
  it('are the invoicing procedure’s, each reading one step by its index', () => {
    expect(procedures.find((p) => p.id === 'invoicing')?.deadlines).toBe(invoicingDeadlines)
    for (const r of invoicingDeadlines) {
      const q = r.read({ today: '2026-10-09', actor: null }).rows
      expect(q).toMatchObject({ table: 'invoices', index: 'step', limit: 21, count: true })
    }
  })

  it('put an application waiting for finance on finance’s 工作台, due the day it is seen', () => {
    const [fact] = run(rule('invoicing.review'), '2026-10-09', [invoice()]).facts
    expect(fact).toMatchObject({
      due: '2026-10-09',
      owners: ['finance'],
      titleKey: 'invoicingDue.review',
      params: { number: 'KP-202609-0001', since: '2026-09-29' },
      at: { table: 'invoices', id: 'I1' },
    })
  })

  it.each([
    ['invoicing.issued', '2026-09-30', '2026-10-08', 'handed over the next working day, after National Day'],
    [
      'invoicing.delivered',
      '2026-09-30',
      '2026-10-13',
      'confirmed within five working days, the make-up Saturday counted',
    ],
    ['invoicing.issued', '2026-11-27', '2026-11-30', 'over an ordinary weekend'],
  ])('%s on %s is due %s (%s)', (id, on, due) => {
    const [fact] = run(rule(id), on, [invoice({ issuedOn: on, deliveredOn: on })]).facts
    expect(fact.due).toBe(due)
    expect(fact.owners).toEqual(['clerk'])
  })

  it('say how many there are when only the first are read', () => {
    const rows = Object.assign(
      Array.from({ length: 21 }, (_, i) => invoice({ id: `I${i}` })),
      { total: 57 },
    )
    expect(run(rule('invoicing.toIssue'), '2026-10-09', rows).total).toBe(57)
  })
})
