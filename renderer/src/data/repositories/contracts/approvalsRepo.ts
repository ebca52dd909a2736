/**
 * Decisions on the approvals a contract, change agreement or phone order
 * requires (shared/approvals). One row per decision, never edited; the
 * subject moves on in the same transaction when its last approval is given,
 * or back when one is refused. Who may decide is checked in shared/approvals,
 * so a role that may not approve cannot, whatever the screen shows.
 */
import type { ApprovalRule, RequiredApproval } from '@shared/approvals/approvalRules'
import {
  type ApprovalDecision,
  type ApprovalRecord,
  approvalProgress,
} from '@shared/approvals/approvalStatus'
import { decideInApp, recordOnPaper } from '@shared/approvals/decideApproval'
import { AppFailure } from '@shared/errors/appFailure'
import { recordKinds } from '@shared/procedures'
import type { ApprovalBinding } from '@shared/procedures/kit/defineProcedure'
import type { ApprovalRow, ApprovalSubjectTable } from '@shared/procedures/contracts/records'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../db'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext } from '../takeTransition'

/** How records of this table wait for approvals (their record kind's binding in the procedure registry). */
function bindingOf(table: ApprovalSubjectTable): ApprovalBinding {
  const binding = recordKinds.get(table)?.approval
  if (!binding) throw new AppFailure('data.notFound', 'errors.data.notFound', { table })
  return binding
}

interface Subject {
  id: string
  step: string
  requiredApprovals: RequiredApproval[]
  approvalRound: number
}

/** The decisions of a subject's current round. */
export async function roundApprovals(db: DeskDb, subject: Subject): Promise<ApprovalRow[]> {
  const rows = await db.approvals.where('subjectId').equals(subject.id).toArray()
  return liveRows(rows).filter((r) => r.round === subject.approvalRound)
}

/** Every decision on a subject, all rounds, oldest first (the 审批表 prints them all). */
export async function allApprovals(db: DeskDb, subjectId: string): Promise<ApprovalRow[]> {
  const rows = await db.approvals.where('subjectId').equals(subjectId).toArray()
  return liveRows(rows).sort((a, b) => a.round - b.round || a.step - b.step)
}

/**
 * Moves the subject on once its round is decided, by its own machine's
 * action for the outcome (approved: on to signing, or confirmed; refused:
 * back to draft for a new round, or not approved).
 */
async function settleRound(
  w: Writer,
  db: DeskDb,
  table: ApprovalSubjectTable,
  subject: Subject,
  records: readonly ApprovalRecord[],
  ctx: WriteContext,
): Promise<void> {
  const state = approvalProgress(subject.requiredApprovals, records).state
  if (state !== 'approved' && state !== 'rejected') return
  const record = subject as unknown as Readonly<Record<string, unknown>>
  const outcome = bindingOf(table).outcome(record, state, await machineContext(db, ctx))
  await w.update(table, subject.id, allowed(outcome, table, state))
}

async function decide(
  db: DeskDb,
  table: ApprovalSubjectTable,
  id: string,
  ctx: WriteContext,
  make: (required: RequiredApproval[], records: ApprovalRecord[]) => ApprovalRecord,
): Promise<ApprovalRow> {
  return runWrite(db, ctx, async (w) => {
    const subject = (await w.get(table, id)) as Subject | undefined
    if (!subject) throw new AppFailure('data.notFound', 'errors.data.notFound', { table, id })
    if (subject.step !== bindingOf(table).waitingStep)
      throw new AppFailure('approvals.notOpen', 'errors.approvals.notOpen', { rule: '' })
    const records = await roundApprovals(db, subject)
    const record = make(subject.requiredApprovals, records)
    if (record.mode === 'paper') {
      // The signed form must be a scan attached to this very subject.
      const scan = await w.get('attachments', record.scanId ?? '')
      if (!scan || scan.deletedAt || scan.ownerId !== id)
        throw new AppFailure('validation', 'validation.scanRequired', { field: 'scanId' })
    }
    const row = await w.create('approvals', {
      ...record,
      subjectTable: table,
      subjectId: id,
      round: subject.approvalRound,
    })
    await settleRound(w, db, table, subject, [...records, record], ctx)
    return row
  })
}

export interface AppDecision {
  rule: ApprovalRule
  decision: ApprovalDecision
  comment: string
}

/** 审批 in the app, by the rule's own role at its step. */
export function decideApproval(
  db: DeskDb,
  req: { table: ApprovalSubjectTable; id: string; decision: AppDecision },
  ctx: WriteContext,
): Promise<ApprovalRow> {
  return decide(db, req.table, req.id, ctx, (required, records) =>
    decideInApp(ctx.actor, required, records, { ...req.decision, now: ctx.now }),
  )
}

export interface PaperDecision extends AppDecision {
  signer: string
  signedOn: string
  /** The attachment holding the signed form's scan. */
  scanId: string
}

/** A decision signed on the paper 审批表, entered by a clerk with the scan. */
export function recordPaperApproval(
  db: DeskDb,
  req: { table: ApprovalSubjectTable; id: string; decision: PaperDecision },
  ctx: WriteContext,
): Promise<ApprovalRow> {
  return decide(db, req.table, req.id, ctx, (required, records) =>
    recordOnPaper(ctx.actor, required, records, { ...req.decision, now: ctx.now }),
  )
}
