/**
 * Database exports written by main into `<dataDir>/backups/`. Each backup is a
 * generation of two files: the export and its `.sha256` sidecar. A new
 * generation is written atomically and read back before any old one is
 * deleted, so a failed write never costs an earlier backup.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { BackupInfo, BackupService } from '../../../../shared/ipc/contract'
import { AppFailure } from '../../../../shared/errors/appFailure'
import type { FsPort, MainPorts } from '../mainPorts'
import { createSerialQueue } from '../fsUtil/createSerialQueue'
import { resolveInside } from '../fsUtil/resolveInside'
import { TEMP_SUFFIX, writeFileAtomic } from '../fsUtil/writeFileAtomic'
import { type BackupMeta, parseMeta, serializeMeta } from './backupMeta'
import { compareNamesNewestFirst, isBackupName, nextBackupName, sidecarName } from './backupName'

/** How many backups are kept; the oldest beyond this are deleted after a good write. */
export const BACKUP_GENERATIONS = 14
export const BACKUP_FOLDER = 'backups'

export function createBackupService(ports: Pick<MainPorts, 'dataDir' | 'fs' | 'now'>): BackupService {
  const { fs } = ports
  const dir = join(ports.dataDir, BACKUP_FOLDER)
  // Writes one at a time, so two backups in the same second get distinct names.
  const queue = createSerialQueue()

  async function listInfos(): Promise<BackupInfo[]> {
    const files = await readdirOrEmpty(fs, dir)
    const infos: BackupInfo[] = []
    for (const name of files.filter(isBackupName)) {
      const meta = await readMeta(fs, join(dir, sidecarName(name)))
      // A backup without a readable sidecar cannot be verified; read() reports it as corrupt.
      if (meta) infos.push({ name, ...meta })
    }
    return infos.sort(newestFirst)
  }

  async function writeGeneration(content: string, reason: BackupInfo['reason']): Promise<BackupInfo> {
    await fs.mkdir(dir, { recursive: true })
    const files = await fs.readdir(dir)
    await removeStaleTemps(fs, dir, files)
    const when = ports.now()
    const name = nextBackupName(when, new Set(files))
    const data = Buffer.from(content, 'utf8')
    const meta: BackupMeta = { sha256: sha256Of(data), bytes: data.length, at: when.toISOString(), reason }
    const dataPath = join(dir, name)
    const metaPath = join(dir, sidecarName(name))
    try {
      await writeFileAtomic(fs, dataPath, data)
      await writeFileAtomic(fs, metaPath, serializeMeta(meta))
      const readBack = await fs.readFile(dataPath)
      const metaBack = await readMeta(fs, metaPath)
      if (
        readBack.length !== meta.bytes ||
        sha256Of(readBack) !== meta.sha256 ||
        metaBack?.sha256 !== meta.sha256
      ) {
        throw Object.assign(new Error('backup did not read back as written'), { code: 'EVERIFY' })
      }
    } catch (err) {
      // The name was free before this write, so these two files are ours alone.
      await fs.rm(dataPath, { force: true }).catch(() => undefined)
      await fs.rm(metaPath, { force: true }).catch(() => undefined)
      throw err
    }
    return { name, ...meta }
  }

  async function pruneBeyond(keep: string): Promise<void> {
    const all = await listInfos()
    // The one just written always stays, even if the clock was set back.
    const others = all.filter((info) => info.name !== keep)
    for (const old of others.slice(BACKUP_GENERATIONS - 1)) {
      await fs.rm(join(dir, old.name), { force: true })
      await fs.rm(join(dir, sidecarName(old.name)), { force: true })
    }
  }

  return {
    write({ content, reason }) {
      return queue.run(async () => {
        let info: BackupInfo
        try {
          info = await writeGeneration(content, reason)
        } catch (err) {
          throw new AppFailure('backup.writeFailed', 'errors.backup.writeFailed', { reason: errorCode(err) })
        }
        // Housekeeping only: the new backup is safe, so a failed delete is not a failed backup.
        await pruneBeyond(info.name).catch(() => undefined)
        return info
      })
    },

    async list() {
      return { items: await listInfos() }
    },

    async read({ name }) {
      const dataPath = isBackupName(name) ? resolveInside(dir, name) : undefined
      if (!dataPath) throw new AppFailure('backup.badName', 'errors.backup.badName', { name })
      let data: Buffer
      try {
        data = await fs.readFile(dataPath)
      } catch (err) {
        if (errorCode(err) === 'ENOENT')
          throw new AppFailure('backup.notFound', 'errors.backup.notFound', { name })
        throw err
      }
      const meta = await readMeta(fs, join(dir, sidecarName(name)))
      if (!meta || meta.bytes !== data.length || meta.sha256 !== sha256Of(data)) {
        throw new AppFailure('backup.corrupt', 'errors.backup.corrupt', { name })
      }
      return { content: data.toString('utf8'), info: { name, ...meta } }
    },
  }
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  if (a.at !== b.at) return Date.parse(b.at) - Date.parse(a.at)
  return compareNamesNewestFirst(a.name, b.name)
}

function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'unknown'
}

async function readMeta(fs: FsPort, path: string): Promise<BackupMeta | undefined> {
  try {
    return parseMeta(await fs.readFile(path, 'utf8'))
  } catch {
    return undefined
  }
}

async function readdirOrEmpty(fs: FsPort, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return []
    throw err
  }
}

/** Temp files left by a crash or power cut mid-write; never a finished backup. */
async function removeStaleTemps(fs: FsPort, dir: string, files: string[]): Promise<void> {
  for (const f of files) {
    if (f.startsWith('.') && f.endsWith(TEMP_SUFFIX))
      await fs.rm(join(dir, f), { force: true }).catch(() => undefined)
  }
}
