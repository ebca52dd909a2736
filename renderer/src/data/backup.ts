/**
 * Whole-database backup and restore. The renderer exports the database
 * (dexie-export-import); main writes it with its SHA-256 and verifies it on
 * read, before anything here is replaced.
 */
import { exportDB, importInto } from 'dexie-export-import'
import { deriveRestored } from './deriveUpgrade'
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import type { BackupInfo } from '@shared/ipc/contract'
import { api, unwrap } from '../ipc/api'
import type { DeskDb } from './db'
import { setMaintenance } from './guardMiddleware'
import { runWrite, type WriteContext } from './unitOfWork'

export type Progress = (fraction: number) => void

function progressOf(onProgress: Progress) {
  return ({ completedRows, totalRows }: { completedRows: number; totalRows?: number }) => {
    onProgress(totalRows ? completedRows / totalRows : 0)
    return true
  }
}

export async function exportDatabase(db: DeskDb, onProgress: Progress): Promise<string> {
  const blob = await exportDB(db, { progressCallback: progressOf(onProgress) })
  return blob.text()
}

/** Exports, hands the file to main, and records the backup in the audit trail. */
export async function runBackup(
  db: DeskDb,
  req: { reason: BackupInfo['reason']; onProgress: Progress },
  ctx: WriteContext,
): Promise<BackupInfo> {
  const { reason, onProgress } = req
  // The automatic daily backup protects everyone's work, whatever the role.
  if (reason === 'manual') assertCan(ctx.actor, 'backup.run')
  const content = await exportDatabase(db, (f) => onProgress(f * 0.8))
  const info = await unwrap(api().backup.write({ content, reason }))
  onProgress(1)
  await runWrite(db, ctx, (w) =>
    w.event('backup', 'system', info.name, { sha256: info.sha256, bytes: info.bytes }),
  )
  return info
}

export async function listBackups(): Promise<BackupInfo[]> {
  return (await unwrap(api().backup.list({}))).items
}

/**
 * Restores a verified backup. Main verifies the checksum first; a corrupt file
 * fails there and nothing local is touched. The current data is backed up
 * before it is replaced.
 */
export async function restoreBackup(
  db: DeskDb,
  req: { name: string; onProgress: Progress },
  ctx: WriteContext,
): Promise<void> {
  const { name, onProgress } = req
  assertCan(ctx.actor, 'backup.restore')
  const { content } = await unwrap(api().backup.read({ name }))
  let parsed: unknown
  try {
    parsed = JSON.parse(content)
  } catch {
    throw new AppFailure('backup.badContent', 'errors.backup.badContent')
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { formatName?: string }).formatName !== 'dexie'
  ) {
    throw new AppFailure('backup.badContent', 'errors.backup.badContent')
  }
  await runBackup(db, { reason: 'auto', onProgress: (f) => onProgress(f * 0.3) }, ctx)
  setMaintenance(true)
  try {
    await importInto(db, new Blob([content]), {
      clearTablesBeforeImport: true,
      acceptVersionDiff: true,
      progressCallback: (p) => {
        onProgress(0.3 + 0.7 * (p.totalRows ? p.completedRows / p.totalRows : 0))
        return true
      },
    })
  } finally {
    setMaintenance(false)
  }
  await deriveRestored(db)
  await runWrite(db, ctx, (w) => w.event('restoreBackup', 'system', name))
}
