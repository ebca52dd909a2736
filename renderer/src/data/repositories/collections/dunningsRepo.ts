/**
 * 催款 (制度：商务部按照合同流程催款; 对回款的完成情况负责): every milestone a
 * contract owes with a due date, read by the contract index
 * `[step+paymentsDueFrom]` (what contracts keep of what they are owed,
 * collections/contractPayments.ts), with the latest attempt to chase it;
 * and the attempts themselves, one record per call or visit.
 */
import { assertCan } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import { dunningProblems } from '@shared/procedures/collections/dunning'
import type { DunningRecord } from '@shared/procedures/collections/records'
import { dunningInputSchema } from '@shared/procedures/collections/schema'
import type { ContractRecord } from '@shared/procedures/contracts/records'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import { AppFailure } from '@shared/errors/appFailure'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { refuseProblems } from '../takeTransition'

/** The steps of a contract that owes money. */
const owingSteps = ['signed', 'filed', 'performing', 'settled'] as const

export interface OwedRow {
  contract: ContractRecord
  milestoneId: string
  kind: string
  dueOn: string
  openFen: number
  /** The latest attempt to chase it, if any. */
  last: DunningRecord | undefined
}

/** Every owed milestone with a due date, earliest first, with its latest 催款. */
export async function owedMilestoneRows(db: DeskDb): Promise<OwedRow[]> {
  const contracts = (
    await Promise.all(
      owingSteps.map((step) =>
        db.contracts
          .where('[step+paymentsDueFrom]')
          .between([step, '0000-00-00'], [step, '9999-12-31'], true, true)
          .toArray(),
      ),
    )
  ).flat()
  const live = liveRows(contracts)
  const dunnings = liveRows(
    await db.dunnings
      .where('contractId')
      .anyOf(live.map((c) => c.id))
      .toArray(),
  )
  const latest = new Map<string, DunningRecord>()
  for (const d of dunnings) {
    const before = latest.get(d.milestoneId)
    if (
      !before ||
      d.contactedOn > before.contactedOn ||
      (d.contactedOn === before.contactedOn && d.createdAt > before.createdAt)
    )
      latest.set(d.milestoneId, d)
  }
  return live
    .flatMap((contract) =>
      (contract.paymentsDue ?? [])
        .filter((m) => m.dueOn !== '' && m.openFen > 0)
        .map((m) => ({ contract, ...m, last: latest.get(m.milestoneId) })),
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.contract.number.localeCompare(b.contract.number))
}

/** A milestone's 催款 log, newest first. */
export async function dunningLog(db: DeskDb, milestoneId: string): Promise<DunningRecord[]> {
  const rows = liveRows(await db.dunnings.where('milestoneId').equals(milestoneId).toArray())
  return rows.sort(
    (a, b) => b.contactedOn.localeCompare(a.contactedOn) || b.createdAt.localeCompare(a.createdAt),
  )
}

/** Records one attempt to chase a milestone of a contract: whom, how, and the day promised. */
export async function saveDunning(
  db: DeskDb,
  req: { input: unknown },
  ctx: WriteContext,
): Promise<DunningRecord> {
  assertCan(ctx.actor, 'collections.dun')
  const input = parseOrFail(dunningInputSchema, req.input)
  refuseProblems(dunningProblems(input, todayIso(ctx.now)))
  return runWrite(db, ctx, async (w) => {
    const milestone = await w.get('milestones', input.milestoneId)
    await w.getLive('contracts', input.contractId)
    if (!milestone || milestone.deletedAt || milestone.parentId !== input.contractId)
      throw new AppFailure('data.notFound', 'errors.data.notFound', {
        table: 'milestones',
        id: input.milestoneId,
      })
    return w.create('dunnings', input)
  })
}
