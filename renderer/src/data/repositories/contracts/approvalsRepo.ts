/**
 * Decisions on the approvals a contract, change agreement or phone order
 * requires (shared/approvals). One row per decision, never edited; the
 * subject moves on in the same transaction when its last approval is given,
 * or back when one is refused. Who may decide is checked in shared/approvals,
 * so a role that may not approve cannot, whatever the screen shows.
 */
import { type PricedLine, type RequiredApproval, requiredApprovals } from '@shared/approvals/approvalRules'
import {
  type ApprovalDecision,
  type ApprovalRecord,
  approvalProgress,
} from '@shared/approvals/approvalStatus'
import { decideInApp, recordOnPaper } from '@shared/approvals/decideApproval'
import type { ApprovalRule } from '@shared/approvals/approvalRules'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import type {
  ApprovalRow,
  ApprovalSubjectTable,
  TradeLineRecord,
} from '@shared/procedures/contracts/contractRecords'
import type { DeskDb } from '../../db'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { readSettings } from '../settingsRepo'

/** The negotiated unit price after discount, fen, as the rules compare it with the quote. */
export function pricedLines(lines: readonly TradeLineRecord[]): PricedLine[] {
  return lines.map((l) => ({
    label: [l.name, l.spec].filter(Boolean).join(' '),
    quotedUnitFen: l.quotedUnitFen,
    unitFen: Math.floor((l.unitFen * (10_000 - l.discountBp) + 5_000) / 10_000),
  }))
}

/** The approvals a deal needs under today's thresholds. */
export async function approvalsFor(
  db: DeskDb,
  subject: {
    kind: 'contract' | 'phoneOrder'
    amountFen: number
    lines: readonly TradeLineRecord[]
    nonStandardTerms: boolean
    specialFees: boolean
  },
): Promise<RequiredApproval[]> {
  const settings = await readSettings(db)
  return requiredApprovals(
    { ...subject, lines: pricedLines(subject.lines) },
    {
      priceDeviationBp: settings['approvals.priceDeviationBp'],
      majorContractFen: settings['approvals.majorContractFen'],
    },
  )
}

/** The step at which each kind of subject waits for approvals. */
const waitingStep: Record<ApprovalSubjectTable, string> = {
  contracts: 'approval',
  contractChanges: 'approval',
  phoneOrders: 'waiting',
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
  return rows.filter((r) => !r.deletedAt && r.round === subject.approvalRound)
}

/** Every decision on a subject, all rounds, oldest first (the 审批表 prints them all). */
export async function allApprovals(db: DeskDb, subjectId: string): Promise<ApprovalRow[]> {
  const rows = await db.approvals.where('subjectId').equals(subjectId).toArray()
  return rows.filter((r) => !r.deletedAt).sort((a, b) => a.round - b.round || a.step - b.step)
}

/** Moves the subject on once its round is decided: approved, or refused (back to draft). */
async function settleRound(
  w: Writer,
  table: ApprovalSubjectTable,
  subject: Subject,
  records: readonly ApprovalRecord[],
  today: string,
): Promise<void> {
  const state = approvalProgress(subject.requiredApprovals, records).state
  if (state === 'approved') {
    if (table === 'phoneOrders') await w.update(table, subject.id, { step: 'approved' })
    else await w.update(table, subject.id, { step: 'toSign', approvedOn: today } as never)
  } else if (state === 'rejected') {
    if (table === 'phoneOrders') await w.update(table, subject.id, { step: 'rejected' })
    else
      await w.update(table, subject.id, {
        step: 'draft',
        approvalRound: subject.approvalRound + 1,
      } as never)
  }
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
    if (subject.step !== waitingStep[table])
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
    await settleRound(w, table, subject, [...records, record], todayIso(ctx.now))
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
  table: ApprovalSubjectTable,
  id: string,
  d: AppDecision,
  ctx: WriteContext,
): Promise<ApprovalRow> {
  return decide(db, table, id, ctx, (required, records) =>
    decideInApp(ctx.actor, required, records, { ...d, now: ctx.now }),
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
  table: ApprovalSubjectTable,
  id: string,
  d: PaperDecision,
  ctx: WriteContext,
): Promise<ApprovalRow> {
  return decide(db, table, id, ctx, (required, records) =>
    recordOnPaper(ctx.actor, required, records, { ...d, now: ctx.now }),
  )
}
