/**
 * A repository's refusal of a form's save: at its field when it names one,
 * and always as a red notification, since the field may be out of sight.
 */
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import { errorText } from '../../../components/errorText'
import { type FieldErrors, fromFailure } from './fieldErrors'

export function showRefusal(t: TFunction, err: unknown, setErrors: (errors: FieldErrors) => void): void {
  const at = fromFailure(err)
  if (at) setErrors(at)
  notifications.show({ color: 'red', message: errorText(t, err) })
}
