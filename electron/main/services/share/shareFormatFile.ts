/**
 * FORMAT.json: names the share (shareId) and its format. Written once by the
 * PC that creates the share and never changed; every sync reads it first and
 * stops when the id is not the one this PC joined (SYNC.md "Pull/apply" 1).
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { ShareFormat } from '../../../../shared/ipc/shareContract'
import { SHARE_FORMAT_VERSION } from '../../../../shared/sync/syncOp'
import { type WriteContext, readIfThere, writeImmutableFile } from './atomicShareWrite'
import { assertRootThere, shareDir } from './shareRoot'
import { errnoOf, shareFailure } from './shareFailures'

export const FORMAT_FILE = 'FORMAT.json'
/** The first app version that reads format 1; an app older than a share's minAppVersion must not join it. */
export const FORMAT_MIN_APP_VERSION = '0.1.0'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** FORMAT.json's content, or undefined when it is not a share's format file. */
export function parseFormat(text: string): ShareFormat | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { shareId, formatVersion, minAppVersion, createdAt } = value as Record<string, unknown>
  if (typeof shareId !== 'string' || !UUID.test(shareId)) return undefined
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    return undefined
  if (typeof minAppVersion !== 'string' || typeof createdAt !== 'string') return undefined
  return { shareId, formatVersion, minAppVersion, createdAt }
}

/** The share's format; share.notAShare when FORMAT.json is missing or not one, share.offline when the root is gone. */
export async function readFormat(ctx: WriteContext, root: string): Promise<ShareFormat> {
  const data = await readIfThere(ctx.fs, join(shareDir(root), FORMAT_FILE))
  if (!data) {
    await assertRootThere(ctx.fs, root)
    throw shareFailure('notAShare', { root })
  }
  const format = parseFormat(data.toString('utf8'))
  if (!format) throw shareFailure('notAShare', { root })
  return format
}

/** Makes <root>/AppSync a new share. The root itself must exist; AppSync is made here and only here. */
export async function createFormat(ctx: WriteContext, root: string, now: Date): Promise<ShareFormat> {
  await assertRootThere(ctx.fs, root)
  const dir = shareDir(root)
  try {
    await ctx.fs.mkdir(dir)
  } catch (err) {
    if (errnoOf(err) !== 'EEXIST') throw err
  }
  const finalPath = join(dir, FORMAT_FILE)
  if (await readIfThere(ctx.fs, finalPath)) throw shareFailure('exists', { root })
  const format: ShareFormat = {
    shareId: randomUUID(),
    formatVersion: SHARE_FORMAT_VERSION,
    minAppVersion: FORMAT_MIN_APP_VERSION,
    createdAt: now.toISOString(),
  }
  const data = Buffer.from(`${JSON.stringify(format, null, 2)}\n`, 'utf8')
  try {
    await writeImmutableFile(ctx, {
      finalPath,
      shownPath: FORMAT_FILE,
      owner: 'new',
      data,
      sameContent: (existing) => existing.equals(data),
    })
  } catch (err) {
    // Another PC creating a share here at the same moment: its FORMAT.json
    // appeared after our check (fork), or its rename replaced ours after our
    // rename (our read-back shows its share). Either way the folder holds a
    // share that is not the one we made.
    const code = (err as { code?: unknown }).code
    if (code === 'share.fork') throw shareFailure('exists', { root })
    if (code === 'share.verifyFailed') {
      const there = await readIfThere(ctx.fs, finalPath)
      const other = there && parseFormat(there.toString('utf8'))
      if (other && other.shareId !== format.shareId) throw shareFailure('exists', { root })
    }
    throw err
  }
  return format
}
