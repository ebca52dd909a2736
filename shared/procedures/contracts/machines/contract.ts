/**
 * 销售合同 from 起草 to 已结算 (DOMAIN.md §1) as a machine: which actions each
 * step allows, who may take them, what the contract must satisfy and what
 * each action writes.
 */
import type { Role } from '../../../auth/roles'
import { formatFen } from '../../../kernel/money'
import { defineMachine } from '../../kit/machine'
import { confirmed, type FieldProblem, requiredText } from '../../kit/problems'
import {
  type ContractRecord,
  type ContractStep,
  type MilestoneRecord,
  type TradeLineRecord,
  contractSteps,
} from '../records'
import { dealApprovals, lineProblems, milestoneProblems } from '../lines'
import { approvalOutcomes, signingDateProblems } from './dealSteps'

/**
 * Steps in which a signed contract binds both sides: payments and delivery
 * are owed, performance is recorded and a change agreement may amend it.
 */
export const inForceSteps = ['signed', 'filed', 'performing'] as const satisfies readonly ContractStep[]

export function contractInForce(step: ContractStep): boolean {
  return (inForceSteps as readonly ContractStep[]).includes(step)
}

/** Money is owed on a contract in force, and still on one settled with a milestone open (settling does not make it go away). */
export function contractOwesPayments(step: ContractStep): boolean {
  return contractInForce(step) || step === 'settled'
}

/** A contract as its machine sees it: the record, its live lines and milestones, the ids of its live scans. */
export interface ContractFacts extends Pick<
  ContractRecord,
  | 'step'
  | 'customerId'
  | 'totalFen'
  | 'nonStandardTerms'
  | 'specialFees'
  | 'legalOpinion'
  | 'riskAssessment'
  | 'legalOn'
  | 'approvedOn'
  | 'signedOn'
  | 'openPointsConfirmed'
  | 'signedScanId'
  | 'quantitiesVerified'
  | 'amountsVerified'
  | 'reason'
  | 'approvalRound'
  | 'invoicedFen'
  | 'receivedFen'
> {
  lines: readonly Pick<
    TradeLineRecord,
    'qty' | 'unitFen' | 'discountBp' | 'taxRateBp' | 'quotedUnitFen' | 'name' | 'spec'
  >[]
  /** Its payment milestones; `receivedOn` '' is money not received yet (forms leave it out). */
  milestones: readonly (Pick<MilestoneRecord, 'kind' | 'percentBp'> & { receivedOn?: string })[]
  /** Live attachments of the contract: the signed scan must be one of them. */
  attachmentIds: readonly string[]
}

/** What a step's form adds when the action is taken; what is left out keeps the contract's value. */
export interface ContractPayload {
  legalOpinion?: string
  riskAssessment?: string
  signedOn?: string
  openPointsConfirmed?: boolean
  signedScanId?: string
  quantitiesVerified?: boolean
  amountsVerified?: boolean
  reason?: string
  /** Why the contract is settled while invoiced, received and its amount differ (the commerce manager's). */
  settlementNote?: string
  /** The scan of the signed settlement document (结算文件), one of the contract's attachments. */
  settlementScanId?: string
}

export type ContractAction =
  | 'submitLegal'
  | 'legalPass'
  | 'legalReturn'
  | 'approvalsDone'
  | 'approvalRejected'
  | 'sign'
  | 'file'
  | 'startPerformance'
  | 'settle'
  | 'terminate'
  | 'void'

const drafters: readonly Role[] = ['clerk', 'commerceManager', 'sales']
const keepers: readonly Role[] = ['clerk', 'commerceManager', 'archivist']
const approvers: readonly Role[] = ['commerceManager', 'leadership']

type Input = {
  facts: ContractFacts
  payload: ContractPayload
  today: string
  ctx?: { actor: { roles: readonly Role[] } }
}
const text = (v: string | undefined) => (v ?? '').trim()
/** The contract's values with the form's over them. */
const merged = ({ facts, payload }: Input) => ({ ...facts, ...payload })

function signProblems(input: Input): FieldProblem[] {
  const c = merged(input)
  // Signed after the last approval, or after legal review when none was needed.
  return [
    ...confirmed('openPointsConfirmed', c.openPointsConfirmed, 'validation.contract.openPoints'),
    ...signingDateProblems(c.signedOn, c.approvedOn || c.legalOn, input.today),
  ]
}

/**
 * 验证工程量和费用，签署结算文件: the signed settlement document's scan, and
 * what was invoiced and confirmed received agreeing with the contract's
 * amount — or the difference written down and approved by the commerce
 * manager, who settles it (the money stays owed, and on the dashboard,
 * until it is in).
 */
