/**
 * 归档导出, the renderer's half: the records (dexie-export-import, streamed to
 * main in pieces), one workbook per procedure, then main copies the PDFs and
 * scans, verifies and names the package. Recorded in the audit trail.
 */
import { exportDB } from 'dexie-export-import'
import { assertCan } from '@shared/auth/permissions'
import type { ArchiveInfo, ArchivePhase } from '@shared/ipc/archiveContract'
import type { WorkbookModel } from '@shared/spreadsheet/sheetModel'
import { api, unwrap } from '../../ipc/api'
import type { DeskDb } from '../db'
import { loadDeviceMeta } from '../deviceMeta'
import { SCHEMA_VERSION } from '../tables'
import { runWrite, type WriteContext } from '../unitOfWork'
import { jobFraction, waitForJob } from './archiveJobs'
import { snapshotTables } from './archiveSnapshot'

export interface ArchiveProgress {
  phase: ArchivePhase
  /** The whole job, 0..1. */
  fraction: number
}
export type OnArchiveProgress = (progress: ArchiveProgress) => void
export type ArchiveWorkbook = WorkbookModel & { yes: string; no: string }

/** Characters per request; well under the request limit, and at most a few MB of UTF-8. */
export const RECORDS_PIECE_CHARS = 2 * 1024 * 1024

/** Where each phase sits on the progress bar (start, width). */
const exportSpan: Record<'records' | 'workbooks' | 'files' | 'verify', [number, number]> = {
  records: [0, 0.25],
  workbooks: [0.25, 0.1],
  files: [0.35, 0.5],
  verify: [0.85, 0.15],
}

function report(on: OnArchiveProgress, phase: keyof typeof exportSpan, within: number): void {
  const [start, width] = exportSpan[phase]
  on({ phase, fraction: start + width * Math.max(0, Math.min(1, within)) })
}

/** Splits text into pieces without cutting a surrogate pair (a character outside the BMP) in two. */
export function textPieces(text: string, size = RECORDS_PIECE_CHARS): string[] {
  const pieces: string[] = []
  let at = 0
  while (at < text.length) {
    let end = Math.min(text.length, at + size)
    const code = text.charCodeAt(end - 1)
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--
    pieces.push(text.slice(at, end))
    at = end
  }
  return pieces
}

export async function runArchiveExport(
  db: DeskDb,
  ctx: WriteContext,
  workbooks: (db: DeskDb) => Promise<ArchiveWorkbook[]>,
  onProgress: OnArchiveProgress,
): Promise<ArchiveInfo> {
  assertCan(ctx.actor, 'backup.run')
  report(onProgress, 'records', 0)
  const snapshot = await snapshotTables(db)
  const blob = await exportDB(db, {
    progressCallback: ({ completedRows, totalRows }) => {
      report(onProgress, 'records', totalRows ? (0.5 * completedRows) / totalRows : 0)
      return true
    },
  })
  const text = await blob.text()
  const device = await loadDeviceMeta(db)
  const { jobId } = await unwrap(
    api().archive.begin({ deviceId: device.deviceId, schemaVersion: SCHEMA_VERSION, ...snapshot }),
  )
  try {
    const pieces = textPieces(text)
    for (const [i, piece] of pieces.entries()) {
      await unwrap(api().archive.appendRecords({ jobId, text: piece }))
      report(onProgress, 'records', 0.5 + (0.5 * (i + 1)) / pieces.length)
    }
    const books = await workbooks(db)
    for (const [i, workbook] of books.entries()) {
      await unwrap(api().archive.addWorkbook({ jobId, workbook }))
      report(onProgress, 'workbooks', (i + 1) / books.length)
    }
  } catch (err) {
    // Main has already dropped the job when the failure was its own; otherwise drop it now.
    await api().archive.cancel({ jobId })
    throw err
  }
  await unwrap(api().archive.finish({ jobId }))
  const job = await waitForJob(jobId, (j) => {
    if (j.phase === 'files' || j.phase === 'verify') report(onProgress, j.phase, jobFraction(j))
  })
  const archive = job.archive as ArchiveInfo
  await runWrite(db, ctx, (w) =>
    w.event('archiveExport', 'system', archive.name, {
      files: archive.files,
      bytes: archive.bytes,
      records: archive.records,
    }),
  )
  onProgress({ phase: 'verify', fraction: 1 })
  return archive
}
