/**
 * 对账 at the end of June and December (DOMAIN.md §4): the half-years, the
 * figures of each customer's statement, and the 回执.
 */
import { describe, expect, it } from 'vitest'
import {
  type StatementInputs,
  answerDueOn,
  answerProblems,
  customerStatement,
  customersWithoutStatement,
  duePeriod,
  halfYearOf,
  isHalfYear,
  periodEnd,
  periodStart,
  previousPeriod,
  statementFigures,
  unansweredStatements,
} from '@shared/procedures/collections/statements'

describe('half-years', () => {
  it.each([
    ['2026-01-01', '2026-H1'],
    ['2026-06-30', '2026-H1'],
    ['2026-07-01', '2026-H2'],
    ['2026-12-31', '2026-H2'],
  ])('%s is in %s', (day, period) => {
    expect(halfYearOf(day)).toBe(period)
  })

  it('starts, ends and steps back across the year end', () => {
    expect([periodStart('2026-H1'), periodEnd('2026-H1')]).toEqual(['2026-01-01', '2026-06-30'])
    expect([periodStart('2026-H2'), periodEnd('2026-H2')]).toEqual(['2026-07-01', '2026-12-31'])
    expect(previousPeriod('2026-H1')).toBe('2025-H2')
    expect(previousPeriod('2026-H2')).toBe('2026-H1')
    expect(isHalfYear('2026-H3')).toBe(false)
    expect(() => periodEnd('2026-06')).toThrow(RangeError)
  })

  it.each([
    ['2026-06-29', '2025-H2'],
    ['2026-06-30', '2026-H1'],
    ['2026-10-08', '2026-H1'],
    ['2026-12-31', '2026-H2'],
    ['2027-01-04', '2026-H2'],
  ])('on %s the statements of %s are due (6月底 / 12月底)', (today, period) => {
    expect(duePeriod(today)).toBe(period)
  })
})

describe('statementFigures', () => {
  const inputs: StatementInputs = {
    contracts: [
      { customerId: 'K1', signedOn: '2025-11-20', amountFen: 1_000_000 },
      { customerId: 'K1', signedOn: '2026-01-01', amountFen: 500_000 },
      { customerId: 'K1', signedOn: '2026-06-30', amountFen: 200_000 },
      // A change agreement cutting a contract: its difference, on the day signed.
      { customerId: 'K1', signedOn: '2026-03-01', amountFen: -50_000 },
      { customerId: 'K1', signedOn: '2026-07-01', amountFen: 9_999_999 },
      { customerId: 'K2', signedOn: '', amountFen: 777 },
    ],
    invoices: [
      { customerId: 'K1', issuedOn: '2026-02-01', amountFen: 600_000 },
      { customerId: 'K1', issuedOn: '2025-12-31', amountFen: 1_000_000 },
      { customerId: 'K3', issuedOn: '2026-06-30', amountFen: 10_000 },
    ],
    receipts: [
      { customerId: 'K1', step: 'confirmed', receivedOn: '2025-12-31', amountFen: 300_000 },
      { customerId: 'K1', step: 'confirmed', receivedOn: '2026-06-30', amountFen: 400_000 },
      { customerId: 'K1', step: 'pending', receivedOn: '2026-05-01', amountFen: 100_000 },
      {
        customerId: 'K1',
        step: 'confirmed',
        receivedOn: '2026-05-01',
        amountFen: 1,
        deletedAt: '2026-05-02',
      },
      { customerId: 'K1', step: 'confirmed', receivedOn: '2026-07-01', amountFen: 100_000 },
    ],
  }

  it('carries what was owed at 31 December into the first half and adds the half-year’s movements', () => {
    expect(customerStatement('K1', '2026-H1', inputs)).toEqual({
      openingFen: 700_000,
      contractsFen: 650_000,
      invoicedFen: 600_000,
      receivedFen: 400_000,
      closingFen: 950_000,
    })
  })

  it('opens the next half with the closing balance of the one before', () => {
    const h1 = customerStatement('K1', '2026-H1', inputs)
    const h2 = customerStatement('K1', '2026-H2', inputs)
    expect(h2.openingFen).toBe(h1.closingFen)
    expect(h2.closingFen).toBe(950_000 + 9_999_999 - 100_000)
  })

  it('lists every customer with figures, and leaves out one with none', () => {
    const all = statementFigures('2026-H1', inputs)
    expect([...all.keys()]).toEqual(['K1', 'K3'])
    expect(customerStatement('K9', '2026-H1', inputs).closingFen).toBe(0)
    expect(
      customersWithoutStatement('2026-H1', all, [
        { customerId: 'K1', period: '2026-H1', step: 'sent', sentOn: '2026-07-01' },
      ]),
    ).toEqual(['K3'])
  })
})

describe('the 回执', () => {
  it('is chased 15 days after sending', () => {
    expect(answerDueOn('2026-06-30')).toBe('2026-07-15')
    const sent = [
      { id: 'S1', customerId: 'K1', period: '2026-H1', step: 'sent' as const, sentOn: '2026-06-30' },
      { id: 'S2', customerId: 'K2', period: '2026-H1', step: 'confirmed' as const, sentOn: '2026-06-01' },
    ]
    expect(unansweredStatements(sent, '2026-07-15')).toEqual([])
    expect(unansweredStatements(sent, '2026-07-16').map((s) => s.id)).toEqual(['S1'])
  })

  it('says why a difference differs, and a match has none', () => {
    const answer = { answer: 'differ' as const, returnedOn: '2026-07-08', differenceFen: 0, explanation: '' }
    expect(answerProblems(answer, '2026-07-01', '2026-07-10')).toEqual([
      { field: 'differenceFen', messageKey: 'collectionsValidation.differWithoutDifference' },
      { field: 'explanation', messageKey: 'validation.required' },
    ])
    expect(
      answerProblems({ ...answer, answer: 'match', differenceFen: 100 }, '2026-07-01', '2026-07-10'),
    ).toEqual([{ field: 'differenceFen', messageKey: 'collectionsValidation.matchWithDifference' }])
    expect(
      answerProblems({ ...answer, returnedOn: '2026-06-30', answer: '' }, '2026-07-01', '2026-07-10').map(
        (p) => p.messageKey,
      ),
    ).toEqual(['collectionsValidation.returnedBeforeSent', 'validation.required'])
  })
})
