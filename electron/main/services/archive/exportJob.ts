/**
 * One export, from begin to the package under its final name.
 *
 * Everything is written into `.<name>.tmp-<pc>-<rand>` beside the archives,
 * every file fsynced; then the manifest; then every file is read back and
 * checked against its sum; only then is the folder renamed to its final name
 * (one rename, atomic on one volume), and only after that are old
 * generations pruned. A failure at any step removes the temporary folder, and
 * a crash leaves it for the next export to remove: nothing ever appears under
 * a final name that was not verified complete, and no earlier package is
 * touched before the new one is good (SYNC.md acceptance case 20).
 */
import { createHash, type Hash, randomBytes } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ATTACHMENTS_DIR,
  DOCUMENTS_DIR,
  MANIFEST_FILE,
  RECORDS_FILE,
  WORKBOOKS_DIR,
  type ArchiveFileEntry,
  type ArchiveManifest,
} from '../../../../shared/archive/archiveManifest'
import type { ArchiveBeginRequest, ArchiveInfo, ArchiveJob } from '../../../../shared/ipc/archiveContract'
import type { WorkbookModel } from '../../../../shared/spreadsheet/sheetModel'
import { AppFailure } from '../../../../shared/errors/appFailure'
import { ATTACHMENTS_FOLDER } from '../attachments/createAttachmentsService'
import { DOCUMENTS_FOLDER } from '../documents/createDocumentsService'
import type { MainPorts } from '../mainPorts'
import { resolveInside } from '../fsUtil/resolveInside'
import { addSheet } from '../spreadsheet/createSpreadsheetService'
import { asArchiveFailure } from './archiveErrors'
import {
  deviceTagOf,
  folderEntries,
  infoOf,
  pruneGenerations,
  removeAbandonedTemps,
  tempNameFor,
} from './archiveFolder'
import {
  copyAndHash,
  eachLimited,
  hashFile,
  listFiles,
  syncFolder,
  writeAll,
  writeNewFile,
  writeNewFileFrom,
} from './fileOps'
import { nextArchiveName } from '../../../../shared/archive/archiveName'

/**
 * Files copied at once: enough to overlap one file's fsync with the next
 * file's read on a network share, few enough to keep memory at a few buffers.
 */
const COPY_LANES = 4

type Ports = Pick<MainPorts, 'dataDir' | 'fs' | 'now' | 'appVersion'>

export interface ExportState {
  job: ArchiveJob
  name: string
  folder: string
  keep: number
  tempDir: string
  request: ArchiveBeginRequest
  createdAt: Date
  records: { handle: FileHandle; hash: Hash; bytes: number } | null
  workbooks: ArchiveFileEntry[]
  finishing: boolean
}

export async function openExport(
  ports: Ports,
  job: ArchiveJob,
  target: { folder: string; keep: number },
  request: ArchiveBeginRequest,
): Promise<ExportState> {
  const { fs } = ports
  const createdAt = ports.now()
  const tag = deviceTagOf(request.deviceId)
  await removeAbandonedTemps(fs, target.folder, tag, createdAt)
  const name = nextArchiveName(createdAt, await folderEntries(fs, target.folder))
  const tempDir = join(target.folder, tempNameFor(name, tag, randomBytes(4).toString('hex')))
  const state: ExportState = {
    job,
    name,
    ...target,
    tempDir,
    request,
    createdAt,
    records: null,
    workbooks: [],
    finishing: false,
  }
  try {
    await fs.mkdir(join(tempDir, dirname(RECORDS_FILE)), { recursive: true })
    await fs.mkdir(join(tempDir, WORKBOOKS_DIR), { recursive: true })
    const handle = await fs.open(join(tempDir, RECORDS_FILE), 'wx')
    state.records = { handle, hash: createHash('sha256'), bytes: 0 }
  } catch (err) {
    await discardExport(ports, state)
    throw asArchiveFailure(err, target.folder)
  }
  return state
}

export async function appendRecords(state: ExportState, text: string): Promise<number> {
  const records = openRecords(state)
  const data = Buffer.from(text, 'utf8')
  await writeAll(records.handle, data)
  records.hash.update(data)
  records.bytes += data.length
  state.job.done = records.bytes
  return records.bytes
}

export async function addWorkbook(
  ports: Ports,
  state: ExportState,
  workbook: WorkbookModel & { yes: string; no: string },
): Promise<number> {
  if (state.finishing) throw notWritable(state)
  state.job.phase = 'workbooks'
  const dir = join(state.tempDir, WORKBOOKS_DIR)
  const path = resolveInside(dir, workbook.fileName)
  const relative = `${WORKBOOKS_DIR}/${workbook.fileName}`
  if (!path || state.workbooks.some((w) => w.path === relative)) {
    throw new AppFailure('archive.badWorkbook', 'errors.archive.badWorkbook', { fileName: workbook.fileName })
  }
  // Streamed: rows are written out as they are laid out, so a 50,000-row
  // workbook never sits whole in memory (it did: 250 MB at 10,000 contracts).
  const sum = await writeNewFileFrom(ports.fs, path, (write) =>
    streamWorkbook(workbook, state.createdAt, write),
  )
  state.workbooks.push({ path: relative, ...sum })
  return sum.bytes
}

