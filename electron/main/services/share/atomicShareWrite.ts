/**
 * Writing files on the share so that no reader ever sees a partial file under
 * a final name (SYNC.md "Publish" step 3): temp in the same folder, write,
 * fsync, close; look at the final name; rename (retried while AV holds the
 * file); read back and compare SHA-256. Only the caller's own temp is ever
 * removed.
 *
 * Node has no rename that refuses an existing target (libuv renames with
 * MoveFileEx(REPLACE_EXISTING) on Windows), so "the final name is free" is
 * checked just before the rename. Every file but a blob has one writer, so
 * nobody else can take the name in between; two PCs writing the same blob
 * write the same bytes; two PCs creating a share at once are caught by the
 * read-back.
 */
import { createHash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import type { WriteOutcome } from '../../../../shared/ipc/shareContract'
import type { FsPort } from '../mainPorts'
import { type RenameRetry, renameWithRetry } from './renameWithRetry'
import { errnoOf, shareFailure } from './shareFailures'
import { type TempsInFlight, shareTempPath } from './shareTemps'

export interface WriteContext {
  fs: FsPort
  retry: RenameRetry
  inFlight: TempsInFlight
}

export interface ImmutableTarget {
  finalPath: string
  /** The path as the caller named it (relative to AppSync), for messages. */
  shownPath: string
  /** Device id, or another tag, in the temp's name. */
  owner: string
  data: Buffer
  /** Whether bytes already under the final name are this content (a gzip compares its text). */
  sameContent(existing: Buffer): boolean
  /** replaceTorn only: whether bytes already there may be replaced. */
  mayReplace?(existing: Buffer): boolean
}

export interface ImmutableResult {
  outcome: WriteOutcome | 'replaced'
  /** The bytes under the final name afterwards. */
  stored: Buffer
}

export function sha256Of(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

export async function readIfThere(fs: FsPort, path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path)
  } catch (err) {
    const code = errnoOf(err)
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw err
  }
}

async function removeQuietly(fs: FsPort, path: string): Promise<void> {
  await fs.rm(path, { force: true }).catch(() => undefined)
}

/**
 * Writes `data` to a new temp beside `finalPath` and makes it durable. On any
 * failure (a full share halfway through included) the temp is removed and the
 * error rethrown. The temp is in `inFlight` until the caller deletes it.
 */
export async function writeTemp(ctx: WriteContext, finalPath: string, owner: string, data: Buffer) {
  const temp = shareTempPath(finalPath, owner)
  ctx.inFlight.add(temp)
  let handle: FileHandle | undefined
  try {
    handle = await ctx.fs.open(temp, 'wx')
    await handle.writeFile(data)
    await handle.sync()
    const closing = handle
    handle = undefined
    await closing.close()
    return temp
  } catch (err) {
    await handle?.close().catch(() => undefined)
    await removeQuietly(ctx.fs, temp)
    ctx.inFlight.delete(temp)
    throw err
  }
}

/** Reads the final file back; share.verifyFailed unless it is exactly `data`. */
async function verify(fs: FsPort, finalPath: string, data: Buffer, shownPath: string): Promise<void> {
  const back = await readIfThere(fs, finalPath)
  if (!back || sha256Of(back) !== sha256Of(data)) throw shareFailure('verifyFailed', { path: shownPath })
}

/**
 * Publishes a file that never changes again. The same content already there
 * is alreadyThere; other bytes are share.fork (unless mayReplace allows them).
 */
export async function writeImmutableFile(
  ctx: WriteContext,
  target: ImmutableTarget,
): Promise<ImmutableResult> {
  const { fs } = ctx
  const temp = await writeTemp(ctx, target.finalPath, target.owner, target.data)
  let renamed = false
  let outcome: ImmutableResult['outcome'] = 'written'
  try {
    const existing = await readIfThere(fs, target.finalPath)
    if (existing) {
      if (target.sameContent(existing)) return { outcome: 'alreadyThere', stored: existing }
      if (!target.mayReplace?.(existing)) throw shareFailure('fork', { path: target.shownPath })
      outcome = 'replaced'
    }
    await renameWithRetry(fs, temp, target.finalPath, ctx.retry, target.shownPath)
    renamed = true
  } finally {
    ctx.inFlight.delete(temp)
    if (!renamed) await removeQuietly(fs, temp)
  }
  await verify(fs, target.finalPath, target.data, target.shownPath)
  return { outcome, stored: target.data }
}

/** The one mutable file (status.json): temp, fsync, then replace whatever is there. */
export async function replaceFile(
  ctx: WriteContext,
  finalPath: string,
  owner: string,
  data: Buffer,
  shownPath: string,
): Promise<void> {
  const temp = await writeTemp(ctx, finalPath, owner, data)
  let renamed = false
  try {
    await renameWithRetry(ctx.fs, temp, finalPath, ctx.retry, shownPath)
    renamed = true
  } finally {
    ctx.inFlight.delete(temp)
    if (!renamed) await removeQuietly(ctx.fs, temp)
  }
}