function settlementProblems({ facts, payload, ctx }: Input): FieldProblem[] {
  const scan = payload.settlementScanId ?? ''
  const problems: FieldProblem[] =
    scan && facts.attachmentIds.includes(scan)
      ? []
      : [{ field: 'settlementScanId', messageKey: 'validation.contract.settlementScan' }]
  const invoiced = facts.invoicedFen ?? 0
  const received = facts.receivedFen ?? 0
  if (invoiced === facts.totalFen && received === facts.totalFen) return problems
  const params = {
    total: formatFen(facts.totalFen),
    invoiced: formatFen(invoiced),
    received: formatFen(received),
  }
  if (!ctx?.actor.roles.includes('commerceManager'))
    return [
      ...problems,
      { field: 'settlementNote', messageKey: 'validation.contract.settleByManager', params },
    ]
  if (text(payload.settlementNote) === '')
    return [
      ...problems,
      { field: 'settlementNote', messageKey: 'validation.contract.settleDifference', params },
    ]
  return problems
}

export const contractMachine = defineMachine<
  ContractStep,
  ContractAction,
  ContractFacts,
  Record<ContractAction, ContractPayload>,
  ContractRecord
>({
  kind: 'contract',
  stateField: 'step',
  states: contractSteps,
  initial: 'draft',
  ended: ['settled', 'terminated', 'voided'],
  // After 起草 a contract changes only by a change agreement.
  editableIn: ['draft'],
  notEditable: { code: 'contracts.notDraft', messageKey: 'errors.contracts.notDraft' },
  stateOf: (facts) => facts.step,
  actions: {
    submitLegal: {
      from: ['draft'],
      to: 'legalReview',
      who: drafters,
      check: ({ facts }) => [
        ...requiredText('customerId', facts.customerId),
        ...lineProblems(facts.lines),
        ...milestoneProblems(facts.milestones),
      ],
    },
    legalPass: {
      from: ['legalReview'],
      // The approvals the rules require are fixed when legal review passes.
      to: ({ patch }) => ((patch.requiredApprovals ?? []).length > 0 ? 'approval' : 'toSign'),
      who: ['legal'],
      check: (input) => [
        ...requiredText('legalOpinion', merged(input).legalOpinion),
        ...requiredText('riskAssessment', merged(input).riskAssessment),
      ],
      patch: ({ facts, payload, ctx, today }) => ({
        legalOpinion: text(payload.legalOpinion),
        riskAssessment: text(payload.riskAssessment),
        legalOn: today,
        legalBy: ctx.actor.name,
        requiredApprovals: dealApprovals(
          { kind: 'contract', amountFen: facts.totalFen, ...facts },
          ctx.settings,
        ),
      }),
    },
    legalReturn: {
      from: ['legalReview'],
      to: 'draft',
      who: ['legal'],
      check: (input) => requiredText('legalOpinion', merged(input).legalOpinion),
      patch: ({ payload, ctx }) => ({
        legalOpinion: text(payload.legalOpinion),
        legalOn: '',
        legalBy: ctx.actor.name,
      }),
    },
    // Taken by the approvals engine when the round is decided.
    ...approvalOutcomes<ContractFacts, ContractRecord>(),
    sign: {
      from: ['toSign'],
      to: 'signed',
      who: ['clerk', 'commerceManager'],
      check: signProblems,
      patch: ({ payload }) => ({ signedOn: payload.signedOn ?? '', openPointsConfirmed: true }),
    },
    // 制度：正式《销售合同》签订后于当日保管存档 — with the signed scan.
    file: {
      from: ['signed'],
      to: 'filed',
      who: keepers,
      check: ({ facts, payload }) =>
        payload.signedScanId && facts.attachmentIds.includes(payload.signedScanId)
          ? []
          : [{ field: 'signedScanId', messageKey: 'validation.contract.scan' }],
      patch: ({ payload, today }) => ({ signedScanId: payload.signedScanId ?? '', filedOn: today }),
    },
    startPerformance: { from: ['filed'], to: 'performing', who: keepers },
    settle: {
      from: ['performing'],
      to: 'settled',
      who: ['clerk', 'commerceManager', 'finance'],
      check: (input) => [
        ...confirmed('quantitiesVerified', merged(input).quantitiesVerified, 'validation.contract.verify'),
        ...confirmed('amountsVerified', merged(input).amountsVerified, 'validation.contract.verify'),
        ...settlementProblems(input),
      ],
      patch: ({ payload, today }) => ({
        quantitiesVerified: true,
        amountsVerified: true,
        settledOn: today,
        settlementNote: text(payload.settlementNote),
        settlementScanId: payload.settlementScanId ?? '',
      }),
    },
    terminate: {
      from: inForceSteps,
      to: 'terminated',
      who: approvers,
      check: (input) => requiredText('reason', merged(input).reason),
      patch: ({ payload, today }) => ({ reason: text(payload.reason), endedOn: today }),
    },
    void: {
      from: ['draft', 'legalReview', 'approval', 'toSign'],
      to: 'voided',
      who: ['clerk', 'commerceManager'],
      check: (input) => requiredText('reason', merged(input).reason),
      patch: ({ payload, today }) => ({ reason: text(payload.reason), endedOn: today }),
    },
  },
})
