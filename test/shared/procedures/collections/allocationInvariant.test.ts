/**
 * The allocation invariant (DOMAIN.md §4), over any sequence of receipts
 * registered in any steps: a receipt is refused exactly when it asks more
 * than a milestone has open, so what receipts hold of a milestone never
 * exceeds its amount and confirmed money never exceeds what they hold.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AllocationOf,
  type ReceiptOf,
  allocationProblems,
  confirmedReceived,
  heldAmounts,
  openAmounts,
} from '@shared/procedures/collections/receipts'
import type { ReceiptStep } from '@shared/procedures/collections/records'

describe('the allocation invariant', () => {
  const steps: ReceiptStep[] = ['pending', 'confirmed', 'returned', 'voided']

  it('never holds more than a milestone’s amount, nor receives more, whatever is registered', () => {
    const proposal = fc.record({
      milestone: fc.constantFrom('M1', 'M2'),
      amountFen: fc.integer({ min: 1, max: 60_000 }),
      step: fc.constantFrom(...steps),
    })
    fc.assert(
      fc.property(fc.array(proposal, { maxLength: 30 }), (proposals) => {
        const amounts = new Map([
          ['M1', 100_000],
          ['M2', 33_333],
        ])
        const receipts: ReceiptOf[] = []
        const allocations: AllocationOf[] = []
        proposals.forEach((p, i) => {
          const open = openAmounts(amounts, receipts, allocations)
          const milestones = new Map(
            [...open].map(([id, openFen]) => [
              id,
              { contractId: 'C1', customerId: 'K1', openFen, label: id },
            ]),
          )
          const parts = [{ milestoneId: p.milestone, amountFen: p.amountFen }]
          const refused = allocationProblems(parts, milestones, { customerId: 'K1', amountFen: p.amountFen })
          // Refused exactly when it asks for more than is open.
          expect(refused.length > 0).toBe(p.amountFen > (open.get(p.milestone) ?? 0))
          if (refused.length > 0) return
          receipts.push({ id: `R${i}`, step: p.step })
          allocations.push({ parentId: `R${i}`, milestoneId: p.milestone, amountFen: p.amountFen })
        })
        const held = heldAmounts(receipts, allocations)
        const received = confirmedReceived(receipts, allocations)
        for (const [id, amount] of amounts) {
          expect(held.get(id) ?? 0).toBeLessThanOrEqual(amount)
          expect(received.get(id) ?? 0).toBeLessThanOrEqual(held.get(id) ?? 0)
        }
      }),
    )
  })
})
