/**
 * The stock ledger (DOMAIN.md §7; issue 16): balances derived, never
 * negative, signed-off months closed, the month report and the count.
 */
import { describe, expect, it } from 'vitest'
import type { MovementKind } from '@shared/procedures/shipping/records'
import {
  availableOn,
  bookAtMonthEnd,
  countAdjustments,
  countLineProblems,
  firstOpenMonth,
  monthEnd,
  monthReport,
  movementProblems,
  nextMonth,
  previousMonth,
  stockBalances,
} from '@shared/procedures/shipping/stock'
import { signedOffMonths } from '@shared/procedures/shipping/machines/stockCount'

const mv = (
  productId: string,
  kind: MovementKind,
  date: string,
  qty: number,
  deletedAt: string | null = null,
) => ({
  productId,
  kind,
  date,
  qty,
  deletedAt,
})

const ledger = [
  mv('P1', 'in', '2026-09-28', 10),
  mv('P1', 'out', '2026-10-08', 4),
  mv('P2', 'in', '2026-10-09', 5),
  mv('P1', 'adjust', '2026-10-31', -1),
  mv('P2', 'out', '2026-11-02', 2),
  mv('P1', 'in', '2026-10-10', 100, '2026-10-11'),
]

describe('stockBalances', () => {
  it('sums the live ledger per product: in, out and signed adjustments', () => {
    expect(stockBalances(ledger)).toEqual(
      new Map([
        ['P1', 5],
        ['P2', 3],
      ]),
    )
  })

  it('reads the balance on a day', () => {
    expect(stockBalances(ledger, '2026-10-08')).toEqual(new Map([['P1', 6]]))
    expect(bookAtMonthEnd(ledger, '2026-10').get('P1')).toBe(5)
  })

  it('works out 5,000 products over 200,000 movements in one pass', () => {
    const many = Array.from({ length: 200_000 }, (_, i) =>
      mv(`P${i % 5000}`, i % 3 === 2 ? 'out' : 'in', '2026-10-01', 1),
    )
    const balances = stockBalances(many)
    expect(balances.size).toBe(5000)
    expect([...balances.values()].reduce((a, b) => a + b, 0)).toBe(200_000 - 2 * 66_666)
  })
})

describe('movementProblems', () => {
  const open = new Set<string>()

  it('refuses taking out more than is in stock, naming the product and what is available', () => {
    expect(
      movementProblems(
        ledger,
        [{ productId: 'P1', productName: '断路器', kind: 'out', date: '2026-11-05', qty: 6 }],
        open,
      ),
    ).toEqual([
      {
        field: 'movements.0.qty',
        messageKey: 'shippingValidation.notEnough',
        params: { product: '断路器', available: 5, qty: 6 },
      },
    ])
    expect(
      movementProblems(
        ledger,
        [{ productId: 'P1', productName: '断路器', kind: 'out', date: '2026-11-05', qty: 5 }],
        open,
      ),
    ).toEqual([])
  })

  it('refuses a backdated removal that would make a later day negative', () => {
    // On 2026-10-01 there were 10, but 4 left on 10-08 and one was found missing at the count.
    expect(availableOn(ledger, 'P1', '2026-10-01')).toBe(5)
    expect(
      movementProblems(
        ledger,
        [{ productId: 'P1', productName: '断路器', kind: 'out', date: '2026-10-01', qty: 6 }],
        open,
      )[0].params,
    ).toEqual({ product: '断路器', available: 5, qty: 6 })
  })

  it('counts the movements proposed together', () => {
    const two = [
      { productId: 'P2', productName: '互感器', kind: 'out' as const, date: '2026-11-05', qty: 2 },
      { productId: 'P2', productName: '互感器', kind: 'out' as const, date: '2026-11-05', qty: 2 },
    ]
    expect(movementProblems(ledger, two, open)).toEqual([
      expect.objectContaining({
        field: 'movements.1.qty',
        params: { product: '互感器', available: 1, qty: 2 },
      }),
    ])
  })

  it('refuses a movement dated in a signed-off month and names the month to correct in', () => {
    const signedOff = signedOffMonths([
      { month: '2026-09', step: 'signedOff' },
      { month: '2026-10', step: 'signedOff' },
      { month: '2026-11', step: 'toSignOff' },
    ])
    expect(
      movementProblems(
        ledger,
        [{ productId: 'P1', productName: '断路器', kind: 'in', date: '2026-09-30', qty: 1 }],
        signedOff,
      ),
    ).toEqual([
      {
        field: 'movements.0.date',
        messageKey: 'shippingValidation.monthSignedOff',
        params: { month: '2026-09', open: '2026-11' },
      },
    ])
    expect(firstOpenMonth('2026-12', signedOff)).toBe('2026-12')
  })

  it('wants whole quantities: positive for in and out, not zero for an adjustment', () => {
    const bad = [
      { productId: 'P1', productName: 'a', kind: 'in' as const, date: '2026-11-05', qty: 0 },
      { productId: 'P1', productName: 'a', kind: 'adjust' as const, date: '2026-11-05', qty: 0 },
      { productId: 'P1', productName: 'a', kind: 'out' as const, date: '2026-11-05', qty: 1.5 },
    ]
    expect(movementProblems(ledger, bad, open).map((p) => p.messageKey)).toEqual([
      'shippingValidation.stockQty',
      'shippingValidation.stockQty',
      'shippingValidation.stockQty',
    ])
  })
})

