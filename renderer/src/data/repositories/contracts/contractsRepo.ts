/**
 * 销售合同: drafting, and every step from 起草 to 已结算 (DOMAIN.md §1). Each
 * command is one transaction: it loads the contract's facts, asks the
 * contract's machine (shared/procedures/contracts/machines/contract.ts) and
 * writes what the machine allows, so a screen cannot take a step the rules
 * refuse.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import {
  type ContractAction,
  type ContractFacts,
  type ContractPayload,
  contractMachine,
} from '@shared/procedures/contracts/machines/contract'
import { type ContractInput, contractInputSchema } from '@shared/procedures/contracts/schema'
import type { ContractRecord } from '@shared/procedures/contracts/records'
import { tradeTotals } from '@shared/procedures/contracts/lines'
import { tableSpecs } from '@shared/tables/tableSpecs'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { readSettings } from '../settingsRepo'
import { listAttachments } from '../attachmentsRepo'
import { allowed, machineContext } from '../takeTransition'
import { liveLines, liveMilestones, writeLines, writeMilestones } from './childLines'

const edit = tableSpecs.contracts.edit

export function validateContract(input: unknown): ContractInput {
  return parseOrFail(contractInputSchema, input)
}

/** The contract, while its own fields may still be edited (after 起草, only by change agreement). */
async function editable(w: Writer, id: string): Promise<ContractRecord> {
  const c = await w.getLive('contracts', id)
  if (!contractMachine.isEditable(c.step))
    throw new AppFailure(contractMachine.notEditable.code, contractMachine.notEditable.messageKey)
  return c
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
    w.updateRow('contracts', contract, { ...contractFields(input), ...tradeTotals(input.lines) }),
  ])
  return saved
}

export interface ContractLinks {
  quotationId?: string
  phoneOrderId?: string
}

/** A contract's fields before its first save: the draft step of its machine, nothing decided yet. */
function newContract(values: ContractInput, number: string, links: ContractLinks) {
  return {
    ...contractFields(values),
    number,
    quotationId: links.quotationId ?? '',
    phoneOrderId: links.phoneOrderId ?? '',
    deliveredOn: '',
    step: contractMachine.initial,
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
  }
}

/**
 * A new contract in 起草, numbered from this PC's block. `writer`: for callers
 * that already hold the transaction (a contract made from a quotation or a
 * phone order).
 */
export async function createContract(
  db: DeskDb,
  req: { input: unknown; links?: ContractLinks },
  ctx: WriteContext,
  writer?: Writer,
): Promise<ContractRecord> {
  assertCan(ctx.actor, edit)
  const values = validateContract(req.input)
  const work = async (w: Writer) => {
    const settings = await readSettings(db)
    const today = todayIso(ctx.now)
    const number = await takeNumber(w, db, 'contract', settings['contracts.numberPattern'], today)
    const row = await w.create('contracts', newContract(values, number, req.links ?? {}))
    return writeDraft(w, db, row, values)
  }
  return writer ? work(writer) : runWrite(db, ctx, work)
}

/** Saves a draft; only a contract in 起草 can be edited (after that, by change agreement). */
export async function saveContract(
  db: DeskDb,
  req: { id: string; input: unknown },
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, edit)
  const values = validateContract(req.input)
  return runWrite(db, ctx, async (w) => writeDraft(w, db, await editable(w, req.id), values), [
    'contracts',
    'tradeLines',
    'milestones',
  ])
}

/** The contract as its machine sees it: the record, its live lines and milestones, its live scans. */
export async function contractFacts(db: DeskDb, c: ContractRecord): Promise<ContractFacts> {
  const [lines, milestones, scans] = await Promise.all([
    liveLines(db, c.id),
    liveMilestones(db, c.id),
    listAttachments(db, { table: 'contracts', id: c.id }),
  ])
  return { ...c, lines, milestones, attachmentIds: liveRows(scans).map((a) => a.id) }
}

