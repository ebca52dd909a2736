/**
 * 变更协议: a signed contract changes only by a new version agreed in writing.
 * The agreement starts as a copy of the contract's lines and milestones, is
 * edited, asks the approvals the rules require for the new version, and when
 * signed becomes the contract: its lines and milestones are replaced and its
 * version and totals move on, in one transaction. Its steps are the change
 * machine's (shared/procedures/contracts/machines/change.ts).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { tradeTotals } from '@shared/procedures/contracts/lines'
import {
  type ChangeAction,
  type ChangeFacts,
  changeMachine,
  changeStartRefusal,
} from '@shared/procedures/contracts/machines/change'
import type { ContractChangeRecord } from '@shared/procedures/contracts/records'
import { type ChangeInput, changeInputSchema } from '@shared/procedures/contracts/schema'
import { tableSpecs } from '@shared/tables/tableSpecs'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { deriveNow } from '../../deriveNow'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext } from '../takeTransition'
import {
  lineInputOf,
  liveLines,
  liveMilestones,
  milestoneInputOf,
  writeLines,
  writeMilestones,
} from './childLines'

const edit = tableSpecs.contractChanges.edit

/** The contract's change agreements not yet signed or voided. */
async function openChanges(db: DeskDb, contractId: string): Promise<ContractChangeRecord[]> {
  const rows = await db.contractChanges.where('contractId').equals(contractId).toArray()
  return liveRows(rows).filter((r) => !changeMachine.isEnded(r.step))
}

/** Starts the contract's next version as a copy of the current one. */
export async function startChange(
  db: DeskDb,
  req: { contractId: string },
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  assertCan(ctx.actor, edit)
  return runWrite(db, ctx, async (w) => {
    const c = await w.getLive('contracts', req.contractId)
    const refusal = changeStartRefusal(c.step, (await openChanges(db, c.id)).length)
    if (refusal) throw new AppFailure(refusal.code, refusal.messageKey)
    const version = c.version + 1
    const lines = (await liveLines(db, c.id)).map((l) => lineInputOf(l, false))
    const change = await w.create('contractChanges', {
      contractId: c.id,
      version,
      number: `${c.number}-BG${version - 1}`,
      reason: '',
      scheduleEffect: '',
      step: changeMachine.initial,
      totalBeforeFen: c.totalFen,
      totalAfterFen: c.totalFen,
      linesBefore: lines,
      requiredApprovals: [],
      approvalRound: 1,
      approvedOn: '',
      signedOn: '',
      signedScanId: '',
      voidReason: '',
    })
    const milestones = (await liveMilestones(db, c.id)).map((m) => milestoneInputOf(m, false))
    await writeLines(w, db, 'contractChanges', change.id, lines)
    await writeMilestones(w, db, 'contractChanges', change.id, milestones)
    return change
  })
}

export async function saveChange(
  db: DeskDb,
  req: { id: string; input: unknown },
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  assertCan(ctx.actor, edit)
  const values: ChangeInput = parseOrFail(changeInputSchema, req.input)
  return runWrite(db, ctx, async (w) => {
    const change = await w.getLive('contractChanges', req.id)
    if (!changeMachine.isEditable(change.step))
      throw new AppFailure(changeMachine.notEditable.code, changeMachine.notEditable.messageKey)
    const lines = await writeLines(w, db, 'contractChanges', change.id, values.lines)
    await writeMilestones(w, db, 'contractChanges', change.id, values.milestones)
    return w.update('contractChanges', change.id, {
      reason: values.reason,
      scheduleEffect: values.scheduleEffect,
      totalAfterFen: tradeTotals(lines).totalFen,
    })
  })
}

/** The agreement as its machine sees it: with its lines, milestones and the contract's terms. */
async function changeFacts(w: Writer, db: DeskDb, change: ContractChangeRecord): Promise<ChangeFacts> {
  const [lines, milestones, contract] = await Promise.all([
    liveLines(db, change.id),
    liveMilestones(db, change.id),
    w.getLive('contracts', change.contractId),
  ])
  return { ...change, lines, milestones, contract }
}

async function take<A extends ChangeAction>(
  w: Writer,
  db: DeskDb,
  id: string,
  action: A,
  payload: Parameters<typeof changeMachine.transition<A>>[2],
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  const change = await w.getLive('contractChanges', id)
  const facts = await changeFacts(w, db, change)
  const result = changeMachine.transition(facts, action, payload, await machineContext(db, ctx))
  return w.update('contractChanges', id, allowed(result, 'contractChanges', action))
}

/** 提交审批: the new version's approvals, or straight to 待签订 when none is required. */
export async function submitChange(
  db: DeskDb,
  req: { id: string },
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  assertCan(ctx.actor, edit)
  return runWrite(db, ctx, (w) => take(w, db, req.id, 'submit', {}, ctx))
}

/** 签订: the agreement becomes the contract's current version. */
export async function signChange(
  db: DeskDb,
  req: { id: string; signedOn: string },
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  return runWrite(db, ctx, async (w) => {
    const signed = await take(w, db, req.id, 'sign', { signedOn: req.signedOn }, ctx)
    const lines = (await liveLines(db, signed.id)).map((l) => lineInputOf(l, false))
    const milestones = (await liveMilestones(db, signed.id)).map((m) => milestoneInputOf(m, false))
    const written = await writeLines(w, db, 'contracts', signed.contractId, lines)
    await writeMilestones(w, db, 'contracts', signed.contractId, milestones)
    await w.update('contracts', signed.contractId, { version: signed.version, ...tradeTotals(written) })
    // New quantities may leave a delivered contract with more to deliver (its derived shipping state).
    await deriveNow(w, db, 'contracts', signed.contractId)
    return signed
  })
}

export async function voidChange(
  db: DeskDb,
  req: { id: string; reason: string },
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  assertCan(ctx.actor, edit)
  return runWrite(db, ctx, (w) => take(w, db, req.id, 'void', { reason: req.reason }, ctx))
}
