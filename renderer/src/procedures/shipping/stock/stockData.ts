/**
 * What the stock screens read: the month-end counts (one small row a month),
 * a count's lines with their products, and 库存月报 for a month — its
 * opening from the products' stock rows less what moved since the month
 * began, so a report reads the month's movements and later ones, never the
 * whole ledger.
 */
import type { ProductRecord } from '@shared/masterData/archiveRecords'
import type { StockReportRow } from '@shared/procedures/shipping/documents'
import type { StockCountLineRecord, StockCountRecord } from '@shared/procedures/shipping/records'
import {
  type MovementOf,
  monthEnd,
  monthReport,
  previousMonth,
  signedQty,
} from '@shared/procedures/shipping/stock'
import { liveRows } from '@shared/types/records'
import type { DeskDb } from '../../../data/db'
import { countLines } from '../../../data/repositories/shipping/stockCountsRepo'

/** Every month's count, newest first. */
export async function loadCounts(db: DeskDb): Promise<StockCountRecord[]> {
  return liveRows(await db.stockCounts.toArray()).sort((a, b) => b.month.localeCompare(a.month))
}

/** A product as the stock screens name it. */
export interface ProductWords {
  name: string
  spec: string
  model: string
  unit: string
}

const unknown: ProductWords = { name: '', spec: '', model: '', unit: '' }

async function productWords(db: DeskDb, ids: readonly string[]): Promise<Map<string, ProductWords>> {
  const rows = (await db.products.bulkGet([...ids])) as (ProductRecord | undefined)[]
  return new Map(
    ids.map((id, i) => [
      id,
      {
        name: rows[i]?.name ?? '',
        spec: rows[i]?.spec ?? '',
        model: rows[i]?.model ?? '',
        unit: rows[i]?.unit ?? '',
      },
    ]),
  )
}

const byName = (a: ProductWords, b: ProductWords) =>
  a.name.localeCompare(b.name, 'zh-CN') || `${a.spec}${a.model}`.localeCompare(`${b.spec}${b.model}`, 'zh-CN')

export type CountLineView = StockCountLineRecord & { product: ProductWords }

export interface CountView {
  month: string
  count: StockCountRecord | null
  /** By product name: the order the page shows and submits them in. */
  lines: CountLineView[]
}

export async function loadCount(db: DeskDb, month: string): Promise<CountView> {
  const count = await db.stockCounts.get(month)
  if (!count || count.deletedAt) return { month, count: null, lines: [] }
  const lines = await countLines(db, month)
  const words = await productWords(
    db,
    lines.map((l) => l.productId),
  )
  return {
    month,
    count,
    lines: lines
      .map((l) => ({ ...l, product: words.get(l.productId) ?? unknown }))
      .sort((a, b) => byName(a.product, b.product) || a.productId.localeCompare(b.productId)),
  }
}

/** One product of the stock list, as StockListPage and the ledger show it. */
export async function loadProduct(db: DeskDb, productId: string): Promise<ProductWords | null> {
  const p = (await db.products.get(productId)) as ProductRecord | undefined
  return p ? { name: p.name, spec: p.spec ?? '', model: p.model ?? '', unit: p.unit ?? '' } : null
}

/**
 * 库存月报 rows of `month`: per product, opening, 入库, 出库, 盘点调整 and
 * closing, by product name. The opening is each product's balance now less
 * every movement dated from the month's first day on.
 */
export async function loadReportRows(db: DeskDb, month: string): Promise<StockReportRow[]> {
  const [items, since] = await Promise.all([
    db.stockItems.toArray(),
    db.stockMovements.where('date').aboveOrEqual(`${month}-01`).toArray(),
  ])
  const opening = new Map(liveRows(items).map((i) => [i.id, i.balance ?? 0]))
  const inMonth: MovementOf[] = []
  const last = monthEnd(month)
  for (const m of liveRows(since)) {
    opening.set(m.productId, (opening.get(m.productId) ?? 0) - signedQty(m))
    if (m.date <= last) inMonth.push(m)
  }
  // The opening as one movement before the month (signedQty of an adjustment is its qty).
  const before = `${previousMonth(month)}-01`
  const movements: MovementOf[] = [
    ...[...opening].map(([productId, qty]) => ({ productId, kind: 'adjust' as const, date: before, qty })),
    ...inMonth,
  ]
  const ids = [...new Set(movements.map((m) => m.productId))]
  const words = await productWords(db, ids)
  const word = (id: string) => words.get(id) ?? unknown
  const order = [...ids].sort((a, b) => byName(word(a), word(b)) || a.localeCompare(b))
  return monthReport(movements, month, order).map((r) => {
    const w = word(r.productId)
    return { ...r, name: w.name, spec: [w.spec, w.model].filter(Boolean).join(' '), unit: w.unit }
  })
}
