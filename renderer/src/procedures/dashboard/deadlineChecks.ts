/**
 * The procedures' deadlines on the dashboard (shared/procedures/kit/deadlines.ts):
 * each rule's rows are read by index, its items worked out by the rule
 * itself, and shown in the department's words — record names looked up,
 * codes in their words, who acts, and the place where the work is done (the
 * page opens it through the screens registry). Nothing here knows a procedure.
 */
import type { TFunction } from 'i18next'
import type { Role } from '@shared/auth/roles'
import type { DeadlineContext, DeadlineRule, DueFact } from '@shared/procedures/kit/deadlines'
import { todayIso } from '@shared/kernel/workdays'
import { readByIds, readQueries } from '../../data/rowQueries'
import { recordName, tableName } from '../audit/recordText'
import { capped, type DueCheck, type DueItem } from './dueChecks'

type Row = Readonly<Record<string, unknown>>

/** The records a set of items names, by table. */
function namedRecords(facts: readonly DueFact[]): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>()
  for (const f of facts)
    for (const { table, id } of Object.values(f.names ?? {})) {
      const ids = wanted.get(table) ?? new Set<string>()
      ids.add(id)
      wanted.set(table, ids)
    }
  return wanted
}

/** The roles named as who acts: those of the viewer's among them, else all of them. */
function ownerRoles(f: DueFact, actor: DeadlineContext['actor']): readonly Role[] {
  const mine = actor ? f.owners.filter((r) => actor.roles.includes(r)) : []
  return mine.length > 0 ? mine : f.owners
}

function itemOf(
  t: TFunction,
  f: DueFact,
  records: Map<string, Map<string, Row>>,
  actor: DeadlineContext['actor'],
): DueItem {
  const params: Record<string, string | number> = { ...f.params }
  for (const [param, prefix] of Object.entries(f.words ?? {}))
    params[param] = t(`${prefix}.${String(f.params[param])}`)
  for (const [param, { table, id }] of Object.entries(f.names ?? {})) {
    const row = records.get(table)?.get(id)
    params[param] = row
      ? recordName(table, row, id)
      : t('dashboard.unknownRecord', { table: tableName(t, table) })
  }
  const owner = ownerRoles(f, actor)
    .map((r) => t(`roles.${r}`))
    .join(t('common.listSep'))
  return {
    id: f.id,
    title: t(f.titleKey, { ...params, roles: owner }),
    due: f.due,
    owner,
    roles: f.owners,
    ...(f.users ? { users: f.users } : {}),
    link: f.at,
  }
}

/** A procedure's deadline as a dashboard check. */
export function deadlineCheck(rule: DeadlineRule): DueCheck {
  return {
    id: rule.id,
    async collect({ db, now, t, actor }) {
      const ctx = { today: todayIso(now), actor: actor ?? null }
      const first = await readQueries(db, rule.read(ctx))
      const rows = rule.follow ? { ...first, ...(await readQueries(db, rule.follow(first, ctx))) } : first
      const due = rule.due(rows, ctx)
      // A check that read only its first candidates says how many there are in all.
      const { facts, total } = Array.isArray(due) ? { facts: due, total: due.length } : due
      const records = await readByIds(db, namedRecords(facts))
      return capped(
        facts.map((f) => itemOf(t, f, records, ctx.actor)),
        rule.id,
        t,
        rule.list,
        total,
      )
    },
  }
}
