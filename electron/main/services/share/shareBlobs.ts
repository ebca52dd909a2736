/**
 * Attachments on the share (SYNC.md "Attachments"): blobs/ab/cd/<sha256>,
 * named by content, so any PC may write one and concurrent identical writes
 * are harmless. Every byte is hash-checked on the way out and on the way in;
 * a corrupt blob on the share is reported and never overwritten, a corrupt or
 * missing one never reaches the local attachment store, and local bytes are
 * never deleted.
 */
import { dirname, join } from 'node:path'
import { AppFailure } from '../../../../shared/errors/appFailure'
import type { WriteOutcome } from '../../../../shared/ipc/shareContract'
import { attachmentPath } from '../attachments/createAttachmentsService'
import { writeFileAtomic } from '../fsUtil/writeFileAtomic'
import { type WriteContext, readIfThere, sha256Of, writeImmutableFile } from './atomicShareWrite'
import { assertRootThere, assertShareThere, shareDir } from './shareRoot'
import { errnoOf, shareFailure } from './shareFailures'

export const BLOBS_FOLDER = 'blobs'

/** blobs/ab/cd/<sha256>: two levels of shards keep each folder small on a share that lists slowly. */
export function blobRelPath(sha256: string): string {
  return `${BLOBS_FOLDER}/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`
}

function localPath(dataDir: string, sha256: string): string {
  const path = attachmentPath(dataDir, sha256)
  if (!path) throw new AppFailure('attachments.badHash', 'errors.attachments.badHash', { field: 'sha256' })
  return path
}

/** Local attachment store → share. */
export async function publishBlob(
  ctx: WriteContext,
  req: { root: string; dataDir: string; sha256: string; deviceId: string },
): Promise<{ outcome: WriteOutcome }> {
  const { sha256 } = req
  const data = await readIfThere(ctx.fs, localPath(req.dataDir, sha256))
  if (!data) throw new AppFailure('attachments.notFound', 'errors.attachments.notFound', { sha256 })
  // A damaged local copy must not spread to every PC under the good hash's name.
  if (sha256Of(data) !== sha256)
    throw new AppFailure('attachments.corrupt', 'errors.attachments.corrupt', { sha256 })

  await assertShareThere(ctx.fs, req.root)
  const rel = blobRelPath(sha256)
  const finalPath = join(shareDir(req.root), rel)
  // Looked at before writing a temp: a blob can be 50 MB, and most are already there.
  const there = await readIfThere(ctx.fs, finalPath)
  if (there) {
    if (sha256Of(there) === sha256) return { outcome: 'alreadyThere' }
    throw shareFailure('blobCorrupt', { sha256 })
  }
  await ctx.fs.mkdir(dirname(finalPath), { recursive: true })
  try {
    const { outcome } = await writeImmutableFile(ctx, {
      finalPath,
      shownPath: rel,
      owner: req.deviceId,
      data,
      sameContent: (existing) => sha256Of(existing) === sha256,
    })
    return { outcome: outcome === 'written' ? 'written' : 'alreadyThere' }
  } catch (err) {
    // Another PC's write of this name landed meanwhile, with other bytes.
    if (err instanceof AppFailure && err.code === 'share.fork') throw shareFailure('blobCorrupt', { sha256 })
    throw err
  }
}

/** Share → local attachment store. */
export async function fetchBlob(
  ctx: WriteContext,
  req: { root: string; dataDir: string; sha256: string },
): Promise<{ outcome: 'fetched' | 'alreadyLocal' | 'missing' | 'corrupt' }> {
  const { sha256 } = req
  const local = localPath(req.dataDir, sha256)
  const have = await readIfThere(ctx.fs, local)
  if (have && sha256Of(have) === sha256) return { outcome: 'alreadyLocal' }

  const data = await readIfThere(ctx.fs, join(shareDir(req.root), blobRelPath(sha256)))
  if (!data) {
    await assertRootThere(ctx.fs, req.root)
    return { outcome: 'missing' }
  }
  if (sha256Of(data) !== sha256) return { outcome: 'corrupt' }

  try {
    await ctx.fs.mkdir(dirname(local), { recursive: true })
    await storeLocally(ctx, local, data)
    const back = await readIfThere(ctx.fs, local)
    if (!back || sha256Of(back) !== sha256)
      throw Object.assign(new Error('read back differs'), { code: 'EVERIFY' })
  } catch (err) {
    // The local disk, not the share: the attachment store's own error.
    throw new AppFailure('attachments.writeFailed', 'errors.attachments.writeFailed', {
      reason: errnoOf(err) ?? (err as { code?: string }).code ?? 'unknown',
    })
  }
  return { outcome: 'fetched' }
}

/**
 * The attachment service in main clears stale temps of a shard folder before
 * it writes there, and cannot see that this process is writing one: if ours
 * vanishes before its rename (ENOENT), it is written once more.
 */
async function storeLocally(ctx: WriteContext, path: string, data: Buffer): Promise<void> {
  try {
    await writeFileAtomic(ctx.fs, path, data)
  } catch (err) {
    if (errnoOf(err) !== 'ENOENT') throw err
    await writeFileAtomic(ctx.fs, path, data)
  }
}
