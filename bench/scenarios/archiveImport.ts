/**
 * `import.10k_ms`, in the page: what ImportModal does between the clerk
 * dropping a file and the import being committed, minus the clicks. The
 * file's bytes go to main as base64 through window.api (the test host's HTTP
 * bridge), main reads the sheet with exceljs, the report is built against
 * the keys of every customer already saved, and the good rows are written by
 * importArchives in one transaction.
 *
 * Not timed, as in the app: reading the existing customers and suppliers (the
 * open list already holds them) and their duplicate lookup (built when the
 * dialog opens). Node calls stageImport, runStagedImport and
 * prepareCostOfLastImport in turn, so a CPU profile can cover the timed part alone.
 */
import type { Actor } from '@shared/auth/permissions'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { archiveSpecs } from '@shared/masterData/archiveSpecs'
import { archiveSearchText } from '@shared/masterData/archiveSearch'
import { buildImportReport } from '@shared/masterData/excel/importReport'
import { DeskDb } from '../../renderer/src/data/db'
import {
  type ArchiveValues,
  importArchives,
  validateArchive,
} from '../../renderer/src/data/repositories/archivesRepo'
import { api, unwrap } from '../../renderer/src/ipc/api'
import { base64ToBytes, fileToBase64 } from '../../renderer/src/ipc/base64'
import {
  existingKeys,
  headerLabels,
  namesToIds,
  optionLabelsOf,
  warmExistingKeys,
} from '../../renderer/src/procedures/archives/importSources'
import { accountActor } from '../browser/actor'

export interface ImportTimings {
  /** File bytes → base64 → main reads the sheet → rows back in the page. */
  readMs: number
  reportMs: number
  /** importArchives: validation and pinyin of every row, then the transaction. */
  writeMs: number
  /** Of writeMs: validation and search text alone, timed again afterwards on the same rows (NaN until then). */
  prepareMs: number
  totalMs: number
  rows: number
  ok: number
  bad: number
  imported: number
  /** Customers after the import (saved before + imported): what the open list's count should show. */
  customersAfter: number
  /** performance.now() in the page when the timed part began. */
  startedAt: number
  /** From the start to the frame after the open list shows the new count (its whole-table re-read); set by Node. */
  shownMs: number
}

interface Staged {
  db: DeskDb
  file: Blob
  actor: Actor
  saved: AnyRecord[]
  suppliers: AnyRecord[]
}

let staged: Staged | null = null
let lastGood: ArchiveValues[] = []

/**
 * Everything the timed part needs and the app already holds: the file, the
 * actor, the saved rows and their duplicate lookup (ImportModal builds it
 * while the clerk picks the file).
 */
export async function stageImport(fileBase64: string, account: string): Promise<void> {
  const db = new DeskDb()
  staged = {
    db,
    file: new Blob([base64ToBytes(fileBase64) as Uint8Array<ArrayBuffer>]),
    actor: await accountActor(db, account),
    // As the app's live table reads hold them (renderer/src/data/tableRows.ts).
    saved: (await db.table('customers').toArray()) as AnyRecord[],
    suppliers: (await db.table('suppliers').toArray()) as AnyRecord[],
  }
  warmExistingKeys(staged.saved, archiveSpecs.customers.uniqueKeys)
}

/** The timed part: file bytes → committed. Times its validation and pinyin again afterwards. */
export async function runStagedImport(): Promise<ImportTimings> {
  if (!staged) throw new Error('stageImport first')
  const { db, file, actor, saved, suppliers } = staged
  staged = null
  const spec = archiveSpecs.customers
  try {
    const t0 = performance.now()
    const sheet = await unwrap(api().spreadsheet.read({ dataBase64: await fileToBase64(file) }))
    const t1 = performance.now()
    const report = buildImportReport({
      fields: spec.fields,
      uniqueKeys: spec.uniqueKeys,
      dateOrder: spec.dateOrder,
      rows: sheet.rows,
      labels: headerLabels('customers'),
      optionLabels: optionLabelsOf,
      refNames: () => namesToIds(suppliers),
      existing: existingKeys(saved),
    })
    const t2 = performance.now()
    const good = report.rows.filter((r) => r.problems.length === 0).map((r) => r.values)
    const imported = await importArchives(db, { table: 'customers', rows: good }, { actor, now: new Date() })
    const t3 = performance.now()
    lastGood = good
    return {
      readMs: t1 - t0,
      reportMs: t2 - t1,
      writeMs: t3 - t2,
      prepareMs: NaN,
      totalMs: t3 - t0,
      rows: report.rows.length,
      ok: report.okCount,
      bad: report.errorCount,
      imported,
      customersAfter: saved.length + imported,
      startedAt: t0,
      shownMs: NaN,
    }
  } finally {
    db.close()
  }
}

/** Validation and search text of the last import's rows alone (importArchives does both before its transaction). */
export function prepareCostOfLastImport(): number {
  const spec = archiveSpecs.customers
  const t0 = performance.now()
  for (const values of lastGood) archiveSearchText(spec, validateArchive('customers', values))
  lastGood = []
  return performance.now() - t0
}

/** Row counts of the app's tables, to show what an import wrote. */
export async function tableCounts(tables: readonly string[]): Promise<Record<string, number>> {
  const db = new DeskDb()
  try {
    const counts: Record<string, number> = {}
    for (const table of tables) counts[table] = await db.table(table).count()
    return counts
  } finally {
    db.close()
  }
}
