/**
 * Errors cross process boundaries as data, never as stack traces
 * (CONVENTIONS.md §8). The UI translates `messageKey` with `params`.
 */
export type ErrorParams = Record<string, string | number>

export interface AppError {
  code: string
  messageKey: string
  params: ErrorParams
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Thrown inside services and domain code; converted to `AppError` at the boundary. */
export class AppFailure extends Error {
  readonly code: string
  readonly messageKey: string
  readonly params: ErrorParams
  constructor(code: string, messageKey: string, params: ErrorParams = {}) {
    super(code)
    this.name = 'AppFailure'
    this.code = code
    this.messageKey = messageKey
    this.params = params
  }
  toData(): AppError {
    return { code: this.code, messageKey: this.messageKey, params: this.params }
  }
}

/** Any thrown value as data: AppFailure keeps its code; anything else is an internal error. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppFailure) return err.toData()
  return { code: 'internal', messageKey: 'errors.internal', params: {} }
}
