/**
 * A data folder with saved PDFs and scans, the archive service over it, and
 * a way to run a whole export the way the renderer does (begin, records in
 * pieces, a workbook, finish, poll). `failingFs` is the real file system with
 * one injected failure, for a full share or a write that dies mid-copy.
 */
import { createHash } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveJob, ArchiveService } from '../../../../shared/ipc/archiveContract'
import { AppFailure } from '../../../../shared/errors/appFailure'
import { createArchiveService } from '../../../../electron/main/services/archive/createArchiveService'
import type { FsPort } from '../../../../electron/main/services/mainPorts'
import { type TempPorts, createTempPorts } from '../../../harness/tempPorts'

export const RECORDS_TEXT = JSON.stringify({
  formatName: 'dexie',
  formatVersion: 1,
  data: {
    tables: [{ name: 'customers', rowCount: 1 }],
    data: [{ tableName: 'customers', rows: [{ id: 'C1', name: '北京智诚科技有限公司' }] }],
  },
})

export const PDF = Buffer.from('%PDF-1.7\n合同正文\n%%EOF\n', 'utf8')
export const SCAN = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(3000, 7)])
export const SCAN_SHA = createHash('sha256').update(SCAN).digest('hex')

export interface ArchiveWorld {
  temp: TempPorts
  archive: ArchiveService
  folder: string
  /** Rebuilds the service over another FsPort (the same folders). */
  withFs(fs: FsPort): ArchiveService
}

export async function archiveWorld(): Promise<ArchiveWorld> {
  const temp = await createTempPorts({ start: new Date(2026, 10, 27, 9, 30, 0) })
  const docs = join(temp.dataDir, 'documents', '合同', '2026-11')
  await mkdir(docs, { recursive: true })
  await writeFile(join(docs, 'HT-2026-0001.pdf'), PDF)
  await writeFile(join(docs, 'HT-2026-0002.pdf'), Buffer.concat([PDF, Buffer.from('2')]))
  // A temp file of a documents.save in progress is not a saved document.
  await writeFile(join(docs, '.HT-2026-0003.pdf.abc.tmp'), 'half')
  const shard = join(temp.dataDir, 'attachments', SCAN_SHA.slice(0, 2))
  await mkdir(shard, { recursive: true })
  await writeFile(join(shard, SCAN_SHA), SCAN)
  const archive = createArchiveService(temp.ports)
  return {
    temp,
    archive,
    folder: join(temp.dataDir, 'archives'),
    withFs: (fs) => createArchiveService({ ...temp.ports, fs }),
  }
}

export async function waitJob(archive: ArchiveService, jobId: string): Promise<ArchiveJob> {
  for (;;) {
    const job = await archive.progress({ jobId })
    if (job.state !== 'running') return job
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** A whole export as the renderer runs it; the finished (or failed) job. */
export async function runExport(archive: ArchiveService, text = RECORDS_TEXT): Promise<ArchiveJob> {
  const { jobId } = await archive.begin({
    deviceId: 'PC-01',
    schemaVersion: 4,
    counts: { customers: 1 },
    tableHashes: { customers: 'a'.repeat(64) },
  })
  const half = Math.floor(text.length / 2)
  await archive.appendRecords({ jobId, text: text.slice(0, half) })
  await archive.appendRecords({ jobId, text: text.slice(half) })
  await archive.addWorkbook({
    jobId,
    workbook: {
      fileName: '客户档案.xlsx',
      sheets: [
        {
          name: '客户',
          title: '客户档案',
          subtitle: '归档',
          columns: [{ header: '客户名称', width: 30, format: 'text' }],
          rows: [['北京智诚科技有限公司']],
        },
      ],
      yes: '是',
      no: '否',
    },
  })
  await archive.finish({ jobId })
  return waitJob(archive, jobId)
}

export async function failureOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (err) {
    if (err instanceof AppFailure) return err.toData()
    throw err
  }
  throw new Error('expected a failure')
}

/**
 * The real file system, except that writes to files matching `when` fail
 * with `code` once `afterBytes` bytes have gone to such files (a share that
 * fills up, or a connection that drops, mid-copy).
 */
export function failingFs(code: string, when: (path: string) => boolean, afterBytes = 0): FsPort {
  let written = 0
  const fail = () => Object.assign(new Error(`${code}: simulated`), { code, syscall: 'write' })
  return {
    ...nodeFs,
    async open(path, flags, mode) {
      const handle = await nodeFs.open(path, flags, mode)
      if (!when(String(path)) || flags === 'r') return handle
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'write') {
            return async (data: Uint8Array, offset = 0, length = data.length - offset) => {
              if (written + length > afterBytes) {
                const room = Math.max(0, afterBytes - written)
                if (room > 0) await target.write(data, offset, room)
                written += room
                throw fail()
              }
              written += length
              return target.write(data, offset, length)
            }
          }
          const value: unknown = Reflect.get(target, prop, target)
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
        },
      }) as FileHandle
    },
  }
}
