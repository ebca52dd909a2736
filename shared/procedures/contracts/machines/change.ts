/**
 * 变更协议 (DOMAIN.md §1.6; 工程项目商务管理制度流程 三、3): a contract in
 * force changes only by a new version agreed in writing. The agreement is
 * drafted from the current version, asks the approvals the rules require of
 * the new version, and once signed becomes the contract.
 */
import type { Role } from '../../../auth/roles'
import { type AppMessage, defineMachine } from '../../kit/machine'
import { requiredText } from '../../kit/problems'
import {
  type ChangeStep,
  type ContractChangeRecord,
  type ContractStep,
  type MilestoneRecord,
  type TradeLineRecord,
  changeSteps,
} from '../records'
import { dealApprovals, lineProblems, milestoneProblems } from '../lines'
import { approvalOutcomes, signingDateProblems } from './dealSteps'
import { contractInForce } from './contract'

export interface ChangeFacts extends Pick<
  ContractChangeRecord,
  'step' | 'reason' | 'totalAfterFen' | 'approvedOn' | 'approvalRound'
> {
  lines: readonly Pick<
    TradeLineRecord,
    'qty' | 'unitFen' | 'discountBp' | 'taxRateBp' | 'quotedUnitFen' | 'name' | 'spec'
  >[]
  milestones: readonly Pick<MilestoneRecord, 'kind' | 'percentBp'>[]
  /** The contract it amends: its terms still count for the approvals. */
  contract: { nonStandardTerms: boolean; specialFees: boolean }
}

export type ChangeAction = 'submit' | 'approvalsDone' | 'approvalRejected' | 'sign' | 'void'

interface ChangePayloads {
  submit: object
  approvalsDone: object
  approvalRejected: object
  sign: { signedOn: string }
  void: { reason: string }
}

const drafters: readonly Role[] = ['clerk', 'commerceManager', 'sales']
export const changeMachine = defineMachine<
  ChangeStep,
  ChangeAction,
  ChangeFacts,
  ChangePayloads,
  ContractChangeRecord
>({
  kind: 'change',
  stateField: 'step',
  states: changeSteps,
  initial: 'draft',
  ended: ['signed', 'voided'],
  editableIn: ['draft'],
  notEditable: { code: 'contracts.notDraft', messageKey: 'errors.contracts.notDraft' },
  stateOf: (facts) => facts.step,
  actions: {
    submit: {
      from: ['draft'],
      to: ({ patch }) => ((patch.requiredApprovals ?? []).length > 0 ? 'approval' : 'toSign'),
      who: drafters,
      whenClosed: { code: 'contracts.notDraft', messageKey: 'errors.contracts.notDraft' },
      check: ({ facts }) => [
        ...requiredText('reason', facts.reason),
        ...lineProblems(facts.lines),
        ...milestoneProblems(facts.milestones),
      ],
      patch: ({ facts, ctx }) => ({
        requiredApprovals: dealApprovals(
          { kind: 'contract', amountFen: facts.totalAfterFen, lines: facts.lines, ...facts.contract },
          ctx.settings,
        ),
      }),
    },
    ...approvalOutcomes<ChangeFacts, ContractChangeRecord>(),
    sign: {
      from: ['toSign'],
      to: 'signed',
      who: ['clerk', 'commerceManager'],
      check: ({ facts, payload, today }) => signingDateProblems(payload.signedOn, facts.approvedOn, today),
      patch: ({ payload }) => ({ signedOn: payload.signedOn }),
    },
    void: {
      from: ['draft', 'approval', 'toSign'],
      to: 'voided',
      who: drafters,
      check: ({ payload }) => requiredText('reason', payload.reason),
      patch: ({ payload }) => ({ voidReason: payload.reason.trim() }),
    },
  },
})

/** Why a change agreement cannot be started on this contract now, or null when it can. */
export function changeStartRefusal(contractStep: ContractStep, openChanges: number): AppMessage | null {
  if (!contractInForce(contractStep))
    return { code: 'contracts.notChangeable', messageKey: 'errors.contracts.notChangeable' }
  if (openChanges > 0) return { code: 'contracts.changeOpen', messageKey: 'errors.contracts.changeOpen' }
  return null
}
