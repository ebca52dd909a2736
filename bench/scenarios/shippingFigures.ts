/**
 * In the page, over the bench's full shipping data (seed/shippingData.ts):
 * - seedShippingData: every row written raw with bulkPut in flagged
 *   transactions (200,000 writes through runWrite would take minutes);
 * - timeStockList: what the 库存 screen does to list balances, stockList(db),
 *   on a database just opened in a fresh browser; then checks the listed
 *   balances against stockBalances() of the whole ledger, so the figure
 *   cannot be of a wrong answer;
 * - timeDueItems: what the 工作台 page does, collectDueItems() with every
 *   registered check, for one actor; then runs each check on its own, which
 *   throws if one fails (collectDueItems leaves a failed check out).
 */
import type { TFunction } from 'i18next'
import type { Role } from '@shared/auth/roles'
import { procedures } from '@shared/procedures'
import { stockBalances, type MovementOf } from '@shared/procedures/shipping/stock'
import { DeskDb } from '../../renderer/src/data/db'
import { deriveRelatedFields } from '../../renderer/src/data/deriveUpgrade'
import { flagTransaction } from '../../renderer/src/data/guardMiddleware'
import { stockList } from '../../renderer/src/data/repositories/shipping/stockRepo'
import { i18n } from '../../renderer/src/i18n'
import {
  loanOverdueCheck,
  qualificationExpiryCheck,
  targetCustomerCheck,
} from '../../renderer/src/procedures/archives/archiveDueChecks'
import { backupDueCheck } from '../../renderer/src/procedures/backup/backupDueCheck'
import { deadlineCheck } from '../../renderer/src/procedures/dashboard/deadlineChecks'
import { collectDueItems, type DueCheck } from '../../renderer/src/procedures/dashboard/dueChecks'
import '../../renderer/src/procedures/dashboard/registeredChecks'
import {
  BENCH_TODAY,
  CLERK,
  type ContractSeed,
  FINANCE,
  contractRows,
  customerRows,
  idOf,
  movementRows,
  productRows,
  purchaseOrderRow,
  shipmentRows,
  shippable,
  stockCountRows,
  stockItemRows,
} from '../seed/shippingData'

export interface ShippingSizes {
  products: number
  movements: number
  customers: number
  contracts: number
  purchaseOrders: number
  shipments: number
}

type Row = Record<string, unknown>
const CHUNK = 10_000

async function put(db: DeskDb, table: string, rows: readonly Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db.transaction('rw', db.table(table), async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      await db.table(table).bulkPut(rows.slice(i, i + CHUNK))
    })
}

export interface SeedReport {
  ms: number
  counts: Record<string, number>
}

export async function seedShippingData(dbName: string, n: ShippingSizes): Promise<SeedReport> {
  const t0 = performance.now()
  const db = new DeskDb(dbName)
  try {
    await put(db, 'products', productRows(n.products))
    await put(db, 'customers', customerRows(n.customers))
    // The ledger a slice of products at a time; each product's stock row from its own movements.
    const slice = 500
    for (let p = 0; p < n.products; p += slice) {
      const movements = movementRows(n.products, n.movements, p, Math.min(n.products, p + slice))
      await put(db, 'stockMovements', movements)
      await put(db, 'stockItems', stockItemRows(movements))
    }
    await put(db, 'stockCounts', stockCountRows())
    const seeds: ContractSeed[] = []
    for (let c = 0; c < n.contracts; c += CHUNK) {
      const contracts: Row[] = []
      const lines: Row[] = []
      const milestones: Row[] = []
      for (let i = c; i < Math.min(n.contracts, c + CHUNK); i++) {
        const made = contractRows(i, n.contracts, n.products, n.customers)
        seeds.push(made.seed)
        contracts.push(made.contract)
        lines.push(...made.lines)
        milestones.push(...made.milestones)
      }
      await put(db, 'contracts', contracts)
      await put(db, 'tradeLines', lines)
      await put(db, 'milestones', milestones)
    }
    const eligible = seeds.filter(shippable)
    const orderOf = new Map<string, string>()
    const orders: Row[] = []
    for (let j = 0; j < n.purchaseOrders; j++) {
      const c = eligible[j % eligible.length]
      orders.push(purchaseOrderRow(j, c))
      if (!orderOf.has(c.id)) orderOf.set(c.id, idOf('01JO', j))
    }
    await put(db, 'purchaseOrders', orders)
    // Shipment j goes to eligible contract j mod E: contract e gets `of` shipments, the k-th being j div E.
    const perContract = (e: number) =>
      Math.floor(n.shipments / eligible.length) + (e < n.shipments % eligible.length ? 1 : 0)
    for (let s = 0; s < n.shipments; s += CHUNK) {
      const shipments: Row[] = []
      const lines: Row[] = []
      for (let j = s; j < Math.min(n.shipments, s + CHUNK); j++) {
        const e = j % eligible.length
        const c = eligible[e]
        const made = shipmentRows(
          j,
          c,
          Math.floor(j / eligible.length),
          perContract(e),
          orderOf.get(c.id) ?? '',
        )
        shipments.push(made.shipment)
        lines.push(...made.lines)
      }
      await put(db, 'shipments', shipments)
      await put(db, 'shipmentLines', lines)
    }
    // Each contract's shipping state, as the schema upgrade works it out for stored contracts.
    await db.transaction('rw', db.tables, (tx) => deriveRelatedFields(tx))
    const tables = [
      'products',
      'customers',
      'stockMovements',
      'stockItems',
      'stockCounts',
      'contracts',
      'tradeLines',
      'milestones',
      'purchaseOrders',
      'shipments',
      'shipmentLines',
    ]
    const counts = Object.fromEntries(
      await Promise.all(tables.map(async (t) => [t, await db.table(t).count()] as const)),
    )
    return { ms: performance.now() - t0, counts }
  } finally {
    db.close()
  }
}

