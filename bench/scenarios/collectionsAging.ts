/**
 * report.aging_ms in the page (bench/collectionsBench.ts runs it in
 * Chromium, IndexedDB on disk as in the desktop app):
 * - seedCollectionsData: 2,000 customers, 20,000 contracts with their lines
 *   and 60,000 milestones, their invoices, 100,000 receipts with their
 *   allocations (seed/collectionsData.ts), each contract with what the
 *   collections procedure keeps on it (contractPaymentsDerive), written raw
 *   with bulkPut in flagged transactions;
 * - timeAging: readAgingReport as the 账龄分析 screen calls it on its day,
 *   on a database just opened in a fresh browser (cold), then again at
 *   once (warm); then the same day worked out again from every milestone
 *   and receipt, which must give the same total, so the figure cannot be
 *   of a wrong answer.
 */
import { DeskDb } from '../../renderer/src/data/db'
import { flagTransaction } from '../../renderer/src/data/guardMiddleware'
import { readAgingReport } from '../../renderer/src/data/repositories/collections/agingReads'
import { type CollectionsSizes, seedRows } from '../seed/collectionsData'
import { BENCH_TODAY } from '../seed/shippingData'

const CHUNK = 5_000

async function put(db: DeskDb, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db.transaction('rw', db.table(table), async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      await db.table(table).bulkPut(rows.slice(i, i + CHUNK))
    })
}

export async function seedCollectionsData(
  dbName: string,
  n: CollectionsSizes,
): Promise<{ ms: number; counts: Record<string, number> }> {
  const t0 = performance.now()
  const db = new DeskDb(dbName)
  try {
    const counts = await seedRows(n, (table, rows) => put(db, table, rows))
    return { ms: performance.now() - t0, counts }
  } finally {
    db.close()
  }
}

export interface AgingTiming {
  coldMs: number
  warmMs: number
  /** The owing contracts' rows read raw (IDBIndex.getAll per step), no Dexie, no work. */
  rawMs: number
  rawRows: number
  /** Worked out again from every milestone and receipt. */
  fullMs: number
  totalFen: number
  customers: number
}

async function rawRead(db: DeskDb): Promise<number> {
  const idb = db.backendDB()
  const index = idb.transaction('contracts', 'readonly').objectStore('contracts').index('step')
  const counts = await Promise.all(
    ['signed', 'filed', 'performing', 'settled'].map(
      (step) =>
        new Promise<number>((resolve, reject) => {
          const req = index.getAll(step)
          req.onsuccess = () => resolve(req.result.length)
          req.onerror = () => reject(req.error)
        }),
    ),
  )
  return counts.reduce((a, b) => a + b, 0)
}

export async function timeAging(dbName: string): Promise<AgingTiming> {
  const db = new DeskDb(dbName)
  try {
    let t0 = performance.now()
    const report = await readAgingReport(db, BENCH_TODAY, BENCH_TODAY)
    const coldMs = performance.now() - t0
    t0 = performance.now()
    await readAgingReport(db, BENCH_TODAY, BENCH_TODAY)
    const warmMs = performance.now() - t0
    // The floor: the owing contracts' rows alone, read raw from IndexedDB (what the report spends most on).
    t0 = performance.now()
    const rows = await rawRead(db)
    const rawMs = performance.now() - t0
    t0 = performance.now()
    const again = await readAgingReport(db, BENCH_TODAY, '9999-12-31')
    const fullMs = performance.now() - t0
    if (again.total.total !== report.total.total)
      throw new Error(
        `aging: ${report.total.total} kept on the contracts, ${again.total.total} worked out again`,
      )
    return {
      coldMs,
      warmMs,
      rawMs,
      rawRows: rows,
      fullMs,
      totalFen: report.total.total,
      customers: report.byCustomer.size,
    }
  } finally {
    db.close()
  }
}
