/**
 * 销售合同: drafting, and every step from 起草 to 已结算 (DOMAIN.md §1). Each
 * command is one transaction that checks the acting role against the step
 * machine (contractSteps.ts) and the contract's data against its checks
 * (contractChecks.ts), so a screen cannot take a step the rules refuse.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import {
  type ContractFacts,
  type FieldProblem,
  contractProblems,
  contractTotals,
} from '@shared/procedures/contracts/contractChecks'
import { type ContractInput, contractInputSchema } from '@shared/procedures/contracts/contractInputs'
import type { ContractRecord } from '@shared/procedures/contracts/contractRecords'
import {
  type ContractAction,
  contractTransitions,
  nextStep,
} from '@shared/procedures/contracts/contractSteps'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { readSettings } from '../settingsRepo'
import { approvalsFor } from './approvalsRepo'
import { liveLines, liveMilestones, writeLines, writeMilestones } from './childLines'

export function validateContract(input: unknown): ContractInput {
  return parseOrFail(contractInputSchema, input)
}

/** The contract in 起草: only a draft is edited (after that, by change agreement). */
async function draftOf(w: Writer, id: string): Promise<ContractRecord> {
  const c = await w.getLive('contracts', id)
  if (c.step !== 'draft') throw new AppFailure('contracts.notDraft', 'errors.contracts.notDraft')
  return c
}

/** Refuses with the first problem, at its field (the screen shows them all beforehand). */
function refuseProblems(problems: readonly FieldProblem[]): void {
  const first = problems[0]
  if (first) throw new AppFailure('validation', first.messageKey, { field: first.field, ...first.params })
}

/** The contract's own fields of an input (its lines and milestones are child rows). */
function contractFields(input: ContractInput): Omit<ContractInput, 'lines' | 'milestones'> {
  const { lines: _lines, milestones: _milestones, ...fields } = input
  return fields
}

/**
 * Writes the draft's fields, lines and milestones, and its totals from the
 * lines. The children are read at once and each row is written from what was
 * read: in Chromium every request waited on is a round trip to the database
 * process.
 */
async function writeDraft(
  w: Writer,
  db: DeskDb,
  contract: ContractRecord,
  input: ContractInput,
): Promise<ContractRecord> {
  const id = contract.id
  const [lines, milestones] = await Promise.all([liveLines(db, id), liveMilestones(db, id)])
  // The totals follow from the lines as entered, so the contract's own row
  // is written alongside its children rather than after them.
  const [, , saved] = await Promise.all([
    writeLines(w, db, 'contracts', id, input.lines, lines),
    writeMilestones(w, db, 'contracts', id, input.milestones, milestones),
    w.updateRow('contracts', contract, { ...contractFields(input), ...contractTotals(input.lines) }),
  ])
  return saved
}

export interface ContractLinks {
  quotationId?: string
  phoneOrderId?: string
}

/** A new contract in 起草, numbered from this PC's block. */
export async function createContract(
  db: DeskDb,
  input: unknown,
  ctx: WriteContext,
  links: ContractLinks = {},
  /** For callers that already hold the transaction (from a quotation or phone order). */
  writer?: Writer,
): Promise<ContractRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  const values = validateContract(input)
  const work = async (w: Writer) => {
    const settings = await readSettings(db)
    const today = todayIso(ctx.now)
    const number = await takeNumber(w, db, 'contract', settings['contracts.numberPattern'], today)
    const row = await w.create('contracts', {
      ...contractFields(values),
      number,
      quotationId: links.quotationId ?? '',
      phoneOrderId: links.phoneOrderId ?? '',
      deliveredOn: '',
      step: 'draft',
      version: 1,
      netFen: 0,
      taxFen: 0,
      totalFen: 0,
      legalOpinion: '',
      riskAssessment: '',
      legalOn: '',
      legalBy: '',
      requiredApprovals: [],
      approvalRound: 1,
      approvedOn: '',
      openPointsConfirmed: false,
      signedOn: '',
      signedScanId: '',
      filedOn: '',
      quantitiesVerified: false,
      amountsVerified: false,
      settledOn: '',
      reason: '',
      endedOn: '',
    })
    return writeDraft(w, db, row, values)
  }
  return writer ? work(writer) : runWrite(db, ctx, work)
}

/** Saves a draft; only a contract in 起草 can be edited (after that, by change agreement). */
export async function saveContract(
  db: DeskDb,
  id: string,
  input: unknown,
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  const values = validateContract(input)
  return runWrite(db, ctx, async (w) => writeDraft(w, db, await draftOf(w, id), values), [
    'contracts',
    'tradeLines',
    'milestones',
  ])
}

/**
 * 提交法务审核 from the draft form: the form's values are saved and the
 * contract submitted in one transaction, so a refused submission leaves the
 * draft as it was.
 */
export async function submitContract(
  db: DeskDb,
  id: string,
  input: unknown,
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  const values = validateContract(input)
  return runWrite(db, ctx, async (w) => {
    const saved = await writeDraft(w, db, await draftOf(w, id), values)
    refuseProblems(contractProblems('submitLegal', await contractFacts(db, saved), todayIso(ctx.now)))
    return w.update('contracts', id, { step: 'legalReview' })
  })
}

/** What a step's form adds to the contract when the action is taken. */
export interface ActionPayload {
  legalOpinion?: string
  riskAssessment?: string
  signedOn?: string
  openPointsConfirmed?: boolean
  signedScanId?: string
  quantitiesVerified?: boolean
  amountsVerified?: boolean
  reason?: string
}