export interface StockListTiming {
  /** The first stockList on the freshly opened database. */
  coldMs: number
  /** The same call again, straight after. */
  warmMs: number
  rows: number
  movementsChecked: number
}

export async function timeStockList(dbName: string): Promise<StockListTiming> {
  const db = new DeskDb(dbName)
  try {
    // The app's database is open before the 库存 screen lists anything.
    await db.open()
    let t0 = performance.now()
    const rows = await stockList(db)
    const coldMs = performance.now() - t0
    t0 = performance.now()
    await stockList(db)
    const warmMs = performance.now() - t0
    const movements = (await db.stockMovements.toArray()) as MovementOf[]
    const expected = stockBalances(movements)
    if (rows.length !== expected.size)
      throw new Error(`stockList listed ${rows.length} products, the ledger moves ${expected.size}`)
    for (const r of rows)
      if (r.balance !== expected.get(r.productId))
        throw new Error(`${r.productId}: listed ${r.balance}, the ledger says ${expected.get(r.productId)}`)
    if (rows.some((r) => r.name === '')) throw new Error('a listed product has no name')
    return { coldMs, warmMs, rows: rows.length, movementsChecked: movements.length }
  } finally {
    db.close()
  }
}

export type BenchActor = 'clerk' | 'finance'

const actors: Record<BenchActor, { userId: string; roles: Role[] }> = {
  clerk: { userId: CLERK, roles: ['clerk'] },
  finance: { userId: FINANCE, roles: ['finance'] },
}

export interface DueTiming {
  coldMs: number
  warmMs: number
  items: number
  /** Items per check (before the actor filter), from running each check on its own. */
  perCheck: Record<string, number>
  /** Each check's time on its own, after the timed calls (warm). */
  perCheckMs: Record<string, number>
}

/** The 工作台's question on BENCH_TODAY at 10:00 Beijing time. */
export async function timeDueItems(dbName: string, who: BenchActor): Promise<DueTiming> {
  const db = new DeskDb(dbName)
  const actor = actors[who]
  const ctx = { db, now: new Date(`${BENCH_TODAY}T10:00:00+08:00`), t: i18n.t as TFunction, actor }
  try {
    await db.open()
    let t0 = performance.now()
    const items = await collectDueItems(ctx)
    const coldMs = performance.now() - t0
    t0 = performance.now()
    await collectDueItems(ctx)
    const warmMs = performance.now() - t0
    // Every registered check on its own: a failure here is one collectDueItems would have hidden.
    const checks: DueCheck[] = [
      backupDueCheck,
      qualificationExpiryCheck,
      loanOverdueCheck,
      targetCustomerCheck,
      ...procedures.flatMap((p) => p.deadlines.map(deadlineCheck)),
    ]
    const perCheck: Record<string, number> = {}
    const perCheckMs: Record<string, number> = {}
    for (const check of checks) {
      t0 = performance.now()
      perCheck[check.id] = (await check.collect(ctx)).length
      perCheckMs[check.id] = performance.now() - t0
    }
    if (items.length === 0) throw new Error(`no due items for the ${who}: the data or a check is wrong`)
    return { coldMs, warmMs, items: items.length, perCheck, perCheckMs }
  } finally {
    db.close()
  }
}
