/**
 * Writes a file so that a crash, a full disk or a vanished folder never leaves
 * a half-written file under the final name: temp file in the same folder (so
 * the rename stays on one volume), fsync, rename, then fsync the folder.
 */
import { randomBytes } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { FsPort } from '../mainPorts'

/** Temp files start with a dot and end in `.tmp`, so listings can recognise and skip them. */
export const TEMP_SUFFIX = '.tmp'

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
}

export async function writeFileAtomic(fs: FsPort, path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path)
  let handle: FileHandle | undefined
  try {
    handle = await fs.open(temp, 'wx')
    await handle.writeFile(data)
    await handle.sync()
    const closing = handle
    handle = undefined
    await closing.close()
    await fs.rename(temp, path)
  } catch (err) {
    await handle?.close().catch(() => undefined)
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw err
  }
  await syncFolder(fs, dirname(path))
}

/**
 * Makes the rename itself durable on Linux. Windows cannot open a folder for
 * fsync (EISDIR/EPERM) and NTFS journals the rename anyway, so failure here is
 * not an error.
 */
export async function syncFolder(fs: FsPort, dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch {
    // best effort, see above
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
