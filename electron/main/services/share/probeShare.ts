/**
 * Tries a folder before the user joins or creates a share in it, doing what
 * sync will do: create, write, fsync and read back a file, rename it, and
 * compare the server's mtime with this PC's clock (SYNC.md "Publish guard",
 * Joplin's estimate: the file's mtime against the local midpoint of the
 * write). Everything it writes is removed again, whatever happens.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { ShareFormat, ShareProbe } from '../../../../shared/ipc/shareContract'
import { type WriteContext, readIfThere, sha256Of, writeTemp } from './atomicShareWrite'
import { readFormat } from './shareFormatFile'
import { renameWithRetry } from './renameWithRetry'
import { assertRootThere } from './shareRoot'
import { errnoOf } from './shareFailures'

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS'])
const FULL = new Set(['ENOSPC', 'EDQUOT'])

/** Problem keys: sentences without parameters, shown beside the folder the user picked. */
export const PROBE_PROBLEMS = {
  offline: 'errors.share.probe.offline',
  notWritable: 'errors.share.probe.notWritable',
  full: 'errors.share.probe.full',
  readBack: 'errors.share.probe.readBack',
  renameFails: 'errors.share.probe.renameFails',
} as const

/** The problem key of a failed write. */
function writeProblem(err: unknown): string {
  const code = errnoOf(err)
  if (code === undefined) throw err
  if (NOT_WRITABLE.has(code)) return PROBE_PROBLEMS.notWritable
  if (FULL.has(code)) return PROBE_PROBLEMS.full
  return PROBE_PROBLEMS.offline
}

async function formatIfAny(ctx: WriteContext, root: string): Promise<ShareFormat | null> {
  try {
    return await readFormat(ctx, root)
  } catch {
    return null
  }
}

export async function probeShare(ctx: WriteContext, root: string, now: () => Date): Promise<ShareProbe> {
  const result: ShareProbe = {
    root,
    writable: false,
    renameWorks: false,
    clockOffsetMs: null,
    format: null,
    problem: null,
  }
  try {
    await assertRootThere(ctx.fs, root)
  } catch {
    return { ...result, problem: PROBE_PROBLEMS.offline }
  }
  result.format = await formatIfAny(ctx, root)

  // Both names contain ".tmp-": should a crash leave one behind, every reader skips it.
  const finalPath = join(root, `AppSync-probe-${randomBytes(6).toString('hex')}.tmp-probe`)
  const data = Buffer.from(`AppSync probe ${now().toISOString()}\n`, 'utf8')
  let temp: string | undefined
  try {
    try {
      const before = now().getTime()
      temp = await writeTemp(ctx, finalPath, 'probe', data)
      const after = now().getTime()
      const written = await ctx.fs.stat(temp)
      const back = await readIfThere(ctx.fs, temp)
      if (!back || sha256Of(back) !== sha256Of(data)) return { ...result, problem: PROBE_PROBLEMS.readBack }
      result.writable = true
      result.clockOffsetMs = Math.round(written.mtimeMs - (before + after) / 2)
    } catch (err) {
      return { ...result, problem: writeProblem(err) }
    }
    try {
      await renameWithRetry(ctx.fs, temp, finalPath, ctx.retry, finalPath)
      result.renameWorks = true
    } catch {
      result.problem = PROBE_PROBLEMS.renameFails
    }
    return result
  } finally {
    if (temp) {
      ctx.inFlight.delete(temp)
      await ctx.fs.rm(temp, { force: true }).catch(() => undefined)
    }
    await ctx.fs.rm(finalPath, { force: true }).catch(() => undefined)
  }
}
