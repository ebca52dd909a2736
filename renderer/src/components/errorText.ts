/** Turns any failure into the sentence a clerk reads, and the field it belongs to. */
import type { TFunction } from 'i18next'
import { AppFailure } from '@shared/errors/appFailure'

export function errorText(t: TFunction, err: unknown): string {
  if (err instanceof AppFailure) return t(err.messageKey, err.params)
  return t('errors.internal')
}

export function errorField(err: unknown): string | undefined {
  if (err instanceof AppFailure && typeof err.params.field === 'string') return err.params.field
  return undefined
}
