/**
 * 每日回款核对 (DOMAIN.md §4; 制度：应每日向财务部了解回款情况，及时处理回款过程中发现的问题，杜绝错帐、坏帐的发生):
 * the clerk records the day's check with finance — who checked with whom,
 * finance's figure − ours, and what is done about any difference — as one
 * row per day (its id is the day), so the same check made on two PCs
 * merges and a second record of a day corrects the first. A missed
 * working day can be made good afterwards. Also what the page reads: the
 * day's receipts by step, the days missed, the history.
 */
import { assertCan } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import {
  LOOK_BACK_DAYS,
  checkProblems,
  checkedDays,
  missedCheckDays,
} from '@shared/procedures/collections/dailyCheck'
import { addDays } from '@shared/kernel/days'
import {
  type CollectionCheckRecord,
  type ReceiptStep,
  receiptSteps,
} from '@shared/procedures/collections/records'
import { collectionCheckInputSchema } from '@shared/procedures/collections/schema'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { refuseProblems } from '../takeTransition'

/** Records (or corrects) the check of `day`; a difference without what is done about it is refused at 差异说明. */
export async function recordDailyCheck(
  db: DeskDb,
  req: { input: unknown },
  ctx: WriteContext,
): Promise<CollectionCheckRecord> {
  assertCan(ctx.actor, 'collections.dailyCheck')
  const input = parseOrFail(collectionCheckInputSchema, req.input)
  refuseProblems(checkProblems(input, todayIso(ctx.now)))
  return runWrite(db, ctx, async (w) => {
    const before = await w.get('collectionChecks', input.day)
    if (!before) return w.create('collectionChecks', input, { id: input.day })
    // A day's row stopped on another PC comes back with this check.
    const live = before.deletedAt ? await w.restore('collectionChecks', before.id) : before
    return w.updateRow('collectionChecks', live, input)
  })
}

/** How many receipts of one step arrived on the day, and their sum. */
export interface StepSummary {
  step: ReceiptStep
  count: number
  amountFen: number
}

/** The day's receipts (by the day the money arrived) counted and summed by step, every step listed. */
export async function receiptsOfDay(db: DeskDb, day: string): Promise<StepSummary[]> {
  const rows = liveRows(await db.receipts.where('receivedOn').equals(day).toArray())
  return receiptSteps.map((step) => {
    const of = rows.filter((r) => r.step === step)
    return { step, count: of.length, amountFen: of.reduce((sum, r) => sum + r.amountFen, 0) }
  })
}

/** The checks recorded, newest first (one a working day: a few hundred a year). */
export async function checkHistory(db: DeskDb): Promise<CollectionCheckRecord[]> {
  const rows = liveRows(await db.collectionChecks.toArray())
  return rows.sort((a, b) => b.day.localeCompare(a.day))
}

/**
 * The working days before today with no check, as the 工作台 counts them:
 * from the first check or the first money registered, whichever is
 * earlier, no further back than LOOK_BACK_DAYS.
 */
export async function missedDays(db: DeskDb, today: string): Promise<string[]> {
  const [firstCheck, firstReceipt, recent] = await Promise.all([
    // The same first rows the 工作台's check reads (deadlines.ts dailyCheckDeadline), so both count alike.
    db.collectionChecks.orderBy('id').first(),
    db.receipts.where('receivedOn').between('0000-00-00', '9999-12-31', true, true).first(),
    db.collectionChecks.where('id').between(addDays(today, -LOOK_BACK_DAYS), today, true, true).toArray(),
  ])
  const starts = [firstCheck?.day, firstReceipt?.receivedOn].filter((d): d is string => !!d).sort()
  if (starts.length === 0) return []
  return missedCheckDays(starts[0], today, checkedDays(recent))
}
