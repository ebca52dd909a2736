/**
 * `node --expose-gc --import tsx bench/collectionsBenchOnce.ts [--json]`:
 * statements.batch_ms and statements.peak_mb (issue 17), in a process of
 * its own so its memory is the batch's, not the bench harness's (as
 * archiveExportOnce.ts). In Node over fake-indexeddb, with the documents and
 * spreadsheet services in a forked process, as main runs them:
 *
 * - the data of bench/seed/collectionsData.ts (2,000 customers, 20,000
 *   contracts, 100,000 receipts), written raw, not measured;
 * - statements.batch_ms: the 2026-H1 statements of the customers with
 *   business, as 生成本期对账单 makes them — produceStatements in chunks of
 *   200, then each statement's PDF (its lines read, the model built,
 *   rendered and filed by the documents service) and the period's report
 *   as an Excel workbook through the spreadsheet service;
 * - statements.peak_mb: the peak RSS (sampled every 50 ms) of the process
 *   that renders and writes, forked as the app's main process
 *   (documentsMainOnce.ts) and called with each model as over IPC. This
 *   process's own peak is printed beside it: fake-indexeddb keeps the
 *   seeded database in its memory, where the app keeps it on disk in the
 *   renderer's IndexedDB.
 */
import 'fake-indexeddb/auto'
import { fork } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { statementReportWorkbook } from '../shared/procedures/collections/documents'
import { DeskDb } from '../renderer/src/data/db'
import { flagTransaction } from '../renderer/src/data/guardMiddleware'
import { produceStatements } from '../renderer/src/data/repositories/collections/statementsRepo'
import {
  reportInput,
  saveStatementPdfs,
} from '../renderer/src/procedures/collections/statements/statementModels'
import type { MainReply, MainRequest } from './documentsMainOnce'
import { type CollectionsSizes, seedRows } from './seed/collectionsData'

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
export const collectionsSizes: CollectionsSizes = {
  customers: env('BENCH_COLLECTIONS_CUSTOMERS', 2_000),
  contracts: env('BENCH_COLLECTIONS_CONTRACTS', 20_000),
  receipts: env('BENCH_COLLECTIONS_RECEIPTS', 100_000),
}
const CHUNK = 5_000
/** Progress on stderr: stdout carries the figures alone (--json). */
const log = (text: string) => process.stderr.write(`  collections: ${text}\n`)
const clerk = { userId: 'U-BENCH-CLERK', name: '李晓', roles: ['clerk' as const] }

async function put(db: DeskDb, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db.transaction('rw', db.table(table), async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      await db.table(table).bulkPut(rows.slice(i, i + CHUNK))
    })
}

export interface CollectionsFigures {
  statements: number
  batchMs: number
  recordsMs: number
  pdfMs: number
  excelMs: number
  /** Peak RSS of the process that renders and writes (main's part). */
  peakMb: number
  /** Peak RSS of this process: the batch's reads and writes over the in-memory database. */
  rendererPeakMb: number
  /** This process's RSS before the batch, after a collection (with --expose-gc): the seeded database. */
  baseMb: number
  counts: Record<string, number>
}

/** Main's documents and spreadsheet services in a process of their own (documentsMainOnce.ts), called as over IPC. */
function forkMain(dataDir: string) {
  const child = fork(join(import.meta.dirname, 'documentsMainOnce.ts'), [dataDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let next = 0
  const waiting = new Map<number, (r: MainReply) => void>()
  child.on('message', (r: MainReply) => waiting.get(r.id)?.(r))
  const call = (req: DistributiveOmit<MainRequest, 'id'>) =>
    new Promise<MainReply>((resolve, reject) => {
      const id = ++next
      waiting.set(id, (r) => {
        waiting.delete(id)
        if (r.error) reject(new Error(r.error))
        else resolve(r)
      })
      child.send({ ...req, id })
    })
  return { call }
}

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never

export async function benchStatementsBatch(): Promise<CollectionsFigures> {
  const db = new DeskDb(`bench-collections-${Date.now()}`)
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-bench-collections-'))
  try {
    const s0 = performance.now()
    const counts = await seedRows(collectionsSizes, (table, rows) => put(db, table, rows))
    log(`seeded in ${Math.round(performance.now() - s0)} ms: ${JSON.stringify(counts)}`)
    const main = forkMain(dataDir)
    global.gc?.()
    const baseMb = process.memoryUsage().rss / 1024 / 1024
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
    const ctx = { actor: clerk, now: new Date('2026-07-02T09:00:00+08:00') }
    const t0 = performance.now()
    const result = await produceStatements(db, { period: '2026-H1' }, ctx)
    const t1 = performance.now()
    log(`${result.made} statements in ${Math.round(t1 - t0)} ms; saving their PDFs`)
    const made = (await db.statements.bulkGet(result.ids)).filter((s) => s !== undefined)
    await saveStatementPdfs(
      db,
      made,
      async (model) => ({ path: (await main.call({ kind: 'write', model })).path ?? '' }),
      () => {},
    )
    const t2 = performance.now()
    const input = await reportInput(db, '2026-H1', ctx.now.toISOString())
    await main.call({ kind: 'sheet', book: statementReportWorkbook(input) })
    const t3 = performance.now()
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    const mainPeak = (await main.call({ kind: 'done' })).peakMb ?? 0
    return {
      statements: result.made,
      batchMs: t3 - t0,
      recordsMs: t1 - t0,
      pdfMs: t2 - t1,
      excelMs: t3 - t2,
      peakMb: mainPeak,
      rendererPeakMb: peak / 1024 / 1024,
      baseMb,
      counts,
    }
  } finally {
    db.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

const figures = await benchStatementsBatch()
if (process.argv.includes('--json')) console.log(JSON.stringify(figures))
else console.log(JSON.stringify(figures, null, 1))