export async function contractFacts(
  db: DeskDb,
  c: ContractRecord,
  p: ActionPayload = {},
): Promise<ContractFacts> {
  const [lines, milestones] = await Promise.all([liveLines(db, c.id), liveMilestones(db, c.id)])
  const orNull = (v: string) => (v === '' ? null : v)
  return {
    customerId: c.customerId,
    lines,
    milestones,
    legalOpinion: p.legalOpinion ?? c.legalOpinion,
    riskAssessment: p.riskAssessment ?? c.riskAssessment,
    legalOn: orNull(c.legalOn),
    approvedOn: orNull(c.approvedOn),
    signedOn: orNull(p.signedOn ?? c.signedOn),
    openPointsConfirmed: p.openPointsConfirmed ?? c.openPointsConfirmed,
    signedScanId: orNull(p.signedScanId ?? c.signedScanId),
    quantitiesVerified: p.quantitiesVerified ?? c.quantitiesVerified,
    amountsVerified: p.amountsVerified ?? c.amountsVerified,
    reason: p.reason ?? c.reason,
  }
}

/** Actions the approvals engine takes itself (approvalsRepo.ts), never a button. */
const engineActions: ReadonlySet<ContractAction> = new Set(['approvalsDone', 'approvalRejected'])

/** The fields an action writes besides the step. */
async function actionFields(
  w: Writer,
  db: DeskDb,
  c: ContractRecord,
  action: ContractAction,
  p: ActionPayload,
  today: string,
): Promise<Partial<ContractRecord>> {
  const text = (v: string | undefined) => (v ?? '').trim()
  switch (action) {
    case 'legalPass': {
      const lines = await liveLines(db, c.id)
      const required = await approvalsFor(db, {
        kind: 'contract',
        amountFen: c.totalFen,
        lines,
        nonStandardTerms: c.nonStandardTerms,
        specialFees: c.specialFees,
      })
      return {
        legalOpinion: text(p.legalOpinion),
        riskAssessment: text(p.riskAssessment),
        legalOn: today,
        legalBy: w.actor.name,
        requiredApprovals: required,
      }
    }
    case 'legalReturn':
      return { legalOpinion: text(p.legalOpinion), legalOn: '', legalBy: w.actor.name }
    case 'sign':
      return { signedOn: p.signedOn ?? '', openPointsConfirmed: true }
    case 'file': {
      const scan = await w.get('attachments', p.signedScanId ?? '')
      if (!scan || scan.deletedAt || scan.ownerTable !== 'contracts' || scan.ownerId !== c.id)
        throw new AppFailure('validation', 'validation.contract.scan', { field: 'signedScanId' })
      return { signedScanId: scan.id, filedOn: today }
    }
    case 'settle':
      return { quantitiesVerified: true, amountsVerified: true, settledOn: today }
    case 'terminate':
    case 'void':
      return { reason: text(p.reason), endedOn: today }
    default:
      return {}
  }
}

/** Takes one step of the contract's procedure. */
export async function contractAction(
  db: DeskDb,
  id: string,
  action: ContractAction,
  payload: ActionPayload,
  ctx: WriteContext,
): Promise<ContractRecord> {
  if (engineActions.has(action))
    throw new AppFailure('auth.forbidden', 'errors.auth.forbidden', { permission: action })
  const t = contractTransitions[action]
  if (!ctx.actor.roles.some((r) => t.roles.includes(r)))
    throw new AppFailure('auth.forbidden', 'errors.auth.forbidden', { permission: `contracts.${action}` })
  return runWrite(db, ctx, async (w) => {
    const c = await w.getLive('contracts', id)
    const today = todayIso(ctx.now)
    refuseProblems(contractProblems(action, await contractFacts(db, c, payload), today))
    const fields = await actionFields(w, db, c, action, payload, today)
    const approvalsRequired = (fields.requiredApprovals ?? c.requiredApprovals).length > 0
    const to = nextStep(c.step, action, { approvalsRequired })
    if (!to) throw new AppFailure('contracts.stepClosed', 'errors.contracts.stepClosed', { action })
    return w.update('contracts', id, { ...fields, step: to })
  })
}

/** 交货: the date the goods were delivered, while the contract is being performed. */
export async function markDelivered(
  db: DeskDb,
  id: string,
  deliveredOn: string,
  ctx: WriteContext,
): Promise<void> {
  assertCan(ctx.actor, 'contracts.perform')
  await runWrite(db, ctx, async (w) => {
    const c = await w.getLive('contracts', id)
    if (!['signed', 'filed', 'performing'].includes(c.step))
      throw new AppFailure('contracts.stepClosed', 'errors.contracts.stepClosed', { action: 'deliver' })
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deliveredOn) || deliveredOn > todayIso(ctx.now))
      throw new AppFailure('validation', 'validation.contract.future', { field: 'deliveredOn' })
    await w.update('contracts', id, { deliveredOn })
  })
}

/** A payment milestone's due date once known, and the day its money arrived. */
export async function updateMilestone(
  db: DeskDb,
  contractId: string,
  milestoneId: string,
  patch: { dueOn?: string; receivedOn?: string },
  ctx: WriteContext,
): Promise<void> {
  assertCan(ctx.actor, 'contracts.perform')
  await runWrite(db, ctx, async (w) => {
    await w.getLive('contracts', contractId)
    const m = await w.get('milestones', milestoneId)
    if (!m || m.parentId !== contractId)
      throw new AppFailure('data.notFound', 'errors.data.notFound', { table: 'milestones', id: milestoneId })
    for (const [field, v] of Object.entries(patch))
      if (v !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(v))
        throw new AppFailure('validation', 'validation.date', { field })
    if (patch.receivedOn && patch.receivedOn > todayIso(ctx.now))
      throw new AppFailure('validation', 'validation.contract.future', { field: 'receivedOn' })
    await w.update('milestones', milestoneId, patch)
  })
}
