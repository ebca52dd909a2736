/**
 * The decisions taken on a deal's required approvals, in the app or on paper,
 * and what is still open. One decision per rule; a later decision on the same
 * rule (after a change agreement asks again) replaces it only through a new
 * round, so the record of each round stays.
 */
import type { Role } from '../auth/roles'
import type { ApprovalRule, RequiredApproval } from './approvalRules'

export type ApprovalDecision = 'approved' | 'rejected'

export interface ApprovalRecord {
  rule: ApprovalRule
  role: Role
  step: number
  decision: ApprovalDecision
  comment: string
  /** Who decided: the approver in the app, or the signer of the paper form. */
  byName: string
  /** The approver's account in the app; null on paper. */
  byUserId: string | null
  /** ISO date-time of the decision (on paper: the date signed). */
  at: string
  mode: 'app' | 'paper'
  /** On paper: who recorded it, and the signed scan (attachment id). */
  recordedBy?: string
  scanId?: string
}

export type ApprovalState = 'none' | 'pending' | 'approved' | 'rejected'

export interface ApprovalProgress {
  state: ApprovalState
  /** Required approvals without a decision, in step order. */
  open: RequiredApproval[]
  /** The current step: the lowest open step number (later steps wait for it); null when none. */
  currentStep: number | null
}

export function approvalProgress(
  required: readonly RequiredApproval[],
  records: readonly ApprovalRecord[],
): ApprovalProgress {
  if (required.length === 0) return { state: 'none', open: [], currentStep: null }
  const decided = new Map(records.map((r) => [r.rule, r]))
  if (required.some((r) => decided.get(r.rule)?.decision === 'rejected'))
    return { state: 'rejected', open: [], currentStep: null }
  const open = required.filter((r) => !decided.has(r.rule))
  if (open.length === 0) return { state: 'approved', open, currentStep: null }
  return { state: 'pending', open, currentStep: Math.min(...open.map((r) => r.step)) }
}

/** The open approvals an actor with these roles may decide now (their step has come). */
export function decidableBy(progress: ApprovalProgress, roles: readonly Role[]): RequiredApproval[] {
  if (progress.currentStep === null) return []
  return progress.open.filter((r) => r.step === progress.currentStep && roles.includes(r.role))
}
