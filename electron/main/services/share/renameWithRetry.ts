/**
 * rename, retried while Windows refuses it for a moment. On a share an
 * antivirus scanner or the search indexer holds a fresh file open for
 * seconds, and rename then fails with EPERM/EACCES/EBUSY (SYNC.md case 15;
 * graceful-fs retries the same codes for the same reason). Past the window the
 * publish cycle gives up cleanly and the next one tries again.
 */
import type { FsPort } from '../mainPorts'
import { errnoOf, shareFailure } from './shareFailures'

export interface RenameRetry {
  /** How long to keep trying in all (about 60 s in the app; short in tests). */
  windowMs: number
  /** First pause; each later one doubles up to maxDelayMs. */
  firstDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RENAME_RETRY: RenameRetry = { windowMs: 60_000, firstDelayMs: 50, maxDelayMs: 2_000 }

const BLOCKED = new Set(['EPERM', 'EACCES', 'EBUSY'])

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/** Renames `from` onto `to`; share.renameBlocked (params {path}) once the window is spent. */
export async function renameWithRetry(
  fs: FsPort,
  from: string,
  to: string,
  retry: RenameRetry,
  shownPath: string,
): Promise<void> {
  const started = performance.now()
  let delay = retry.firstDelayMs
  for (;;) {
    try {
      await fs.rename(from, to)
      return
    } catch (err) {
      const code = errnoOf(err)
      if (code === undefined || !BLOCKED.has(code)) throw err
      if (performance.now() - started + delay > retry.windowMs) {
        throw shareFailure('renameBlocked', { path: shownPath, reason: code })
      }
    }
    await sleep(delay)
    delay = Math.min(delay * 2, retry.maxDelayMs)
  }
}
