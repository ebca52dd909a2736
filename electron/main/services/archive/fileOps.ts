/**
 * Streaming file work for archives: one fixed buffer per file, so a package
 * of ten thousand PDFs never holds more than one piece of one file in memory.
 * Everything goes through the FsPort, so tests can make the disk fail.
 */
import { createHash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { FsPort } from '../mainPorts'
import { errorCode } from './archiveErrors'

const PIECE = 1024 * 1024

export interface FileSum {
  bytes: number
  sha256: string
}

/** Writes every byte (a file write may take fewer than asked). */
export async function writeAll(handle: FileHandle, data: Uint8Array): Promise<void> {
  let at = 0
  while (at < data.length) {
    const { bytesWritten } = await handle.write(data, at, data.length - at)
    at += bytesWritten
  }
}

/** Copies `from` to a new file `to` (never over an existing one), fsyncs it, and sums what was read. */
export async function copyAndHash(fs: FsPort, from: string, to: string): Promise<FileSum> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(PIECE)
  let bytes = 0
  const source = await fs.open(from, 'r')
  let target: FileHandle | undefined
  try {
    target = await fs.open(to, 'wx')
    for (;;) {
      const { bytesRead } = await source.read(buffer, 0, PIECE, null)
      if (bytesRead === 0) break
      const piece = buffer.subarray(0, bytesRead)
      hash.update(piece)
      await writeAll(target, piece)
      bytes += bytesRead
    }
    await target.sync()
  } finally {
    await source.close().catch(() => undefined)
    await target?.close().catch(() => undefined)
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** Writes a new file in one go and fsyncs it. */
export async function writeNewFile(fs: FsPort, path: string, data: Uint8Array): Promise<FileSum> {
  const handle = await fs.open(path, 'wx')
  try {
    await writeAll(handle, data)
    await handle.sync()
  } finally {
    await handle.close().catch(() => undefined)
  }
  return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') }
}

/**
 * Writes a new file from pieces as they are produced (a workbook of 50,000
 * rows streamed by exceljs), summing as it goes: the file is never whole in
 * memory. `produce` gets a writer and resolves when it has written all.
 */
export async function writeNewFileFrom(
  fs: FsPort,
  path: string,
  produce: (write: (piece: Uint8Array) => Promise<void>) => Promise<void>,
): Promise<FileSum> {
  const handle = await fs.open(path, 'wx')
  const hash = createHash('sha256')
  let bytes = 0
  try {
    await produce(async (piece) => {
      await writeAll(handle, piece)
      hash.update(piece)
      bytes += piece.length
    })
    await handle.sync()
  } finally {
    await handle.close().catch(() => undefined)
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** Reads a file back piece by piece and sums it. */
export async function hashFile(fs: FsPort, path: string): Promise<FileSum> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(PIECE)
  let bytes = 0
  const handle = await fs.open(path, 'r')
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, PIECE, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      bytes += bytesRead
    }
  } finally {
    await handle.close().catch(() => undefined)
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** hashFile, or null when the file is not there. */
export async function hashIfPresent(fs: FsPort, path: string): Promise<FileSum | null> {
  try {
    return await hashFile(fs, path)
  } catch (err) {
    const code = errorCode(err)
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null
    throw err
  }
}

/**
 * Every file under `root`, as `/`-separated paths relative to it, sorted.
 * Names starting with a dot are another write's temp files and are skipped;
 * a missing root is empty.
 */
export async function listFiles(fs: FsPort, root: string, skipDotted = true): Promise<string[]> {
  const out: string[] = []
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries
    try {
      entries = await fs.readdir(dir, { withFileTypes: true })
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return
      throw err
    }
    for (const entry of entries) {
      if (skipDotted && entry.name.startsWith('.')) continue
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(join(dir, entry.name), rel)
      else if (entry.isFile()) out.push(rel)
    }
  }
  await walk(root, '')
  return out.sort()
}

export { syncFolder } from '../fsUtil/writeFileAtomic'

/** Runs `work` over `items` with at most `limit` at a time; the first failure stops the rest. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  let failed = false
  async function lane(): Promise<void> {
    while (!failed && next < items.length) {
      const i = next++
      try {
        await work(items[i], i)
      } catch (err) {
        failed = true
        throw err
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}
