/**
 * Problems shown at the field they belong to, keyed by field path
 * ('lines.0.qty', 'milestones', 'signedOn'). They come from the same checks
 * the repositories run (zod input schemas, the procedure's machines), so the form
 * shows every problem at once and the repository refuses the same ones.
 */
import type { z } from 'zod'
import { AppFailure } from '@shared/errors/appFailure'
import type { FieldProblem } from '@shared/procedures/kit/problems'

export interface FieldError {
  key: string
  params?: Record<string, string | number>
}

export type FieldErrors = Record<string, FieldError>

export function fromProblems(problems: readonly FieldProblem[]): FieldErrors {
  const out: FieldErrors = {}
  for (const p of problems) out[p.field] ??= { key: p.messageKey, params: p.params }
  return out
}

/** Every issue of a schema, not only the first one the repository would report. */
export function fromSchema(schema: z.ZodType, value: unknown): FieldErrors {
  const parsed = schema.safeParse(value)
  if (parsed.success) return {}
  const out: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const key = issue.message.startsWith('validation.') ? issue.message : 'validation.required'
    out[issue.path.map(String).join('.')] ??= { key }
  }
  return out
}

/** A refusal from a repository, at its field; null when it names none. */
export function fromFailure(err: unknown): FieldErrors | null {
  if (!(err instanceof AppFailure) || typeof err.params.field !== 'string') return null
  return { [err.params.field]: { key: err.messageKey, params: err.params } }
}
