/** How disk failures of an archive job reach the clerk: a full share named as such, anything else with its code. */
import { AppFailure } from '../../../../shared/errors/appFailure'

export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'unknown'
}

/** ENOSPC/EDQUOT: the share (or the user's quota on it) is full. */
export function isFull(err: unknown): boolean {
  const code = errorCode(err)
  return code === 'ENOSPC' || code === 'EDQUOT'
}

export function asArchiveFailure(err: unknown, folder: string): AppFailure {
  if (err instanceof AppFailure) return err
  if (isFull(err)) return new AppFailure('archive.full', 'errors.archive.full', { folder })
  return new AppFailure('archive.writeFailed', 'errors.archive.writeFailed', { reason: errorCode(err) })
}

export function notFound(name: string): AppFailure {
  return new AppFailure('archive.notFound', 'errors.archive.notFound', { name })
}
