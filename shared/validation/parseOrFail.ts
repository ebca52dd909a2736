/**
 * Validates at the domain boundary too, not only in forms: the first problem
 * becomes an AppFailure naming its field and the message key of our schemas.
 */
import type { z } from 'zod'
import { AppFailure } from '../errors/appFailure'

export function parseOrFail<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const key = issue.message.startsWith('validation.') ? issue.message : 'validation.required'
  throw new AppFailure('validation', key, { field: issue.path.map(String).join('.') })
}