async function streamWorkbook(
  workbook: WorkbookModel & { yes: string; no: string },
  createdAt: Date,
  write: (piece: Uint8Array) => Promise<void>,
): Promise<void> {
  const stream = new PassThrough()
  // Pieces are written one after another, in order, while exceljs goes on.
  let writing = Promise.resolve()
  stream.on('data', (piece: Buffer) => {
    writing = writing.then(() => write(piece))
  })
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  book.creator = '商务部工作台'
  book.created = book.modified = createdAt
  for (const sheet of workbook.sheets) addSheet(book, sheet, { yes: workbook.yes, no: workbook.no })
  await book.commit()
  await writing
}

/** Copies the stores, writes the manifest, verifies, renames, prunes. Runs as the job's background work. */
export async function completeExport(ports: Ports, state: ExportState): Promise<ArchiveInfo> {
  const { fs } = ports
  const { job } = state
  const records = openRecords(state)
  state.finishing = true
  await records.handle.sync()
  await records.handle.close()
  state.records = null
  const recordsEntry: ArchiveFileEntry = {
    path: RECORDS_FILE,
    bytes: records.bytes,
    sha256: records.hash.digest('hex'),
  }

  const sources = [
    ...(await listFiles(fs, join(ports.dataDir, DOCUMENTS_FOLDER))).map((rel) => ({
      from: join(ports.dataDir, DOCUMENTS_FOLDER, rel),
      path: `${DOCUMENTS_DIR}/${rel}`,
    })),
    ...(await listFiles(fs, join(ports.dataDir, ATTACHMENTS_FOLDER))).map((rel) => ({
      from: join(ports.dataDir, ATTACHMENTS_FOLDER, rel),
      path: `${ATTACHMENTS_DIR}/${rel}`,
    })),
  ]
  Object.assign(job, { phase: 'files', done: 0, total: sources.length })
  const copied: ArchiveFileEntry[] = new Array<ArchiveFileEntry>(sources.length)
  const made = new Set<string>()
  await eachLimited(sources, COPY_LANES, async ({ from, path }, i) => {
    const to = join(state.tempDir, ...path.split('/'))
    const dir = dirname(to)
    if (!made.has(dir)) {
      await fs.mkdir(dir, { recursive: true })
      made.add(dir)
    }
    copied[i] = { path, ...(await copyAndHash(fs, from, to)) }
    job.done++
  })

  const files = [recordsEntry, ...state.workbooks, ...copied]
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    name: state.name,
    createdAt: state.createdAt.toISOString(),
    appVersion: ports.appVersion,
    deviceId: state.request.deviceId,
    schemaVersion: state.request.schemaVersion,
    counts: state.request.counts,
    tableHashes: state.request.tableHashes,
    totals: {
      files: files.length,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      workbooks: state.workbooks.length,
      documents: copied.filter((f) => f.path.startsWith(`${DOCUMENTS_DIR}/`)).length,
      attachments: copied.filter((f) => f.path.startsWith(`${ATTACHMENTS_DIR}/`)).length,
    },
    files,
  }
  const manifestText = JSON.stringify(manifest, null, 1)
  await writeNewFile(fs, join(state.tempDir, MANIFEST_FILE), Buffer.from(manifestText, 'utf8'))

  // Read everything back: what is on the share, not what we meant to write.
  Object.assign(job, { phase: 'verify', done: 0, total: files.length })
  await eachLimited(files, COPY_LANES, async (entry) => {
    const sum = await hashFile(fs, join(state.tempDir, ...entry.path.split('/')))
    if (sum.bytes !== entry.bytes || sum.sha256 !== entry.sha256) {
      throw new AppFailure('archive.verifyFailed', 'errors.archive.verifyFailed', { file: entry.path })
    }
    job.done++
  })
  if ((await fs.readFile(join(state.tempDir, MANIFEST_FILE), 'utf8')) !== manifestText) {
    throw new AppFailure('archive.verifyFailed', 'errors.archive.verifyFailed', { file: MANIFEST_FILE })
  }

  await syncFolder(fs, state.tempDir)
  // rename() never replaces a non-empty folder, so a same-named package (another PC, the same second) is safe.
  await fs.rename(state.tempDir, join(state.folder, state.name))
  await syncFolder(fs, state.folder)
  // Housekeeping only: the new package is safe, so a failed delete is not a failed export.
  await pruneGenerations(fs, state.folder, state.keep, state.name).catch(() => undefined)
  return infoOf(state.name, manifest)
}

export async function discardExport(ports: Pick<MainPorts, 'fs'>, state: ExportState): Promise<void> {
  await state.records?.handle.close().catch(() => undefined)
  state.records = null
  await ports.fs.rm(state.tempDir, { recursive: true, force: true }).catch(() => undefined)
}

function openRecords(state: ExportState): NonNullable<ExportState['records']> {
  if (!state.records || state.finishing) throw notWritable(state)
  return state.records
}

function notWritable(state: ExportState): AppFailure {
  return new AppFailure('archive.noJob', 'errors.archive.noJob', { jobId: state.job.jobId })
}
