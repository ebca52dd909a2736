/**
 * The attachment store: scans and signed documents, kept by content.
 *
 * Layout: `<dataDir>/attachments/<first two hex digits>/<sha256>`, the file's
 * lower-case hex SHA-256 as its whole name, no extension (the type is read
 * from the content again on every read). The two-digit shard folders keep
 * any one folder to a few hundred entries even with many thousand files.
 *
 * The store only ever grows: there is no delete, and storing the same content
 * again finds the file already there and writes nothing. A new file is
 * written atomically, then read back and checked against its hash; every read
 * checks the hash again before returning anything.
 */
import { createHash } from 'node:crypto'
import { dirname, join } from 'node:path'
import type { AttachmentMime, AttachmentsService, StoredAttachment } from '../../../../shared/ipc/contract'
import { AppFailure } from '../../../../shared/errors/appFailure'
import { ATTACHMENT_MAX_BYTES, SHA256_PATTERN } from '../../../../shared/ipc/schemas'
import type { FsPort, MainPorts } from '../mainPorts'
import { createSerialQueue } from '../fsUtil/createSerialQueue'
import { resolveInside } from '../fsUtil/resolveInside'
import { TEMP_SUFFIX, writeFileAtomic } from '../fsUtil/writeFileAtomic'
import { detectMime } from './detectMime'

export const ATTACHMENTS_FOLDER = 'attachments'
export const ATTACHMENT_MAX_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024)

/** Where the file with this hash lives; undefined when `sha256` is not a hash. */
export function attachmentPath(dataDir: string, sha256: string): string | undefined {
  if (!SHA256_PATTERN.test(sha256)) return undefined
  return resolveInside(join(dataDir, ATTACHMENTS_FOLDER), join(sha256.slice(0, 2), sha256))
}

export function createAttachmentsService(ports: Pick<MainPorts, 'dataDir' | 'fs'>): AttachmentsService {
  const { fs } = ports
  // One write at a time: clearing a shard's stale temp files must not catch
  // the temp file of a write still in progress.
  const queue = createSerialQueue()

  function pathOf(sha256: string): string {
    const path = attachmentPath(ports.dataDir, sha256)
    if (!path) throw new AppFailure('attachments.badHash', 'errors.attachments.badHash', { field: 'sha256' })
    return path
  }

  /** Whether the store already holds exactly this content under its name. */
  async function holds(path: string, stored: StoredAttachment): Promise<boolean> {
    let data: Buffer
    try {
      data = await fs.readFile(path)
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return false
      throw err
    }
    // A damaged copy is not "already stored": it is written again, which heals it.
    return data.length === stored.bytes && sha256Of(data) === stored.sha256
  }

  async function store(path: string, data: Buffer, stored: StoredAttachment): Promise<void> {
    if (await holds(path, stored)) return
    const shard = dirname(path)
    await fs.mkdir(shard, { recursive: true })
    await removeStaleTemps(fs, shard)
    await writeFileAtomic(fs, path, data)
    if (!(await holds(path, stored))) {
      throw Object.assign(new Error('attachment did not read back as written'), { code: 'EVERIFY' })
    }
  }

  return {
    async put({ fileName, dataBase64 }) {
      const data = Buffer.from(dataBase64, 'base64')
      if (data.length > ATTACHMENT_MAX_BYTES) {
        throw new AppFailure('attachments.tooLarge', 'errors.attachments.tooLarge', {
          field: 'file',
          maxMb: ATTACHMENT_MAX_MB,
        })
      }
      if (data.length === 0) {
        throw new AppFailure('attachments.empty', 'errors.attachments.empty', { field: 'file', fileName })
      }
      const mime = detectMime(data)
      if (!mime) {
        throw new AppFailure('attachments.badType', 'errors.attachments.badType', { field: 'file', fileName })
      }
      const stored: StoredAttachment = { sha256: sha256Of(data), bytes: data.length, mime }
      const path = pathOf(stored.sha256)
      return queue.run(async () => {
        try {
          await store(path, data, stored)
        } catch (err) {
          throw new AppFailure('attachments.writeFailed', 'errors.attachments.writeFailed', {
            reason: errorCode(err),
          })
        }
        return stored
      })
    },

    async read({ sha256 }) {
      const path = pathOf(sha256)
      let data: Buffer
      try {
        data = await fs.readFile(path)
      } catch (err) {
        const code = errorCode(err)
        // ENOTDIR: something that is not a folder sits where the shard folder should be.
        if (code === 'ENOENT' || code === 'ENOTDIR')
          throw new AppFailure('attachments.notFound', 'errors.attachments.notFound', { sha256 })
        throw err
      }
      const mime: AttachmentMime | undefined = detectMime(data)
      if (sha256Of(data) !== sha256 || !mime) {
        throw new AppFailure('attachments.corrupt', 'errors.attachments.corrupt', { sha256 })
      }
      return { sha256, bytes: data.length, mime, dataBase64: data.toString('base64') }
    },

    /** Presence only (a file under that name); read() is what checks the content. */
    async has({ sha256s }) {
      const wanted = [...new Set(sha256s)].filter((sha256) => SHA256_PATTERN.test(sha256))
      const present: string[] = []
      for (let i = 0; i < wanted.length; i += HAS_BATCH) {
        const batch = wanted.slice(i, i + HAS_BATCH)
        const found = await Promise.all(batch.map((sha256) => isFile(fs, pathOf(sha256))))
        batch.forEach((sha256, j) => {
          if (found[j]) present.push(sha256)
        })
      }
      return { present }
    },
  }
}

/** How many files has() looks up at once. */
const HAS_BATCH = 64

function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'unknown'
}

async function isFile(fs: FsPort, path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile()
  } catch {
    return false
  }
}

/** Temp files left in a shard folder by a crash or power cut mid-write; never a stored attachment. */
async function removeStaleTemps(fs: FsPort, dir: string): Promise<void> {
  for (const f of await fs.readdir(dir)) {
    if (f.startsWith('.') && f.endsWith(TEMP_SUFFIX))
      await fs.rm(join(dir, f), { force: true }).catch(() => undefined)
  }
}