describe('monthReport', () => {
  it('gives opening, in, out, adjustment and closing per product for the month', () => {
    expect(monthReport(ledger, '2026-10', ['P2', 'P1'])).toEqual([
      { productId: 'P2', opening: 0, in: 5, out: 0, adjust: 0, closing: 5 },
      { productId: 'P1', opening: 10, in: 0, out: 4, adjust: -1, closing: 5 },
    ])
    expect(monthReport(ledger, '2026-11')).toEqual([
      { productId: 'P1', opening: 5, in: 0, out: 0, adjust: 0, closing: 5 },
      { productId: 'P2', opening: 5, in: 0, out: 2, adjust: 0, closing: 3 },
    ])
  })

  it('closes each month where the next one opens, across the Spring Festival 2027', () => {
    const winter = [
      mv('P1', 'in', '2027-01-29', 8),
      mv('P1', 'out', '2027-02-05', 3),
      mv('P1', 'out', '2027-02-18', 1),
      mv('P1', 'in', '2027-03-01', 2),
    ]
    const jan = monthReport(winter, '2027-01')[0]
    const feb = monthReport(winter, '2027-02')[0]
    const mar = monthReport(winter, '2027-03')[0]
    expect([jan.closing, feb.opening, feb.closing, mar.opening, mar.closing]).toEqual([8, 8, 4, 4, 6])
    expect(monthEnd('2027-02')).toBe('2027-02-28')
    expect(monthEnd('2028-02')).toBe('2028-02-29')
  })

  it('leaves out products with nothing in stock and nothing moved', () => {
    expect(
      monthReport([mv('P1', 'in', '2026-10-01', 1), mv('P1', 'out', '2026-10-02', 1)], '2026-11'),
    ).toEqual([])
  })
})

describe('the month-end count', () => {
  it('needs a reason for every difference, and whole counts', () => {
    expect(
      countLineProblems([
        { productId: 'P1', bookQty: 5, countedQty: 5, reason: '' },
        { productId: 'P2', bookQty: 3, countedQty: 2, reason: ' ' },
        { productId: 'P3', bookQty: 3, countedQty: -1, reason: '' },
      ]),
    ).toEqual([
      {
        field: 'lines.1.reason',
        messageKey: 'shippingValidation.differenceReason',
        params: { book: 3, counted: 2 },
      },
      { field: 'lines.2.countedQty', messageKey: 'shippingValidation.counted' },
    ])
  })

  it('adjusts each difference by a movement of its own on the month’s last day', () => {
    expect(
      countAdjustments('2026-10', [
        { productId: 'P1', bookQty: 6, countedQty: 5, reason: '包装破损报废 1 台' },
        { productId: 'P2', bookQty: 5, countedQty: 5, reason: '' },
      ]),
    ).toEqual([{ productId: 'P1', kind: 'adjust', date: '2026-10-31', qty: -1, note: '包装破损报废 1 台' }])
  })

  it('steps months over the year end', () => {
    expect(nextMonth('2026-12')).toBe('2027-01')
    expect(previousMonth('2027-01')).toBe('2026-12')
  })
})
