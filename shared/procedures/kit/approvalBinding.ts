/**
 * How records of a machine wait for approvals (shared/approvals): at the
 * step its engine action `approvalsDone` starts from, and the engine takes
 * `approvalsDone` or `approvalRejected` when the round is decided. Those
 * outcomes read only the record's step and round, so the record, laid over
 * the machine's blank facts, stands in for the facts.
 */
import type { ApprovalBinding } from './defineProcedure'
import type { MachineContext, Transition } from './machine'

export function approvalBinding<F>(
  machine: {
    actions: { approvalsDone: { from: readonly string[] } }
    transition(
      facts: F,
      action: 'approvalsDone' | 'approvalRejected',
      payload: object,
      ctx: MachineContext,
      opts: { engine: boolean },
    ): Transition<string, object>
  },
  /** The facts an outcome does not read (lists left empty). */
  blank: Partial<F>,
): ApprovalBinding {
  return {
    waitingStep: machine.actions.approvalsDone.from[0],
    outcome: (record, decided, ctx) =>
      machine.transition(
        { ...blank, ...record } as F,
        decided === 'approved' ? 'approvalsDone' : 'approvalRejected',
        {},
        ctx,
        { engine: true },
      ),
  }
}
