/**
 * 往来账月结 (DOMAIN.md §7; 制度：负责往来账项的管理，并于每月末与财务进行核对):
 * the clerk starts the month's close — one per month whichever PC starts it
 * (its id is the month) — with the receivables worked out as the aging
 * total at month end and the payables to manufacturers as the ordered
 * purchase orders' totals (there is no payables ledger yet: ordered,
 * shipped and closed orders, payments not deducted); types the figures as
 * agreed with finance, and submits; finance signs the month off (or returns
 * it with a comment, or reopens it saying why). A signed-off month is
 * closed to money records dated in it (monthClose.ts closedMonthProblems,
 * which the receipts repository applies).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import type { AgingTotals } from '@shared/procedures/collections/aging'
import {
  type MonthCloseAction,
  type MonthClosePayloads,
  monthCloseMachine,
} from '@shared/procedures/collections/machines/monthClose'
import { monthEnd } from '@shared/procedures/collections/monthClose'
import type { MonthCloseRecord } from '@shared/procedures/collections/records'
import { monthCloseInputSchema } from '@shared/procedures/collections/schema'
import type { PurchaseOrderStep } from '@shared/procedures/shipping/records'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext } from '../takeTransition'
import { readAgingReport } from './agingReads'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** Orders placed with the manufacturer: what the company owes for until paid. */
export const payableSteps: readonly PurchaseOrderStep[] = ['ordered', 'shipped', 'closed']

export interface MonthFigures {
  month: string
  /** The aging report at month end. */
  aging: AgingTotals
  /** Σ totalFen of purchase orders placed by month end (payableSteps). */
  payablesFen: number
  payableOrders: number
}

/** What the app works out for a month: receivables by age at month end, payables from purchase orders. */
export async function monthFigures(db: DeskDb, month: string): Promise<MonthFigures> {
  const end = monthEnd(month)
  const [report, orders] = await Promise.all([
    readAgingReport(db, end),
    db.purchaseOrders.where('step').anyOf(payableSteps).toArray(),
  ])
  const placed = liveRows(orders).filter((o) => o.orderedOn !== '' && o.orderedOn <= end)
  return {
    month,
    aging: report.total,
    payablesFen: placed.reduce((sum, o) => sum + (o.totalFen ?? 0), 0),
    payableOrders: placed.length,
  }
}

/** 开始本月核对: the month's close with the figures worked out, for the clerk to agree with finance. */
export async function startMonthClose(
  db: DeskDb,
  req: { month: string },
  ctx: WriteContext,
): Promise<MonthCloseRecord> {
  assertCan(ctx.actor, 'collections.monthClose')
  if (!MONTH.test(req.month)) throw new AppFailure('validation', 'validation.required', { field: 'month' })
  const figures = await monthFigures(db, req.month)
  return runWrite(db, ctx, async (w) => {
    // Started on another PC already (the same id): one close per month.
    if (await w.get('monthCloses', req.month))
      throw new AppFailure('monthCloses.exists', 'agingScreen.monthClose.exists', { month: req.month })
    return w.create(
      'monthCloses',
      {
        month: req.month,
        step: monthCloseMachine.initial,
        receivablesFen: figures.aging.total,
        payablesFen: figures.payablesFen,
        comment: '',
        preparedBy: '',
        preparedOn: '',
        signedOffBy: '',
        signedOffOn: '',
      },
      { id: req.month },
    )
  })
}

/** The figures as agreed with finance, while the close is being prepared. */
export async function saveMonthClose(
  db: DeskDb,
  req: { input: unknown },
  ctx: WriteContext,
): Promise<MonthCloseRecord> {
  assertCan(ctx.actor, 'collections.monthClose')
  const input = parseOrFail(monthCloseInputSchema, req.input)
  return runWrite(db, ctx, async (w) => {
    const close = await w.getLive('monthCloses', input.month)
    if (!monthCloseMachine.isEditable(close.step))
      throw new AppFailure(monthCloseMachine.notEditable.code, monthCloseMachine.notEditable.messageKey)
    return w.updateRow('monthCloses', close, {
      receivablesFen: input.receivablesFen,
      payablesFen: input.payablesFen,
    })
  })
}

/** 提交财务签认, 退回, 财务签认 (refused while a receipt dated in the month waits for finance), 重新打开. */
export async function monthCloseAction<A extends MonthCloseAction>(
  db: DeskDb,
  req: { month: string; action: A; payload: MonthClosePayloads[A] },
  ctx: WriteContext,
): Promise<MonthCloseRecord> {
  return runWrite(db, ctx, async (w) => {
    const close = await w.getLive('monthCloses', req.month)
    const receipts = await db.receipts
      .where('receivedOn')
      .between(`${req.month}-01`, monthEnd(req.month), true, true)
      .toArray()
    const patch = allowed(
      monthCloseMachine.transition(
        { ...close, receipts: liveRows(receipts) },
        req.action,
        req.payload,
        await machineContext(db, ctx),
      ),
      'monthCloses',
      req.action,
    )
    return w.updateRow('monthCloses', close, patch)
  })
}

/** Every month's close, newest first. */
export async function readMonthCloses(db: DeskDb): Promise<MonthCloseRecord[]> {
  const rows = liveRows(await db.monthCloses.toArray())
  return rows.sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0))
}
