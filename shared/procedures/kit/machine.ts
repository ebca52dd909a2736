/**
 * A record kind's steps as a pure state machine (ARCHITECTURE.md
 * "Procedures"; CONVENTIONS.md §5): which actions each step allows, who may
 * take them, what the record's data must satisfy, and what the action writes.
 * `transition` is the one place that decides; repositories load the facts,
 * call it and write its result in one transaction, and pages ask the same
 * machine which buttons to show — so nothing a rule refuses is ever written.
 */
import type { Actor } from '../../auth/permissions'
import type { Role } from '../../auth/roles'
import type { SettingValues } from '../../settings/settingKeys'
import { todayIso } from '../../kernel/workdays'
import type { FieldProblem } from './problems'

/** Who acts and when: time and actor come in, the machine reads no clock. */
export interface MachineContext {
  actor: Pick<Actor, 'userId' | 'name' | 'roles'>
  now: Date
  settings: SettingValues
}

/** What an action is told: the facts, its payload, the context and the day (YYYY-MM-DD, todayIso). */
export interface ActionInput<F, P> {
  facts: F
  payload: P
  ctx: MachineContext
  today: string
}

/**
 * One action of a machine. `who`: the roles that may take it in the app, or
 * 'engine' for an action only the approvals engine takes (never a button).
 */
export interface ActionSpec<S extends string, F, P, R> {
  from: readonly S[]
  to: S | ((input: ActionInput<F, P> & { patch: Partial<R> }) => S)
  who: readonly Role[] | 'engine'
  /** What the data must satisfy, problems by field; none means the action may be taken. */
  check?: (input: ActionInput<F, P>) => FieldProblem[]
  /** The fields the action writes besides the step. */
  patch?: (input: ActionInput<F, P>) => Partial<R>
  /** What a refusal at a step that does not allow the action says, when the machine's own words say it better. */
  whenClosed?: AppMessage
}

/** A refusal as the app reports it (AppFailure's code and message key). */
export interface AppMessage {
  code: string
  messageKey: string
}

/** The words of a refusal at a closed step, when an action names none of its own. */
export const stepClosed: AppMessage = {
  code: 'procedure.stepClosed',
  messageKey: 'errors.procedure.stepClosed',
}

/** Why an action is refused as a whole, not at a field. */
export type Refusal =
  | { kind: 'forbidden'; roles: readonly Role[] }
  | { kind: 'closed'; message: AppMessage }
  | { kind: 'problems'; problems: FieldProblem[] }

export type Transition<S extends string, R> =
  { ok: true; to: S; patch: Partial<R> } | { ok: false; refusal: Refusal }

/** A button's state on a page: shown at all, and if so whether this user may press it. */
export interface Availability {
  /** The step allows the action. */
  open: boolean
  /** The user holds one of the roles; when not, `roles` says who may (需商务部经理审批). */
  allowed: boolean
  roles: readonly Role[]
}

type Payloads<A extends string> = { [K in A]: object }

export interface MachineDef<S extends string, A extends string, F, P extends Payloads<A>, R> {
  /** Names the machine in messages and audit (`contract`, `quotation`, …). */
  kind: string
  /** The record field holding the step (`step`, or `status` for quotations). */
  stateField: keyof R & string
  states: readonly S[]
  initial: S
  /** Steps where the record is over (作废, 已结算, …): nothing more happens to it. */
  ended: readonly S[]
  /** Steps in which the record's own fields may still be edited, and what a refused edit says. */
  editableIn: readonly S[]
  notEditable: AppMessage
  actions: { [K in A]: ActionSpec<S, F, P[K], R> }
  /** Reads the step from the facts. */
  stateOf: (facts: F) => S
}

export interface Machine<S extends string, A extends string, F, P extends Payloads<A>, R> extends MachineDef<
  S,
  A,
  F,
  P,
  R
> {
  /**
   * Takes `action` on a record in the state the facts describe. The approvals
   * engine passes `engine: true` for its own actions; no user can.
   */
  transition<K extends A>(
    facts: F,
    action: K,
    payload: P[K],
    ctx: MachineContext,
    opts?: { engine?: boolean },
  ): Transition<S, R>
  /** What the data must still satisfy for the action (the form shows these at their fields). */
  problems<K extends A>(facts: F, action: K, payload: P[K], ctx: MachineContext): FieldProblem[]
  /** The state of the action's button for a user with these roles. */
  availability(state: S, action: A, roles: readonly Role[]): Availability
  /** User actions open at a step that these roles may take. */
  actionsAt(state: S, roles: readonly Role[]): A[]
  isEnded(state: S): boolean
  isEditable(state: S): boolean
}

function rolesOf(spec: { who: readonly Role[] | 'engine' }): readonly Role[] {
  return spec.who === 'engine' ? [] : spec.who
}

/** Builds a machine from its declaration; the declaration is the whole rule. */
export function defineMachine<S extends string, A extends string, F, P extends Payloads<A>, R>(
  def: MachineDef<S, A, F, P, R>,
): Machine<S, A, F, P, R> {
  const actionNames = Object.keys(def.actions) as A[]
  return {
    ...def,
    transition(facts, action, payload, ctx, opts = {}) {
      const spec = def.actions[action]
      if (!spec) return { ok: false, refusal: { kind: 'closed', message: stepClosed } }
      if (spec.who === 'engine' ? !opts.engine : !ctx.actor.roles.some((r) => rolesOf(spec).includes(r)))
        return { ok: false, refusal: { kind: 'forbidden', roles: rolesOf(spec) } }
      const state = def.stateOf(facts)
      if (!spec.from.includes(state))
        return { ok: false, refusal: { kind: 'closed', message: spec.whenClosed ?? stepClosed } }
      const input = { facts, payload, ctx, today: todayIso(ctx.now) }
      const problems = spec.check?.(input) ?? []
      if (problems.length > 0) return { ok: false, refusal: { kind: 'problems', problems } }
      const patch = spec.patch?.(input) ?? {}
      const to = typeof spec.to === 'function' ? spec.to({ ...input, patch }) : spec.to
      return { ok: true, to, patch: { ...patch, [def.stateField]: to } as Partial<R> }
    },
    problems(facts, action, payload, ctx) {
      return def.actions[action].check?.({ facts, payload, ctx, today: todayIso(ctx.now) }) ?? []
    },
    availability(state, action, roles) {
      const spec = def.actions[action]
      const who = rolesOf(spec)
      return {
        open: spec.who !== 'engine' && spec.from.includes(state),
        allowed: who.some((r) => roles.includes(r)),
        roles: who,
      }
    },
    actionsAt(state, roles) {
      return actionNames.filter((a) => {
        const { open, allowed } = this.availability(state, a, roles)
        return open && allowed
      })
    },
    isEnded: (state) => def.ended.includes(state),
    isEditable: (state) => def.editableIn.includes(state),
  }
}

/** What registries read of any machine: its steps and who may take which action. */
export interface MachineShape {
  kind: string
  stateField: string
  states: readonly string[]
  ended: readonly string[]
  editableIn: readonly string[]
  notEditable: AppMessage
  actions: Readonly<Record<string, { from: readonly string[]; who: readonly Role[] | 'engine' }>>
}
