/**
 * Drives `import.10k_ms` from Node: builds each 10,000-row file with exceljs
 * (new customers every run, so nothing is a duplicate), lets the machine
 * settle, and runs the in-page import (bench/scenarios/archiveImport.ts).
 * Then the breakdown: exceljs alone in main, and the transaction's writes
 * table by table (bench/scenarios/writeBreakdown.ts).
 */
import type { Page } from 'playwright-core'
import type { MainServices } from '../../shared/ipc/contract'
import { settleCpu } from '../app/settle'
import { round } from '../figures'
import { customerWorkbook } from '../seed/customerSheet'
import type { ImportTimings } from './archiveImport'
import { WRITE_STEPS, type WriteStep } from './writeBreakdown'

export const IMPORT_ROWS = 10_000

export async function importRuns(
  page: Page,
  firstCustomer: number,
  runs: number,
  account: string,
): Promise<ImportTimings[]> {
  const done: ImportTimings[] = []
  for (let k = 0; k < runs; k++) {
    const file = (await customerWorkbook(firstCustomer + k * IMPORT_ROWS, IMPORT_ROWS)).toString('base64')
    // The open list re-reads the table after each import; let it finish.
    await page.evaluate((ms) => window.deskProbe.quiet(ms), 1000)
    await settleCpu()
    const run = await page.evaluate(([f, a]) => window.deskBench.importCustomerFile(f, a), [
      file,
      account,
    ] as const)
    console.log(
      `  import ${k + 1}: ${round(run.totalMs, 0)} ms, ${run.imported} imported, ${run.customersAfter} customers`,
    )
    done.push(run)
  }
  await page.evaluate((ms) => window.deskProbe.quiet(ms), 1000)
  return done
}

export interface ImportBreakdown {
  /** createSpreadsheetService().read on the same file, called in Node without the bridge. */
  exceljsReadMs: number
  ops: number
  steps: Record<WriteStep, number>
}

export async function importBreakdown(
  page: Page,
  services: MainServices,
  firstCustomer: number,
): Promise<ImportBreakdown> {
  const dataBase64 = (await customerWorkbook(firstCustomer, IMPORT_ROWS)).toString('base64')
  await settleCpu()
  const t0 = performance.now()
  await services.spreadsheet.read({ dataBase64 })
  const exceljsReadMs = performance.now() - t0

  const ops = await page.evaluate(([f, n]) => window.deskBench.prepareWriteBreakdown(f, n), [
    firstCustomer,
    IMPORT_ROWS,
  ] as const)
  const steps = {} as Record<WriteStep, number>
  for (const step of WRITE_STEPS) {
    await settleCpu()
    steps[step] = await page.evaluate((s) => window.deskBench.writeBreakdownStep(s), step)
  }
  await page.evaluate(() => window.deskBench.endWriteBreakdown())
  return { exceljsReadMs, ops, steps }
}
