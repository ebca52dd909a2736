/**
 * The dashboard is a registry: each procedure adds the checks its rules
 * impose (title, due date, who, link). A check is a pure read of the records.
 */
import type { TFunction } from 'i18next'
import type { Actor } from '@shared/auth/permissions'
import type { Role } from '@shared/auth/roles'
import { COUNT_CAP, type Place, SHOWN_ITEMS } from '@shared/procedures/kit/deadlines'
import type { DeskDb } from '../../data/db'

export interface DueItem {
  id: string
  title: string
  /** ISO date the item is due; past = overdue. */
  due: string
  /** Who should act, in words (a role or a person). */
  owner: string
  /** The roles whose 工作台 shows the item. */
  roles: readonly Role[]
  /** People whose 工作台 shows it whatever their roles (the contract's drafter), by user id. */
  users?: readonly string[]
  /** A path, or a procedure's place (a record or a list), which the page turns into its path. */
  link: string | Place
}

export interface DueCheckContext {
  db: DeskDb
  now: Date
  t: TFunction
  /** The signed-in user, for checks that depend on who is looking (approvals waiting for their role). */
  actor?: Pick<Actor, 'userId' | 'roles'>
}

export interface DueCheck {
  id: string
  collect(ctx: DueCheckContext): Promise<DueItem[]>
}

const registry: DueCheck[] = []

export function registerDueCheck(check: DueCheck): void {
  if (!registry.some((c) => c.id === check.id)) registry.push(check)
}

/** Whether an item waits for this user: one of its roles, or named as a person. */
export function waitsFor(item: DueItem, actor: Pick<Actor, 'userId' | 'roles'>): boolean {
  return item.roles.some((r) => actor.roles.includes(r)) || (item.users ?? []).includes(actor.userId)
}

/**
 * Every registered check's items that wait for the signed-in user (each
 * person's 工作台 lists what waits for them); without a user, all of them.
 * A check that fails does not hide the others.
 */
export async function collectDueItems(ctx: DueCheckContext): Promise<DueItem[]> {
  const results = await Promise.allSettled(registry.map((c) => c.collect(ctx)))
  const { actor } = ctx
  return results
    .flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
    .filter((item) => !actor || waitsFor(item, actor))
    .sort((a, b) => a.due.localeCompare(b.due))
}

/**
 * A check's items by due date, the first SHOWN_ITEMS and then one line for
 * the rest. `total`: how many items there are in all, when the check worked
 * out only the first of them (and the next, whose date the line shows).
 */
export function capped(
  items: DueItem[],
  id: string,
  t: TFunction,
  link: string | Place,
  total = items.length,
): DueItem[] {
  const sorted = items.sort((a, b) => a.due.localeCompare(b.due))
  if (total <= SHOWN_ITEMS) return sorted
  const rest = sorted.slice(SHOWN_ITEMS)
  if (rest.length === 0) return sorted
  return [
    ...sorted.slice(0, SHOWN_ITEMS),
    {
      id: `${id}.more`,
      // Counted as far as COUNT_CAP: past it, "over N more".
      title:
        total > COUNT_CAP
          ? t('dashboard.checks.moreThan', { count: COUNT_CAP - SHOWN_ITEMS })
          : t('dashboard.checks.more', { count: total - SHOWN_ITEMS }),
      due: rest[0].due,
      owner: rest[0].owner,
      roles: [...new Set(rest.flatMap((i) => i.roles))],
      users: [...new Set(rest.flatMap((i) => i.users ?? []))],
      link,
    },
  ]
}
