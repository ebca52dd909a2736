/**
 * Taking a decision on a required approval. The check is here, in the domain
 * layer, so a role that may not approve cannot, whatever a screen shows:
 * in the app the approver must hold the rule's role; on paper, someone who
 * may record paper approvals enters who signed and when, with the scan.
 */
import { type Actor, assertCan } from '../auth/permissions'
import { AppFailure } from '../errors/appFailure'
import { todayIso } from '../kernel/workdays'
import type { ApprovalRule, RequiredApproval } from './approvalRules'
import { type ApprovalDecision, type ApprovalRecord, approvalProgress, decidableBy } from './approvalStatus'

interface Decision {
  rule: ApprovalRule
  decision: ApprovalDecision
  comment: string
  now: Date
}

interface PaperDecision extends Decision {
  signer: string
  /** YYYY-MM-DD on the signed form. */
  signedOn: string
  scanId: string
}

function openRequirement(
  required: readonly RequiredApproval[],
  records: readonly ApprovalRecord[],
  rule: ApprovalRule,
): RequiredApproval {
  const progress = approvalProgress(required, records)
  const wanted = progress.open.find((r) => r.rule === rule)
  if (!wanted) throw new AppFailure('approvals.notOpen', 'errors.approvals.notOpen', { rule })
  if (wanted.step !== progress.currentStep)
    throw new AppFailure('approvals.notYet', 'errors.approvals.notYet', {
      rule,
      step: progress.currentStep ?? 0,
    })
  return wanted
}

/** What every decision records, whoever took it and however. */
function decided(wanted: RequiredApproval, d: Decision) {
  return {
    rule: d.rule,
    role: wanted.role,
    step: wanted.step,
    decision: d.decision,
    comment: d.comment.trim(),
  }
}

/** A rejection must say why; an approval may carry a comment. */
function checkComment(d: Decision): void {
  if (d.decision === 'rejected' && d.comment.trim() === '')
    throw new AppFailure('validation', 'validation.rejectReason', { field: 'comment' })
}

export function decideInApp(
  actor: Actor,
  required: readonly RequiredApproval[],
  records: readonly ApprovalRecord[],
  d: Decision,
): ApprovalRecord {
  const wanted = openRequirement(required, records, d.rule)
  const progress = approvalProgress(required, records)
  if (!decidableBy(progress, actor.roles).some((r) => r.rule === d.rule))
    throw new AppFailure('auth.forbidden', 'errors.auth.forbidden', {
      permission: `approvals.${wanted.role}`,
    })
  checkComment(d)
  return {
    ...decided(wanted, d),
    byName: actor.name,
    byUserId: actor.userId,
    at: d.now.toISOString(),
    mode: 'app',
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function recordOnPaper(
  actor: Actor,
  required: readonly RequiredApproval[],
  records: readonly ApprovalRecord[],
  d: PaperDecision,
): ApprovalRecord {
  assertCan(actor, 'approvals.recordPaper')
  const wanted = openRequirement(required, records, d.rule)
  checkComment(d)
  if (d.signer.trim() === '') throw new AppFailure('validation', 'validation.required', { field: 'signer' })
  // Today on this PC's calendar, as every other date rule reads it (not UTC: 00:30 in Beijing is already tomorrow).
  if (!DAY.test(d.signedOn) || d.signedOn > todayIso(d.now))
    throw new AppFailure('validation', 'validation.paperDate', { field: 'signedOn' })
  if (d.scanId === '') throw new AppFailure('validation', 'validation.scanRequired', { field: 'scanId' })
  return {
    ...decided(wanted, d),
    byName: d.signer.trim(),
    byUserId: null,
    at: `${d.signedOn}T00:00:00.000Z`,
    mode: 'paper',
    recordedBy: actor.name,
    scanId: d.scanId,
  }
}
