/**
 * The archive folder's packages: listing, temporary folders left by a crash,
 * and pruning old generations. A package counts only under its final name
 * with a readable manifest; temporary folders start with a dot and are never
 * listed.
 */
import { join } from 'node:path'
import type { ArchiveInfo } from '../../../../shared/ipc/archiveContract'
import {
  MANIFEST_FILE,
  parseManifest,
  type ArchiveManifest,
} from '../../../../shared/archive/archiveManifest'
import { compareArchiveNamesNewestFirst, isArchiveName } from '../../../../shared/archive/archiveName'
import type { FsPort } from '../mainPorts'
import { resolveInside } from '../fsUtil/resolveInside'
import { errorCode, notFound } from './archiveErrors'

export const TEMP_MARK = '.tmp-'
/** Another PC's temporary folder is only removed once it is surely abandoned. */
const FOREIGN_TEMP_AGE_MS = 24 * 60 * 60 * 1000

export function tempNameFor(name: string, deviceTag: string, random: string): string {
  return `.${name}${TEMP_MARK}${deviceTag}-${random}`
}

/** Letters and digits of the device id: safe in a file name on every system. */
export function deviceTagOf(deviceId: string): string {
  return deviceId.replace(/[^A-Za-z0-9]/g, '').slice(0, 12) || 'pc'
}

export function packageDir(folder: string, name: string): string {
  const dir = isArchiveName(name) ? resolveInside(folder, name) : undefined
  if (!dir) throw notFound(name)
  return dir
}

export async function readManifestOf(fs: FsPort, dir: string): Promise<ArchiveManifest | undefined> {
  try {
    return parseManifest(await fs.readFile(join(dir, MANIFEST_FILE), 'utf8'))
  } catch {
    return undefined
  }
}

export function infoOf(name: string, manifest: ArchiveManifest | undefined): ArchiveInfo {
  if (!manifest) {
    return {
      name,
      readable: false,
      createdAt: null,
      files: 0,
      bytes: 0,
      records: 0,
      documents: 0,
      attachments: 0,
    }
  }
  const records = Object.values(manifest.counts).reduce((sum, n) => sum + n, 0)
  return {
    name,
    readable: true,
    createdAt: manifest.createdAt,
    files: manifest.totals.files,
    bytes: manifest.totals.bytes,
    records,
    documents: manifest.totals.documents,
    attachments: manifest.totals.attachments,
  }
}

async function entriesOf(fs: FsPort, folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder)
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return []
    throw err
  }
}

/** Every package under its final name, newest first. */
export async function listPackages(fs: FsPort, folder: string): Promise<ArchiveInfo[]> {
  const names = (await entriesOf(fs, folder)).filter(isArchiveName).sort(compareArchiveNamesNewestFirst)
  const infos: ArchiveInfo[] = []
  for (const name of names) infos.push(infoOf(name, await readManifestOf(fs, join(folder, name))))
  return infos
}

export async function folderEntries(fs: FsPort, folder: string): Promise<Set<string>> {
  return new Set(await entriesOf(fs, folder))
}

/**
 * Temporary folders of exports that never finished (the app was killed, the
 * PC lost power). This PC's are removed at once: one export runs at a time,
 * so none of them is still being written. Another PC's only after a day, as
 * it may be exporting into the same shared folder right now.
 */
export async function removeAbandonedTemps(
  fs: FsPort,
  folder: string,
  deviceTag: string,
  now: Date,
): Promise<void> {
  for (const entry of await entriesOf(fs, folder)) {
    const at = entry.indexOf(TEMP_MARK)
    if (!entry.startsWith('.') || at < 0 || !isArchiveName(entry.slice(1, at))) continue
    const ours = entry.slice(at + TEMP_MARK.length).startsWith(`${deviceTag}-`)
    const path = join(folder, entry)
    if (!ours) {
      const stat = await fs.stat(path).catch(() => undefined)
      if (!stat || now.getTime() - stat.mtime.getTime() < FOREIGN_TEMP_AGE_MS) continue
    }
    await fs.rm(path, { recursive: true, force: true }).catch(() => undefined)
  }
}

/**
 * Removes the oldest good packages beyond `keep`, counting the one just
 * written (verified before its rename) as the newest whatever the clock
 * says. Unreadable packages are neither counted nor removed: they are not a
 * good generation, and deleting them is a person's decision.
 */
export async function pruneGenerations(
  fs: FsPort,
  folder: string,
  keep: number,
  justWritten: string,
): Promise<void> {
  const good = (await listPackages(fs, folder)).filter((p) => p.readable && p.name !== justWritten)
  for (const old of good.slice(Math.max(0, keep - 1))) {
    await fs.rm(join(folder, old.name), { recursive: true, force: true })
  }
}
