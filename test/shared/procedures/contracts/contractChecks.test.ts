import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type ContractFacts,
  contractProblems,
  contractTotals,
  lineAmountFen,
} from '@shared/procedures/contracts/contractChecks'

const facts = (over: Partial<ContractFacts> = {}): ContractFacts => ({
  customerId: 'C1',
  lines: [{ qty: 2, unitFen: 1_130_000, discountBp: 0, taxRateBp: 1300 }],
  milestones: [
    { kind: 'advance', percentBp: 3000 },
    { kind: 'delivery', percentBp: 6000 },
    { kind: 'warranty', percentBp: 1000 },
  ],
  legalOpinion: '合法合规',
  riskAssessment: '风险可控',
  legalOn: '2026-11-20',
  approvedOn: '2026-11-24',
  signedOn: '2026-11-25',
  openPointsConfirmed: true,
  signedScanId: 'A1',
  quantitiesVerified: true,
  amountsVerified: true,
  reason: '',
  ...over,
})
const today = '2026-11-26'
const keys = (action: Parameters<typeof contractProblems>[0], over: Partial<ContractFacts>) =>
  contractProblems(action, facts(over), today).map((p) => [p.field, p.messageKey])

describe('contract checks', () => {
  it('let a complete contract through every step', () => {
    for (const action of ['submitLegal', 'legalPass', 'sign', 'file', 'settle'] as const)
      expect(contractProblems(action, facts(), today)).toEqual([])
  })

  it('refuse a contract without lines, a negative price, a discount over 100 % and milestones not adding up to 100 %', () => {
    expect(keys('submitLegal', { lines: [] })).toEqual([['lines', 'validation.contract.noLines']])
    expect(
      keys('submitLegal', {
        lines: [{ qty: 1, unitFen: -1, discountBp: 10_001, taxRateBp: 1300 }],
        milestones: [{ kind: 'advance', percentBp: 3000 }],
      }),
    ).toEqual([
      ['lines.0.unitFen', 'validation.contract.negativePrice'],
      ['lines.0.discountBp', 'validation.contract.discount'],
      ['milestones', 'validation.contract.milestonesSum'],
    ])
    expect(
      contractProblems('submitLegal', facts({ milestones: [{ kind: 'a', percentBp: 9000 }] }), today)[0]
        .params,
    ).toEqual({
      percent: 90,
    })
  })

  it('refuse a signing date before the approval, or before the legal review when no approval was needed', () => {
    expect(keys('sign', { signedOn: '2026-11-23' })).toEqual([
      ['signedOn', 'validation.contract.signedBeforeApproval'],
    ])
    expect(keys('sign', { approvedOn: null, signedOn: '2026-11-19' })).toEqual([
      ['signedOn', 'validation.contract.signedBeforeApproval'],
    ])
    expect(keys('sign', { signedOn: '2026-11-27' })).toEqual([['signedOn', 'validation.contract.future']])
    expect(keys('sign', { openPointsConfirmed: false })).toEqual([
      ['openPointsConfirmed', 'validation.contract.openPoints'],
    ])
  })

  it('file only with the signed scan, settle only when verified, and terminate only with a reason', () => {
    expect(keys('file', { signedScanId: null })).toEqual([['signedScanId', 'validation.contract.scan']])
    expect(keys('settle', { amountsVerified: false })).toEqual([
      ['amountsVerified', 'validation.contract.verify'],
    ])
    expect(keys('terminate', {})).toEqual([['reason', 'validation.required']])
    expect(keys('void', { reason: '客户取消' })).toEqual([])
  })

  it('total net + tax to the sum of the discounted lines, to the fen', () => {
    expect(lineAmountFen({ qty: 3, unitFen: 333, discountBp: 1000, taxRateBp: 1300 })).toBe(899)
    expect(contractTotals(facts().lines)).toEqual({ netFen: 2_000_000, taxFen: 260_000, totalFen: 2_260_000 })
    const line = fc.record({
      qty: fc.integer({ min: 1, max: 10_000 }),
      unitFen: fc.integer({ min: 0, max: 10 ** 8 }),
      discountBp: fc.integer({ min: 0, max: 10_000 }),
      taxRateBp: fc.constantFrom(0, 600, 900, 1300),
    })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const t = contractTotals(lines)
        expect(t.totalFen).toBe(lines.reduce((s, l) => s + lineAmountFen(l), 0))
        expect(t.netFen + t.taxFen).toBe(t.totalFen)
      }),
    )
  })
})
