/**
 * The share's failures as AppFailure (SYNC.md principle 4: a missing or
 * unreachable folder is a share problem, never "data deleted"). A file-system
 * error with an errno code becomes one of these; anything else is a bug and
 * stays an internal error.
 */
import { AppFailure, type ErrorParams } from '../../../../shared/errors/appFailure'

export type ShareFailureCode =
  | 'notConfigured'
  | 'offline'
  | 'notAShare'
  | 'exists'
  | 'tooNew'
  | 'fork'
  | 'full'
  | 'renameBlocked'
  | 'verifyFailed'
  | 'blobCorrupt'
  | 'badRoot'
  | 'unreadable'

export function shareFailure(code: ShareFailureCode, params: ErrorParams = {}): AppFailure {
  return new AppFailure(`share.${code}`, `errors.share.${code}`, params)
}

/** The errno code of a file-system error, or undefined for anything else. */
export function errnoOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^E[A-Z0-9]+$|^UNKNOWN$/.test(code) ? code : undefined
}

/** A disk or quota full: nothing more fits on the share. */
const FULL = new Set(['ENOSPC', 'EDQUOT'])

/**
 * Any file-system error as a share failure. A full share is share.full; every
 * other errno (EIO, ENOTCONN, ETIMEDOUT, ENOENT of the root, a permission
 * the share refuses, UNKNOWN from a Windows network redirector…) means the
 * folder cannot be used right now: share.offline with the code as the reason,
 * which the message shows. AppFailures pass through; bugs are rethrown.
 */
export function toShareFailure(err: unknown): AppFailure {
  if (err instanceof AppFailure) return err
  const code = errnoOf(err)
  if (code === undefined) throw err
  if (FULL.has(code)) return shareFailure('full', { reason: code })
  return shareFailure('offline', { reason: code })
}

/** Runs `job` and converts whatever it throws with toShareFailure. */
export async function asShareFailure<T>(job: () => Promise<T>): Promise<T> {
  try {
    return await job()
  } catch (err) {
    throw toShareFailure(err)
  }
}
