/**
 * How a repository takes a step of a procedure's machine
 * (shared/procedures/kit/machine.ts): the machine decides, and its refusal
 * becomes the app's error — at the field for a data problem, `auth.forbidden`
 * for a role the step does not name, the machine's own words for a closed
 * step. Repositories stay thin: load the facts, take the transition, write.
 */
import type { Actor } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import type { MachineContext, Refusal, Transition } from '@shared/procedures/kit/machine'
import type { FieldProblem } from '@shared/procedures/kit/problems'
import type { DeskDb } from '../db'
import { readSettings } from './settingsRepo'

/** The machine's context for a write: who and when, and the department's settings. */
export async function machineContext(db: DeskDb, ctx: { actor: Actor; now: Date }): Promise<MachineContext> {
  return { actor: ctx.actor, now: ctx.now, settings: await readSettings(db) }
}

/** Refuses with the first problem, at its field (the screen shows them all beforehand). */
export function refuseProblems(problems: readonly FieldProblem[]): void {
  const first = problems[0]
  if (first) throw new AppFailure('validation', first.messageKey, { field: first.field, ...first.params })
}

function refusalFailure(refusal: Refusal, kind: string, action: string): AppFailure {
  switch (refusal.kind) {
    case 'forbidden':
      return new AppFailure('auth.forbidden', 'errors.auth.forbidden', { permission: `${kind}.${action}` })
    case 'closed':
      return new AppFailure(refusal.message.code, refusal.message.messageKey, { action })
    case 'problems': {
      const first = refusal.problems[0]
      return new AppFailure('validation', first.messageKey, { field: first.field, ...first.params })
    }
  }
}

/** The fields to write for a transition the machine allowed; throws its refusal otherwise. */
export function allowed<S extends string, R>(
  result: Transition<S, R>,
  kind: string,
  action: string,
): Partial<R> {
  if (!result.ok) throw refusalFailure(result.refusal, kind, action)
  return result.patch
}
