/**
 * Zod messages in our schemas are i18n keys; Mantine's resolver puts them on
 * the fields. `translatedInput` shows them as sentences at the field.
 */
import type { UseFormReturnType } from '@mantine/form'
import type { TFunction } from 'i18next'

export function translatedInput<V>(form: UseFormReturnType<V>, t: TFunction, path: string) {
  const props = form.getInputProps(path)
  const error = props.error
  return { ...props, error: typeof error === 'string' ? t(error) : error }
}
