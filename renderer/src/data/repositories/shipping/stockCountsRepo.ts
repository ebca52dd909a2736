/**
 * 月末盘点 (DOMAIN.md §7; 制度：库房…并于每月末与财务进行核对): the clerk
 * starts the month's count — one per month whichever PC starts it (its id
 * is the month) — with a line for every product the book holds at month
 * end, types what was found and why it differs, and submits it; finance
 * signs it off (or returns it), and the sign-off writes each difference as
 * a 盘点调整 movement in the same transaction. A signed-off month takes no
 * more movements (stockRepo.writeMovements).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import {
  type StockCountAction,
  type StockCountPayloads,
  stockCountMachine,
} from '@shared/procedures/shipping/machines/stockCount'
import type { StockCountLineRecord, StockCountRecord } from '@shared/procedures/shipping/records'
import { type CountLineInput, countLineInputSchema } from '@shared/procedures/shipping/schema'
import { countAdjustments, monthEnd, signedQty } from '@shared/procedures/shipping/stock'
import { liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import { z } from 'zod'
import type { DeskDb } from '../../db'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext } from '../takeTransition'
import { writeMovements } from './stockRepo'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The live lines of a month's count. */
export async function countLines(db: DeskDb, month: string): Promise<StockCountLineRecord[]> {
  return liveRows(await db.stockCountLines.where('parentId').equals(month).toArray())
}

/**
 * The book quantity of every product that has moved, at the end of `month`:
 * its balance now less what moved after the month (read by date, not the
 * whole ledger).
 */
export async function bookAt(db: DeskDb, month: string): Promise<Map<string, number>> {
  const [items, later] = await Promise.all([
    db.stockItems.toArray(),
    db.stockMovements.where('date').above(monthEnd(month)).toArray(),
  ])
  const book = new Map(liveRows(items).map((i) => [i.id, i.balance ?? 0]))
  for (const m of liveRows(later)) book.set(m.productId, (book.get(m.productId) ?? 0) - signedQty(m))
  return book
}

/**
 * 开始盘点: the month's count, with a line for every product with a book
 * quantity at month end (counted = book until the clerk types otherwise).
 */
export async function startCount(
  db: DeskDb,
  req: { month: string },
  ctx: WriteContext,
): Promise<StockCountRecord> {
  assertCan(ctx.actor, 'stock.edit')
  if (!MONTH.test(req.month)) throw new AppFailure('validation', 'validation.required', { field: 'month' })
  return runWrite(db, ctx, async (w) => {
    // Started on another PC already (the same id): one count per month.
    if (await w.get('stockCounts', req.month))
      throw new AppFailure('stockCounts.exists', 'shippingErrors.stockCounts.exists', { month: req.month })
    const book = await bookAt(db, req.month)
    const count = await w.create(
      'stockCounts',
      {
        month: req.month,
        step: stockCountMachine.initial,
        countedOn: '',
        countedBy: '',
        comment: '',
        signedOffOn: '',
        signedOffBy: '',
      },
      { id: req.month },
    )
    for (const [productId, bookQty] of book)
      if (bookQty !== 0)
        await w.create('stockCountLines', {
          parentId: req.month,
          productId,
          bookQty,
          countedQty: bookQty,
          reason: '',
        })
    return count
  })
}

const linesSchema = z.array(countLineInputSchema).max(20_000)

/** What was found: counted quantities and reasons, while the count is being taken. */
export async function saveCountLines(
  db: DeskDb,
  req: { month: string; lines: unknown },
  ctx: WriteContext,
): Promise<void> {
  assertCan(ctx.actor, 'stock.edit')
  const inputs: CountLineInput[] = parseOrFail(linesSchema, req.lines)
  await runWrite(db, ctx, async (w) => {
    const count = await w.getLive('stockCounts', req.month)
    if (!stockCountMachine.isEditable(count.step))
      throw new AppFailure(stockCountMachine.notEditable.code, stockCountMachine.notEditable.messageKey)
    const lines = await countLines(db, req.month)
    const byProduct = new Map(lines.map((l) => [l.productId, l]))
    for (const input of inputs) {
      const line = byProduct.get(input.productId)
      if (!line) {
        // A product found in the store that the book does not hold.
        await w.create('stockCountLines', { parentId: req.month, bookQty: 0, ...input })
        continue
      }
      if (line.countedQty !== input.countedQty || line.reason !== input.reason)
        await w.updateRow('stockCountLines', line, { countedQty: input.countedQty, reason: input.reason })
    }
  })
}

/** Book quantities as they are now (a movement may have come since the count began), on the lines. */
async function refreshBook(w: Writer, db: DeskDb, month: string): Promise<StockCountLineRecord[]> {
  const [book, lines] = await Promise.all([bookAt(db, month), countLines(db, month)])
  const out: StockCountLineRecord[] = []
  for (const line of lines) {
    const bookQty = book.get(line.productId) ?? 0
    out.push(bookQty === line.bookQty ? line : await w.updateRow('stockCountLines', line, { bookQty }))
  }
  return out
}

/** 提交财务签认, 退回重盘, 财务签认 (with the adjustments). */
export async function countAction<A extends StockCountAction>(
  db: DeskDb,
  req: { month: string; action: A; payload: StockCountPayloads[A] },
  ctx: WriteContext,
): Promise<StockCountRecord> {
  return runWrite(db, ctx, async (w) => {
    const count = await w.getLive('stockCounts', req.month)
    const lines =
      req.action === 'return' ? await countLines(db, req.month) : await refreshBook(w, db, req.month)
    const mctx = await machineContext(db, ctx)
    const patch = allowed(
      stockCountMachine.transition(
        { step: count.step, month: count.month, lines },
        req.action,
        req.payload,
        mctx,
      ),
      'stockCounts',
      req.action,
    )
    if (req.action === 'signOff') {
      const adjustments = countAdjustments(req.month, lines)
      await writeMovements(
        w,
        db,
        adjustments.map((a) => ({
          ...a,
          sourceTable: 'stockCounts',
          sourceId: req.month,
          sourceNumber: `PD-${req.month}`,
          // Who counted the goods handled them; finance signs the count off.
          handledBy: count.countedBy || ctx.actor.name,
        })),
      )
    }
    return w.update('stockCounts', req.month, patch)
  })
}
