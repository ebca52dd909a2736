/**
 * 变更协议: a signed contract changes only by a new version agreed in writing.
 * The agreement starts as a copy of the contract's lines and milestones, is
 * edited, asks the approvals the rules require for the new version, and when
 * signed becomes the contract: its lines and milestones are replaced and its
 * version and totals move on, in one transaction.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import { contractTotals } from '@shared/procedures/contracts/contractChecks'
import { type ChangeInput, changeInputSchema } from '@shared/procedures/contracts/contractInputs'
import type { ContractChangeRecord } from '@shared/procedures/contracts/contractRecords'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { approvalsFor } from './approvalsRepo'
import {
  lineInputOf,
  liveLines,
  liveMilestones,
  milestoneInputOf,
  writeLines,
  writeMilestones,
} from './childLines'

/** Steps of a contract that a change agreement may amend. */
const changeable: ReadonlySet<string> = new Set(['signed', 'filed', 'performing'])

async function openChange(db: DeskDb, contractId: string): Promise<ContractChangeRecord | undefined> {
  const rows = await db.contractChanges.where('contractId').equals(contractId).toArray()
  return rows.find((r) => !r.deletedAt && r.step !== 'signed' && r.step !== 'voided')
}

/** Starts the contract's next version as a copy of the current one. */
export async function startChange(
  db: DeskDb,
  contractId: string,
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  return runWrite(db, ctx, async (w) => {
    const c = await w.getLive('contracts', contractId)
    if (!changeable.has(c.step))
      throw new AppFailure('contracts.notChangeable', 'errors.contracts.notChangeable')
    if (await openChange(db, contractId))
      throw new AppFailure('contracts.changeOpen', 'errors.contracts.changeOpen')
    const version = c.version + 1
    const lines = (await liveLines(db, contractId)).map((l) => lineInputOf(l, false))
    const change = await w.create('contractChanges', {
      contractId,
      version,
      number: `${c.number}-BG${version - 1}`,
      reason: '',
      scheduleEffect: '',
      step: 'draft',
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
    const milestones = (await liveMilestones(db, contractId)).map((m) => milestoneInputOf(m, false))
    await writeLines(w, db, 'contractChanges', change.id, lines)
    await writeMilestones(w, db, 'contractChanges', change.id, milestones)
    return change
  })
}

export async function saveChange(
  db: DeskDb,
  id: string,
  input: unknown,
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  const values: ChangeInput = parseOrFail(changeInputSchema, input)
  return runWrite(db, ctx, async (w) => {
    const change = await w.getLive('contractChanges', id)
    if (change.step !== 'draft') throw new AppFailure('contracts.notDraft', 'errors.contracts.notDraft')
    const lines = await writeLines(w, db, 'contractChanges', id, values.lines)
    await writeMilestones(w, db, 'contractChanges', id, values.milestones)
    return w.update('contractChanges', id, {
      reason: values.reason,
      scheduleEffect: values.scheduleEffect,
      totalAfterFen: contractTotals(lines).totalFen,
    })
  })
}

/** 提交审批: the new version's approvals, or straight to 待签订 when none is required. */
export async function submitChange(db: DeskDb, id: string, ctx: WriteContext): Promise<ContractChangeRecord> {
  assertCan(ctx.actor, 'contracts.edit')
  return runWrite(db, ctx, async (w) => {
    const change = await w.getLive('contractChanges', id)
    if (change.step !== 'draft') throw new AppFailure('contracts.notDraft', 'errors.contracts.notDraft')
    if (change.reason.trim() === '')
      throw new AppFailure('validation', 'validation.required', { field: 'reason' })
    const c = await w.getLive('contracts', change.contractId)
    const lines = await liveLines(db, id)
    if (lines.length === 0)
      throw new AppFailure('validation', 'validation.contract.noLines', { field: 'lines' })
    const sum = (await liveMilestones(db, id)).reduce((s, m) => s + m.percentBp, 0)
    if (sum !== 10_000)
      throw new AppFailure('validation', 'validation.contract.milestonesSum', {
        field: 'milestones',
        percent: sum / 100,
      })
    const required = await approvalsFor(db, {
      kind: 'contract',
      amountFen: change.totalAfterFen,
      lines,
      nonStandardTerms: c.nonStandardTerms,
      specialFees: c.specialFees,
    })
    return w.update('contractChanges', id, {
      requiredApprovals: required,
      step: required.length > 0 ? 'approval' : 'toSign',
    })
  })
}

/** 签订: the agreement becomes the contract's current version. */
export async function signChange(
  db: DeskDb,
  id: string,
  signedOn: string,
  ctx: WriteContext,
): Promise<ContractChangeRecord> {
  if (!ctx.actor.roles.some((r) => r === 'clerk' || r === 'commerceManager'))
    throw new AppFailure('auth.forbidden', 'errors.auth.forbidden', { permission: 'contracts.sign' })
  return runWrite(db, ctx, async (w) => {
    const change = await w.getLive('contractChanges', id)
    if (change.step !== 'toSign')
      throw new AppFailure('contracts.stepClosed', 'errors.contracts.stepClosed', { action: 'sign' })
    const after = change.approvedOn || change.updatedAt.slice(0, 10)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(signedOn))
      throw new AppFailure('validation', 'validation.required', { field: 'signedOn' })
    if (change.approvedOn && signedOn < after)
      throw new AppFailure('validation', 'validation.contract.signedBeforeApproval', {
        field: 'signedOn',
        date: after,
      })
    if (signedOn > todayIso(ctx.now))
      throw new AppFailure('validation', 'validation.contract.future', { field: 'signedOn' })
    const lines = (await liveLines(db, id)).map((l) => lineInputOf(l, false))
    const milestones = (await liveMilestones(db, id)).map((m) => milestoneInputOf(m, false))
    const written = await writeLines(w, db, 'contracts', change.contractId, lines)
    await writeMilestones(w, db, 'contracts', change.contractId, milestones)
    await w.update('contracts', change.contractId, { version: change.version, ...contractTotals(written) })
    return w.update('contractChanges', id, { step: 'signed', signedOn })
  })
}

export async function voidChange(db: DeskDb, id: string, reason: string, ctx: WriteContext): Promise<void> {
  assertCan(ctx.actor, 'contracts.edit')
  if (reason.trim() === '') throw new AppFailure('validation', 'validation.required', { field: 'reason' })
  await runWrite(db, ctx, async (w) => {
    const change = await w.getLive('contractChanges', id)
    if (change.step === 'signed' || change.step === 'voided')
      throw new AppFailure('contracts.stepClosed', 'errors.contracts.stepClosed', { action: 'void' })
    await w.update('contractChanges', id, { step: 'voided', voidReason: reason.trim() })
  })
}
