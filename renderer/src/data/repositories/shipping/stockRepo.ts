/**
 * 库房: the stock ledger (DOMAIN.md §7). Every movement — 入库 typed by the
 * clerk, 出库 written by a shipment from stock, 盘点调整 written by finance's
 * sign-off — goes through `writeMovements`, which refuses what the
 * procedure refuses (stock.ts: never negative, never in a signed-off month)
 * and keeps each product's stock row (stockItems: id = the product's) with
 * its balance derived from the ledger, in the caller's transaction. The
 * balance is never typed.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import type { ProductRecord } from '@shared/masterData/archiveRecords'
import { signedOffMonths } from '@shared/procedures/shipping/machines/stockCount'
import { shippingNumberPatterns } from '@shared/procedures/shipping/numbering'
import type { StockItemRecord, StockMovementRecord } from '@shared/procedures/shipping/records'
import { type StockInInput, stockInInputSchema } from '@shared/procedures/shipping/schema'
import { type ProposedMovement, movementProblems, signedQty } from '@shared/procedures/shipping/stock'
import type { FieldProblem } from '@shared/procedures/kit/problems'
import { type RecordBase, liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { deriveNow } from '../../deriveNow'
import { takeNumber } from '../../numbering'
import { runWrite, type Writer, type WriteContext } from '../../unitOfWork'
import { refuseProblems } from '../takeTransition'

/** A movement to write, with the document it comes from: the ledger row's own fields. */
export type MovementDraft = Omit<StockMovementRecord, keyof RecordBase>

/** The months finance has signed off (closed to movements). */
export async function readSignedOffMonths(db: DeskDb): Promise<Set<string>> {
  return signedOffMonths(await db.stockCounts.where('step').equals('signedOff').toArray())
}

/** The live movements of some products, oldest first. */
export async function movementsOf(db: DeskDb, productIds: readonly string[]): Promise<StockMovementRecord[]> {
  const rows = await db.stockMovements
    .where('productId')
    .anyOf([...new Set(productIds)])
    .toArray()
  return liveRows(rows).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
}

/** Products' names as a refusal says them (断路器 NSX100F). */
export async function productNames(db: DeskDb, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)]
  const rows = (await db.products.bulkGet(wanted)) as (ProductRecord | undefined)[]
  return new Map(
    wanted.map((id, i) => {
      const p = rows[i]
      return [id, p ? [p.name, p.model].filter(Boolean).join(' ') : id]
    }),
  )
}

/**
 * The procedure's refusals of these movements, by index into `drafts`
 * (`movements.<i>.date|qty`), or none. Read in the caller's transaction.
 */
export async function movementRefusals(
  db: DeskDb,
  drafts: readonly Omit<MovementDraft, 'sourceTable' | 'sourceId' | 'sourceNumber' | 'handledBy' | 'note'>[],
): Promise<FieldProblem[]> {
  const ids = drafts.map((d) => d.productId)
  const [existing, signedOff, names] = await Promise.all([
    movementsOf(db, ids),
    readSignedOffMonths(db),
    productNames(db, ids),
  ])
  const proposed: ProposedMovement[] = drafts.map((d) => ({
    productId: d.productId,
    productName: names.get(d.productId) ?? '',
    kind: d.kind,
    date: d.date,
    qty: d.qty,
  }))
  return movementProblems(existing, proposed, signedOff)
}

/**
 * Makes the product's stock row on its first movement (the same id on every
 * PC, and no values of its own: two PCs making it never conflict) and works
 * its balance out again from the ledger, this transaction's rows included.
 */
async function restockItem(w: Writer, db: DeskDb, productId: string): Promise<void> {
  if (!(await w.get('stockItems', productId)))
    await w.create('stockItems', { balance: 0, movedOn: '', movements: 0 }, { id: productId })
  await deriveNow(w, db, 'stockItems', productId)
}

/**
 * Writes movements in the caller's transaction, after the procedure's
 * checks; a refusal names the product and what is available, or the month
 * to put a late correction in. `at` maps a problem's field to the form's
 * (a shipment's line quantity rather than `movements.0.qty`).
 */
export async function writeMovements(
  w: Writer,
  db: DeskDb,
  drafts: readonly MovementDraft[],
  at: (problem: FieldProblem) => FieldProblem = (p) => p,
): Promise<StockMovementRecord[]> {
  refuseProblems((await movementRefusals(db, drafts)).map(at))
  const rows: StockMovementRecord[] = []
  for (const d of drafts) rows.push(await w.create('stockMovements', d))
  for (const productId of new Set(drafts.map((d) => d.productId))) await restockItem(w, db, productId)
  return rows
}

/**
 * 入库: goods from a manufacturer or supplier (or coming back) into the
 * company's store, typed by the clerk. Numbered RK- unless the clerk gives
 * the delivery note's number.
 */
export async function receiveStock(db: DeskDb, req: { input: unknown }, ctx: WriteContext) {
  assertCan(ctx.actor, 'stock.edit')
  const input: StockInInput = parseOrFail(stockInInputSchema, req.input)
  return runWrite(db, ctx, async (w) => {
    const product = await w.get('products', input.productId)
    if (!product || product.deletedAt)
      throw new AppFailure('validation', 'shippingValidation.productGone', { field: 'productId' })
    const sourceNumber =
      input.sourceNumber || (await takeNumber(w, db, 'stockIn', shippingNumberPatterns.stockIn, input.date))
    const [row] = await writeMovements(
      w,
      db,
      [{ ...input, sourceTable: '', sourceId: '', sourceNumber }],
      (p) => ({ ...p, field: p.field.split('.').pop() ?? p.field }),
    )
    return row
  })
}

/** One product in the stock list. */
export interface StockRow {
  productId: string
  name: string
  model: string
  spec: string
  unit: string
  balance: number
  movedOn: string
  movements: number
}

/** Names in the order a Chinese reader expects (one collator: building one per comparison costs more than the sort). */
const byName = new Intl.Collator('zh-CN')

/**
 * The products among `ids`, by id. Many are read as one range of the
 * primary key (ids are time-ordered, so a store's products lie together)
 * instead of a request each.
 */
/**
 * 库存: every product that has moved, with its balance, by name. One small
 * row per product (stockItems), which keeps the product's names: never the
 * ledger, nor the products.
 */
export async function stockList(db: DeskDb): Promise<StockRow[]> {
  const items = liveRows((await db.stockItems.toArray()) as StockItemRecord[])
  return items
    .map((item) => ({
      productId: item.id,
      name: item.name ?? '',
      model: item.model ?? '',
      spec: item.spec ?? '',
      unit: item.unit ?? '',
      balance: item.balance ?? 0,
      movedOn: item.movedOn ?? '',
      movements: item.movements ?? 0,
    }))
    .sort((a, b) => byName.compare(a.name, b.name) || (a.productId < b.productId ? -1 : 1))
}

/** A line of a product's ledger, with the balance after it. */
export interface LedgerLine extends StockMovementRecord {
  balanceAfter: number
}

/** 库存台账 of one product: its movements oldest first, each with the balance after it. */
export async function productLedger(db: DeskDb, productId: string): Promise<LedgerLine[]> {
  let balance = 0
  return (await movementsOf(db, [productId])).map((m) => {
    balance += signedQty(m)
    return { ...m, balanceAfter: balance }
  })
}
