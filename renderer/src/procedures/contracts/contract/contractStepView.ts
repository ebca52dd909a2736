/**
 * How a contract's step shows on the screens — the stepper's steps, the
 * badge's colour, whether the procedure was cut short, which panels apply —
 * asked of the contract's machine (shared/procedures/contracts/machines/
 * contract.ts), so no page lists or compares steps of its own.
 */
import type { Role } from '@shared/auth/roles'
import {
  type ContractAction,
  contractInForce,
  contractMachine,
} from '@shared/procedures/contracts/machines/contract'
import type { ContractStep } from '@shared/procedures/contracts/records'

/** The step an action always leads to; null when the data decides (法务通过 → 审批 or 待签订). */
function stepAfter(action: ContractAction): ContractStep | null {
  const to = contractMachine.actions[action].to
  return typeof to === 'string' ? to : null
}

/** Where a contract carried through to the end arrives: the step 结算 leads to (已结算). */
const completed = stepAfter('settle')

/** The contract ended before it was carried through (终止, 作废): it shows why, not the stepper. */
export function cutShort(step: ContractStep): boolean {
  return contractMachine.isEnded(step) && step !== completed
}

/** The steps of the stepper: every step of the procedure but the ends that cut it short. */
export const stepperSteps: readonly ContractStep[] = contractMachine.states.filter((s) => !cutShort(s))

/** The contract was signed and binds, or was carried through: its performance is shown. */
export function performed(step: ContractStep): boolean {
  return contractInForce(step) || step === completed
}

/** Legal review has not passed yet, so the approvals the contract needs are not fixed (提交法务审核 or 法务通过 still to come). */
export function approvalsNotFixed(step: ContractStep): boolean {
  return (['submitLegal', 'legalPass'] as const).some((a) => contractMachine.availability(step, a, []).open)
}

/** Who drafts a contract (the roles that submit it to legal review). */
const drafters: readonly Role[] = contractMachine.availability(
  contractMachine.initial,
  'submitLegal',
  [],
).roles

/**
 * The step waits on someone else's review: none of the drafters can move it
 * on, only end it (法务审核 waits for 法务, 审批 for the approvers).
 */
function waitsOnReview(step: ContractStep): boolean {
  return contractMachine.actionsAt(step, drafters).every((a) => {
    const to = stepAfter(a)
    return to !== null && cutShort(to)
  })
}

/** The badge colour of a step: gray cut short, green carried through, yellow under review, blue otherwise. */
export function stepColor(step: ContractStep): string {
  if (cutShort(step)) return 'gray'
  if (contractMachine.isEnded(step)) return 'green'
  if (waitsOnReview(step)) return 'yellow'
  return 'blue'
}
