/**
 * Drives `import.10k_ms` from Node: builds each 10,000-row file with exceljs
 * (new customers every run, so nothing is a duplicate), lets the machine
 * settle, and runs the in-page import (bench/scenarios/archiveImport.ts).
 * Then one more run, not counted, under a CPU profile, with the rows it wrote
 * per table, and exceljs's read of the same file alone in Node.
 */
import type { Page } from 'playwright-core'
import type { MainServices } from '../../shared/ipc/contract'
import { settleCpu } from '../app/settle'
import { type CpuSummary, startCpuProfile } from '../browser/cpuProfile'
import { round } from '../figures'
import { customerWorkbook } from '../seed/customerSheet'
import type { ImportTimings } from './archiveImport'

export const IMPORT_ROWS = 10_000
const TABLES = ['customers', '_outbox', '_fieldClock', '_audit'] as const

async function fileOf(firstCustomer: number): Promise<string> {
  return (await customerWorkbook(firstCustomer, IMPORT_ROWS)).toString('base64')
}

/** One import; `around` wraps the timed part alone (a CPU profile). */
async function importOnce(
  page: Page,
  file: string,
  account: string,
  around = async <T>(timed: () => Promise<T>) => timed(),
): Promise<ImportTimings> {
  // The open list re-reads the table after each import; let it finish first.
  await page.evaluate((ms) => window.deskProbe.quiet(ms), 1000)
  await page.evaluate(([f, a]) => window.deskBench.stageImport(f, a), [file, account] as const)
  await settleCpu()
  const run = await around(() => page.evaluate(() => window.deskBench.runStagedImport()))
  const shownAt = await page.evaluate(([selector, text]) => window.deskProbe.textFrame(selector, text), [
    '[data-testid="list-count"]',
    `共 ${run.customersAfter} 条`,
  ] as const)
  const prepareMs = await page.evaluate(() => window.deskBench.prepareCostOfLastImport())
  return { ...run, prepareMs, shownMs: shownAt - run.startedAt }
}

export async function importRuns(
  page: Page,
  firstCustomer: number,
  runs: number,
  account: string,
): Promise<ImportTimings[]> {
  const done: ImportTimings[] = []
  for (let k = 0; k < runs; k++) {
    const run = await importOnce(page, await fileOf(firstCustomer + k * IMPORT_ROWS), account)
    const total = round(run.totalMs, 0)
    console.log(`  import ${k + 1}: ${total} ms, ${run.imported} imported, ${run.customersAfter} customers`)
    done.push(run)
  }
  return done
}

export interface ImportProfile {
  run: ImportTimings
  cpu: CpuSummary
  /** Rows the import added, per table. */
  written: Record<string, number>
  /** createSpreadsheetService().read of the same file, called in Node without the bridge. */
  exceljsReadMs: number
}

export async function profiledImport(
  page: Page,
  services: MainServices,
  firstCustomer: number,
  account: string,
): Promise<ImportProfile> {
  const file = await fileOf(firstCustomer)
  // The list has shown the last import (importOnce waits for it): nothing else runs now.
  await settleCpu()
  const t0 = performance.now()
  await services.spreadsheet.read({ dataBase64: file })
  const exceljsReadMs = performance.now() - t0

  const before = await page.evaluate((t) => window.deskBench.tableCounts(t), TABLES)
  const profiled: { cpu?: CpuSummary } = {}
  const run = await importOnce(page, file, account, async (timed) => {
    const stop = await startCpuProfile(page)
    const result = await timed()
    profiled.cpu = await stop()
    return result
  })
  const { cpu } = profiled
  if (!cpu) throw new Error('no CPU profile')
  const after = await page.evaluate((t) => window.deskBench.tableCounts(t), TABLES)
  const written = Object.fromEntries(TABLES.map((t) => [t, after[t] - before[t]]))
  return { run, cpu, written, exceljsReadMs }
}
