/**
 * Typed accessor of `window.api` (built by the preload, or by the test
 * host's bridge). `unwrap` turns an error Result back into an AppFailure so
 * callers can show it at the field that caused it.
 */
import type { Api } from '@shared/ipc/contract'
import { AppFailure, type Result } from '@shared/errors/appFailure'

declare global {
  interface Window {
    api?: Api
  }
}

export function api(): Api {
  if (!window.api) throw new AppFailure('ipc.unavailable', 'errors.ipc.unavailable')
  return window.api
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new AppFailure(result.error.code, result.error.messageKey, result.error.params)
  return result.value
}