/** Takes one action of the contract's machine inside the caller's transaction. */
async function take(
  w: Writer,
  db: DeskDb,
  c: ContractRecord,
  action: ContractAction,
  payload: ContractPayload,
  ctx: WriteContext,
): Promise<ContractRecord> {
  const [facts, mctx] = await Promise.all([contractFacts(db, c), machineContext(db, ctx)])
  const patch = allowed(contractMachine.transition(facts, action, payload, mctx), 'contracts', action)
  return w.update('contracts', c.id, patch)
}

/**
 * 提交法务审核 from the draft form: the form's values are saved and the
 * contract submitted in one transaction, so a refused submission leaves the
 * draft as it was.
 */
export async function submitContract(
  db: DeskDb,
  req: { id: string; input: unknown },
  ctx: WriteContext,
): Promise<ContractRecord> {
  assertCan(ctx.actor, edit)
  const values = validateContract(req.input)
  return runWrite(db, ctx, async (w) => {
    const saved = await writeDraft(w, db, await editable(w, req.id), values)
    return take(w, db, saved, 'submitLegal', {}, ctx)
  })
}

/** Takes one step of the contract's procedure, with what the step's form adds. */
export async function contractAction(
  db: DeskDb,
  req: { id: string; action: ContractAction; payload: ContractPayload },
  ctx: WriteContext,
): Promise<ContractRecord> {
  return runWrite(db, ctx, async (w) =>
    take(w, db, await w.getLive('contracts', req.id), req.action, req.payload, ctx),
  )
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A fixed-date payment milestone's date (one without a trigger, or 'fixed'); the others follow their events. */
export async function updateMilestone(
  db: DeskDb,
  req: { contractId: string; milestoneId: string; patch: { dueOn: string } },
  ctx: WriteContext,
): Promise<void> {
  assertCan(ctx.actor, 'contracts.perform')
  const { contractId, milestoneId, patch } = req
  await runWrite(db, ctx, async (w) => {
    await w.getLive('contracts', contractId)
    const m = await w.get('milestones', milestoneId)
    if (!m || m.parentId !== contractId)
      throw new AppFailure('data.notFound', 'errors.data.notFound', { table: 'milestones', id: milestoneId })
    if (patch.dueOn !== '' && !DAY.test(patch.dueOn))
      throw new AppFailure('validation', 'validation.date', { field: 'dueOn' })
    await w.update('milestones', milestoneId, { dueOn: patch.dueOn })
  })
}

/**
 * What the contract's performance records besides delivery: the day the
 * customer accepted the goods (验收合格), the warranty in months, and the
 * 业务员 who chases its payments — the events its milestones fall due by.
 */
export async function updatePerformance(
  db: DeskDb,
  req: { contractId: string; patch: { acceptedOn?: string; warrantyMonths?: number; salesRepId?: string } },
  ctx: WriteContext,
): Promise<void> {
  assertCan(ctx.actor, 'contracts.perform')
  const { contractId, patch } = req
  await runWrite(db, ctx, async (w) => {
    const c = await w.getLive('contracts', contractId)
    if (patch.acceptedOn !== undefined) {
      if (patch.acceptedOn !== '' && !DAY.test(patch.acceptedOn))
        throw new AppFailure('validation', 'validation.date', { field: 'acceptedOn' })
      if (patch.acceptedOn > todayIso(ctx.now))
        throw new AppFailure('validation', 'validation.contract.future', { field: 'acceptedOn' })
      if (patch.acceptedOn && c.signedOn && patch.acceptedOn < c.signedOn)
        throw new AppFailure('validation', 'validation.contract.acceptedBeforeSigned', {
          field: 'acceptedOn',
        })
    }
    if (
      patch.warrantyMonths !== undefined &&
      !(Number.isInteger(patch.warrantyMonths) && patch.warrantyMonths >= 0 && patch.warrantyMonths <= 120)
    )
      throw new AppFailure('validation', 'validation.contract.warrantyMonths', { field: 'warrantyMonths' })
    if (patch.salesRepId) {
      const rep = await w.get('users', patch.salesRepId)
      if (!rep || rep.deletedAt)
        throw new AppFailure('validation', 'validation.required', { field: 'salesRepId' })
    }
    await w.update('contracts', contractId, patch)
  })
}
