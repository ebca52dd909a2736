/**
 * The rules that become checks ("Rules that become checks", DOMAIN.md): each
 * deadline says which rows it looks at — read by an index, never a whole
 * table — and is then a pure function of those rows and today, returning the
 * items due. The dashboard runs the reads, resolves names and shows the
 * items; it knows no procedure.
 */
import type { Actor } from '../../auth/permissions'
import type { Role } from '../../auth/roles'

type Key = string | number

/** Rows of one table through one index: equal to a value, one of values, or in a range. */
export type RowQuery = { table: string; index: string } & (
  { equals: Key } | { anyOf: readonly Key[] } | { between: readonly [Key, Key]; includeUpper?: boolean }
)

/** The live (not tombstoned) rows each named query returned. */
export type QueriedRows = Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>

export interface DeadlineContext {
  /** YYYY-MM-DD on this PC's calendar (todayIso). */
  today: string
  /** Who is looking: checks of waiting decisions list only what this user's roles decide. */
  actor: Pick<Actor, 'userId' | 'roles'> | null
}

/** A place in the app: a record by its table and id, or a table's list (with a query string). */
export interface Place {
  table: string
  id?: string
  query?: string
}

/** One item the dashboard shows until the rule is met. */
export interface DueFact {
  id: string
  /** YYYY-MM-DD it is due; before today is overdue. */
  due: string
  /** The roles who should act: the item is on their 工作台. */
  owners: readonly Role[]
  /** People who should act whatever their roles (a contract's drafter), by user id. */
  users?: readonly string[]
  /** i18n key of the line and its values; the dashboard adds `roles`, the owners' names. */
  titleKey: string
  params: Readonly<Record<string, string | number>>
  /** Values that are codes, with the i18n key prefix of their words (`kind` → `contracts.milestone.kinds`). */
  words?: Readonly<Record<string, string>>
  /** Values that are a record's name (客户名), looked up by the dashboard: param → record. */
  names?: Readonly<Record<string, { table: string; id: string }>>
  /** Where the work is done. */
  at: Place
}

export interface DeadlineRule {
  id: string
  /** Where the check's list of all its items opens (the "N more" line). */
  list: Place
  /** The rows to read, by name. */
  read(ctx: DeadlineContext): Readonly<Record<string, RowQuery>>
  /** Rows to read once the first ones are known (a change agreement's contract), by name. */
  follow?(rows: QueriedRows, ctx: DeadlineContext): Readonly<Record<string, RowQuery>>
  /** The items due: a pure function of the rows and the day. */
  due(rows: QueriedRows, ctx: DeadlineContext): DueFact[]
}

/** The rows one named query returned, as the row type the rule reads (none when the query was not run). */
export function rowsOf<T>(rows: QueriedRows, key: string): readonly T[] {
  return (rows[key] ?? []) as unknown as readonly T[]
}

/** Ids of rows, once each: what a follow-up query reads `anyOf`. */
export function idsOf<T>(rows: readonly T[], pick: (row: T) => string): string[] {
  return [...new Set(rows.map(pick).filter((id) => id !== ''))]
}
