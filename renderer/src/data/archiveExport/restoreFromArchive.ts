/**
 * 从归档恢复: rebuilds a fresh profile from a package. Refused while this PC
 * holds business records (a restore replaces everything, and a package is a
 * month-end picture, not a merge). The package is verified first; then the
 * records are imported (as restoreBackup does, with dexie-export-import),
 * the PDFs and scans copied back by main, and every table's count and hash
 * compared with the manifest before the restore counts as done.
 */
import { importInto } from 'dexie-export-import'
import { deriveRestored } from '../deriveUpgrade'
import { assertCan } from '@shared/auth/permissions'
import type { ArchiveManifest } from '@shared/archive/archiveManifest'
import { AppFailure } from '@shared/errors/appFailure'
import { api, unwrap } from '../../ipc/api'
import type { DeskDb } from '../db'
import { setMaintenance } from '../guardMiddleware'
import { syncedTables } from '../tables'
import { runWrite, type WriteContext } from '../unitOfWork'
import { jobFraction, waitForJob } from './archiveJobs'
import { differingTables, LOCAL_ONLY_TABLES, snapshotTables } from './archiveSnapshot'
import type { OnArchiveProgress } from './runArchiveExport'
import { verifyArchive } from './verifyArchive'

/** What the first-start wizard writes: a profile holding only these is still fresh. */
const SETUP_TABLES: readonly string[] = ['company', 'users', 'settings']

export interface RestoreOutcome {
  manifest: ArchiveManifest
  /** Rows per table now in this database (equal to the manifest's). */
  counts: Record<string, number>
  /** Tables compared by count and content hash. */
  tablesCompared: number
}

/** Rows in the tables a fresh profile has none of. */
export async function businessRowCount(db: DeskDb): Promise<number> {
  const tables = syncedTables.filter((t) => !SETUP_TABLES.includes(t))
  const counts = await Promise.all(tables.map((t) => db.table(t).count()))
  return counts.reduce((sum, n) => sum + n, 0)
}

async function readRecordsText(name: string, on: OnArchiveProgress, bytes: number): Promise<string> {
  const pieces: string[] = []
  let offset: number | null = 0
  while (offset !== null) {
    const piece: { text: string; nextOffset: number | null } = await unwrap(
      api().archive.readRecords({ name, offset }),
    )
    pieces.push(piece.text)
    offset = piece.nextOffset
    on({ phase: 'restore', fraction: 0.2 + 0.2 * Math.min(1, (offset ?? bytes) / Math.max(1, bytes)) })
  }
  return pieces.join('')
}

export async function restoreFromArchive(
  db: DeskDb,
  req: { name: string; onProgress: OnArchiveProgress },
  ctx: WriteContext,
): Promise<RestoreOutcome> {
  const { name, onProgress } = req
  assertCan(ctx.actor, 'backup.restore')
  const held = await businessRowCount(db)
  if (held > 0) throw new AppFailure('archive.notEmpty', 'errors.archive.notEmpty', { count: held })

  const report = await verifyArchive(
    db,
    { name, onProgress: (p) => onProgress({ phase: 'verify', fraction: 0.2 * p.fraction }) },
    ctx,
  )
  if (!report.ok) {
    const files = [...report.changed, ...report.missing, ...report.unexpected]
    throw new AppFailure('archive.damaged', 'errors.archive.damaged', {
      name,
      count: files.length,
      files: files.slice(0, 5).join('、'),
    })
  }
  const { manifest } = await unwrap(api().archive.open({ name }))
  const recordsBytes = manifest.files.find((f) => f.path === 'records/database.json')?.bytes ?? 0
  const text = await readRecordsText(name, onProgress, recordsBytes)

  setMaintenance(true)
  try {
    await importInto(db, new Blob([text]), {
      clearTablesBeforeImport: true,
      acceptVersionDiff: true,
      // Same app, same tables; the name differs only between test databases.
      acceptNameDiff: true,
      skipTables: [...LOCAL_ONLY_TABLES],
      progressCallback: ({ completedRows, totalRows }) => {
        onProgress({ phase: 'restore', fraction: 0.4 + 0.3 * (totalRows ? completedRows / totalRows : 0) })
        return true
      },
    })
  } finally {
    setMaintenance(false)
  }

  const { jobId } = await unwrap(api().archive.restoreFiles({ name }))
  await waitForJob(jobId, (job) => onProgress({ phase: 'restore', fraction: 0.7 + 0.25 * jobFraction(job) }))

  const restored = await snapshotTables(db)
  const differing = differingTables({ counts: manifest.counts, tableHashes: manifest.tableHashes }, restored)
  if (differing.length > 0) {
    throw new AppFailure('archive.restoreMismatch', 'errors.archive.restoreMismatch', {
      tables: differing.join('、'),
    })
  }
  // After the comparison, as the package holds the records as they were: values derived since it was made.
  await deriveRestored(db)
  // After the comparison: the restore's own audit entry is not part of the archive.
  await runWrite(db, ctx, (w) =>
    w.event('archiveRestore', 'system', name, { tables: Object.keys(manifest.counts).length }),
  )
  onProgress({ phase: 'restore', fraction: 1 })
  return { manifest, counts: restored.counts, tablesCompared: Object.keys(restored.counts).length }
}
