/**
 * Writes a file under a name only if nothing has that name yet, in one step
 * no other writer can come between: the bytes go to a temp file in the same
 * folder (fsync), then a hard link gives them the final name — link fails
 * with EEXIST instead of replacing what is there, and a reader never sees a
 * half-written file under the final name. Where the volume has no hard links
 * (FAT, exFAT), the name is taken with an exclusive create instead.
 */
import type { FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { FsPort } from '../mainPorts'
import { syncFolder, tempPathFor } from './writeFileAtomic'

/** link's refusals that mean "no hard links here", not "the name is taken". */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

const codeOf = (err: unknown) => (err as NodeJS.ErrnoException | undefined)?.code

/** True when written; false when the name was taken (nothing is written then). */
export async function writeFileExclusive(fs: FsPort, path: string, data: Uint8Array): Promise<boolean> {
  const temp = tempPathFor(path)
  try {
    await writeSynced(fs, temp, data)
    try {
      await fs.link(temp, path)
    } catch (err) {
      if (codeOf(err) === 'EEXIST') return false
      if (!NO_HARD_LINKS.has(codeOf(err) ?? '')) throw err
      return await createExclusive(fs, path, data)
    }
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined)
  }
  await syncFolder(fs, dirname(path))
  return true
}

async function writeSynced(fs: FsPort, path: string, data: Uint8Array): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await fs.open(path, 'wx')
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle?.close()
  }
}

/** O_EXCL: the name is claimed first, so it never replaces a file; a failed write removes what it began. */
async function createExclusive(fs: FsPort, path: string, data: Uint8Array): Promise<boolean> {
  let handle: FileHandle
  try {
    handle = await fs.open(path, 'wx')
  } catch (err) {
    if (codeOf(err) === 'EEXIST') return false
    throw err
  }
  try {
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
  } catch (err) {
    await handle.close().catch(() => undefined)
    await fs.rm(path, { force: true }).catch(() => undefined)
    throw err
  }
  await syncFolder(fs, dirname(path))
  return true
}
