/**
 * What a contract and its change agreements share: the approvals engine's
 * two outcomes of a round at 审批, and the date rule of signing.
 */
import type { ActionSpec } from '../../kit/machine'
import type { FieldProblem } from '../../kit/problems'

type RoundStep = 'draft' | 'approval' | 'toSign'

/**
 * The round's last approval given: on to 待签订 with the day approved. One
 * refused: back to 起草, and the next submission starts a new round.
 */
export function approvalOutcomes<
  F extends { approvalRound: number },
  R extends { approvedOn: string; approvalRound: number },
>(): {
  approvalsDone: ActionSpec<RoundStep, F, object, R>
  approvalRejected: ActionSpec<RoundStep, F, object, R>
} {
  return {
    approvalsDone: {
      from: ['approval'],
      to: 'toSign',
      who: 'engine',
      patch: ({ today }) => ({ approvedOn: today }) as Partial<R>,
    },
    approvalRejected: {
      from: ['approval'],
      to: 'draft',
      who: 'engine',
      patch: ({ facts }) => ({ approvalRound: facts.approvalRound + 1 }) as Partial<R>,
    },
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A signing date: given, not before `after` (the last approval, or legal review when none was needed), not in the future. */
export function signingDateProblems(
  signedOn: string | undefined,
  after: string,
  today: string,
): FieldProblem[] {
  if (!signedOn || !DAY.test(signedOn)) return [{ field: 'signedOn', messageKey: 'validation.required' }]
  const problems: FieldProblem[] = []
  if (after && signedOn < after)
    problems.push({
      field: 'signedOn',
      messageKey: 'validation.contract.signedBeforeApproval',
      params: { date: after },
    })
  if (signedOn > today) problems.push({ field: 'signedOn', messageKey: 'validation.contract.future' })
  return problems
}
