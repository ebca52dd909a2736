/**
 * 归档导出: the archive service between renderer and main (issue 5, SYNC.md
 * "Archive export"). The renderer owns the records, so an export is a job the
 * renderer feeds: begin → appendRecords (the database export in chunks, never
 * one giant IPC string) → addWorkbook (one per procedure) → finish, which
 * copies every PDF and scan, writes the manifest, verifies every sum and only
 * then renames the package to its final name. Long work runs in main as a job
 * whose progress the renderer polls (the IPC layer has no events).
 */
import type { ArchiveManifest } from '../archive/archiveManifest'
import type { ArchiveSchedule } from '../archive/archiveSchedule'
import type { AppError } from '../errors/appFailure'
import type { WorkbookModel } from '../spreadsheet/sheetModel'
import type { Empty } from './empty'

export interface ArchiveSettings {
  /** Absolute folder on this PC or the shared drive (归档位置). */
  folder: string
  /** Generations kept; the oldest beyond this are removed after a good export. */
  keep: number
  schedule: ArchiveSchedule
}

export interface ArchiveSettingsInfo extends ArchiveSettings {
  /** `<dataDir>/archives`, used until another folder is chosen. */
  defaultFolder: string
  /** createdAt of the newest good package, or null. */
  lastGoodAt: string | null
  /** Whether this period's archive is still to be made (shared/archive/archiveSchedule.ts). */
  due: boolean
}

export interface ArchiveInfo {
  name: string
  /** false when the manifest cannot be read: listed so a clerk sees it, never counted as a generation. */
  readable: boolean
  createdAt: string | null
  files: number
  bytes: number
  records: number
  documents: number
  attachments: number
}

export type ArchivePhase = 'records' | 'workbooks' | 'files' | 'verify' | 'restore'

export interface ArchiveVerifyReport {
  name: string
  ok: boolean
  /** Files checked against the manifest. */
  checked: number
  missing: string[]
  changed: string[]
  unexpected: string[]
  /** The manifest itself is missing or unreadable: nothing could be checked. */
  manifestBad: boolean
}

export interface ArchiveJob {
  jobId: string
  kind: 'export' | 'verify' | 'restoreFiles'
  state: 'running' | 'done' | 'failed'
  phase: ArchivePhase
  done: number
  total: number
  error?: AppError
  /** export: the package written. */
  archive?: ArchiveInfo
  /** verify: what was found. */
  report?: ArchiveVerifyReport
  /** restoreFiles: files copied into this PC's stores. */
  restored?: { documents: number; attachments: number }
}

export interface ArchiveBeginRequest {
  deviceId: string
  schemaVersion: number
  counts: Record<string, number>
  tableHashes: Record<string, string>
}

export interface ArchiveService {
  settings(req: Empty): Promise<ArchiveSettingsInfo>
  /** Creates the folder if needed; refuses a relative path. */
  saveSettings(req: ArchiveSettings): Promise<ArchiveSettingsInfo>
  /** Starts an export into a temporary folder beside the archives; one at a time. */
  begin(req: ArchiveBeginRequest): Promise<{ jobId: string; name: string }>
  /** Appends the next piece of records/database.json. */
  appendRecords(req: { jobId: string; text: string }): Promise<{ bytes: number }>
  /** Writes workbooks/<fileName> laid out as the spreadsheet service lays out every export. */
  addWorkbook(req: { jobId: string; workbook: WorkbookModel & { yes: string; no: string } }): Promise<{
    bytes: number
  }>
  /** Copies PDFs and scans, writes the manifest, verifies, renames; poll progress(). */
  finish(req: { jobId: string }): Promise<{ jobId: string }>
  /** Drops an unfinished export and its temporary folder. */
  cancel(req: { jobId: string }): Promise<{ ok: true }>
  progress(req: { jobId: string }): Promise<ArchiveJob>
  /** Good and unreadable packages, newest first; temporary folders are never listed. */
  list(req: Empty): Promise<{ items: ArchiveInfo[] }>
  /** Re-hashes every file against the manifest; poll progress() for the report. */
  verify(req: { name: string }): Promise<{ jobId: string }>
  /** The package's manifest, for browsing it read-only. */
  open(req: { name: string }): Promise<{ manifest: ArchiveManifest }>
  /** Opens one file of the package (a listed one) in the system's viewer. */
  openFile(req: { name: string; path: string }): Promise<{ path: string }>
  /** The next piece of records/database.json from `offset` (bytes); nextOffset null at the end. */
  readRecords(req: { name: string; offset: number }): Promise<{ text: string; nextOffset: number | null }>
  /** Copies the package's PDFs and scans into this PC's stores; poll progress(). */
  restoreFiles(req: { name: string }): Promise<{ jobId: string }>
}
