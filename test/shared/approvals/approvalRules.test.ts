import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ApprovalSubject, requiredApprovals, shortfallBp } from '@shared/approvals/approvalRules'

const limits = { priceDeviationBp: 500, majorContractFen: 50_000_000 }
const line = (quotedUnitFen: number | null, unitFen: number, label = '变频器 ACS580') => ({
  label,
  quotedUnitFen,
  unitFen,
})
const deal = (over: Partial<ApprovalSubject> = {}): ApprovalSubject => ({
  kind: 'contract',
  amountFen: 1_000_000,
  lines: [line(100_000, 100_000)],
  nonStandardTerms: false,
  specialFees: false,
  ...over,
})

describe('requiredApprovals', () => {
  it('asks for nothing when the price is the quote and the amount is ordinary', () => {
    expect(requiredApprovals(deal(), limits)).toEqual([])
  })

  it('asks the commerce manager when a price is more than the allowed deviation below its quote', () => {
    // 5 % below is allowed; 5.01 % is not.
    expect(requiredApprovals(deal({ lines: [line(100_000, 95_000)] }), limits)).toEqual([])
    const below = requiredApprovals(
      deal({ lines: [line(100_000, 94_990), line(2_000, 1_000, '电缆')] }),
      limits,
    )
    expect(below).toEqual([
      {
        rule: 'priceBelowQuote',
        role: 'commerceManager',
        step: 1,
        params: { lines: 2, worstLine: '电缆', worstBp: 5000, allowedBp: 500 },
      },
    ])
  })

  it('asks leadership for a major contract from the threshold on, and for terms, fees and phone orders', () => {
    expect(requiredApprovals(deal({ amountFen: 49_999_999 }), limits)).toEqual([])
    expect(requiredApprovals(deal({ amountFen: 50_000_000 }), limits).map((r) => [r.rule, r.role])).toEqual([
      ['majorContract', 'leadership'],
    ])
    const all = requiredApprovals(
      deal({
        kind: 'phoneOrder',
        amountFen: 60_000_000,
        nonStandardTerms: true,
        specialFees: true,
        lines: [line(100_000, 50_000)],
      }),
      limits,
    )
    expect(all.map((r) => [r.rule, r.role, r.step])).toEqual([
      ['priceBelowQuote', 'commerceManager', 1],
      ['orderWithoutContract', 'leadership', 2],
      ['majorContract', 'leadership', 2],
      ['nonStandardTerms', 'leadership', 2],
      ['specialFees', 'leadership', 2],
    ])
  })

  it('never asks about a price at or above its quote, or a line that was not quoted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 6 }),
        (quoted, extra) => {
          expect(shortfallBp(line(quoted, quoted + extra))).toBe(0)
          expect(shortfallBp(line(null, 1))).toBe(0)
        },
      ),
    )
  })

  it('computes the shortfall in whole basis points, rounding down', () => {
    expect(shortfallBp(line(3, 2))).toBe(3333)
    expect(shortfallBp(line(100_000, 0))).toBe(10_000)
  })
})
