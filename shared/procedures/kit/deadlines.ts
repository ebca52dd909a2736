/**
 * The rules that become checks ("Rules that become checks", DOMAIN.md): each
 * deadline says which rows it looks at — read by an index, never a whole
 * table — and is then a pure function of those rows and today, returning the
 * items due. The dashboard runs the reads, resolves names and shows the
 * items; it knows no procedure.
 */
import type { Actor } from '../../auth/permissions'
import type { Role } from '../../auth/roles'

type Key = string | number | readonly (string | number)[]

/** How many items a check lists before one line says how many more there are. */
export const SHOWN_ITEMS = 20

/**
 * How far a check counts its items. Counting by an index still walks it
 * (in Chromium, a lookup per entry), so beyond this the line says "over
 * N more" rather than walk thousands: nobody reads that far down a
 * 工作台, and the check's list (DeadlineRule.list) shows them all.
 */
export const COUNT_CAP = 200

/**
 * Rows of one table through one index (a compound one: `[step+promisedOn]`
 * with array keys): equal to a value, one of values, or in a range.
 * - `limit`: only the first rows in the index's order (a check reads the
 *   SHOWN_ITEMS + 1 it may show, not every candidate);
 * - `count`: also how many the range holds (`totalOf`), counted by the
 *   index without reading a row, up to COUNT_CAP + 1.
 */
export type RowQuery = { table: string; index: string; limit?: number; count?: true } & (
  { equals: Key } | { anyOf: readonly Key[] } | { between: readonly [Key, Key]; includeUpper?: boolean }
)

/** Rows a query returned; with `count`, how many its range holds. */
export type QueriedList = readonly Readonly<Record<string, unknown>>[] & { readonly total?: number }

/** The live (not tombstoned) rows each named query returned. */
export type QueriedRows = Readonly<Record<string, QueriedList>>

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
  /**
   * The items due: a pure function of the rows and the day. A check that
   * read only the first of its candidates (`limit`) gives those and how
   * many items there are in all.
   */
  due(rows: QueriedRows, ctx: DeadlineContext): DueFact[] | DueList
}

/** The first items of a check and how many there are in all. */
export interface DueList {
  facts: DueFact[]
  total: number
}

/** How many rows a counted query's range holds, up to COUNT_CAP + 1 (its rows when it was not counted or not run). */
export function totalOf(rows: QueriedRows, key: string): number {
  const list = rows[key]
  return list?.total ?? list?.length ?? 0
}

/**
 * The first rows, in the order of `by`, of several ranges read with a limit
 * (one per step of a compound index), and how many the ranges hold in all.
 */
export function firstOfRanges<T>(
  rows: QueriedRows,
  keys: readonly string[],
  by: (row: T) => string,
): { first: T[]; total: number } {
  const all = keys.flatMap((k) => rowsOf<T>(rows, k))
  all.sort((a, b) => by(a).localeCompare(by(b)))
  return {
    first: all.slice(0, SHOWN_ITEMS + 1),
    total: Math.min(
      COUNT_CAP + 1,
      keys.reduce((n, k) => n + totalOf(rows, k), 0),
    ),
  }
}

/** The rows one named query returned, as the row type the rule reads (none when the query was not run). */
export function rowsOf<T>(rows: QueriedRows, key: string): readonly T[] {
  return (rows[key] ?? []) as unknown as readonly T[]
}

/** Ids of rows, once each: what a follow-up query reads `anyOf`. */
export function idsOf<T>(rows: readonly T[], pick: (row: T) => string): string[] {
  return [...new Set(rows.map(pick).filter((id) => id !== ''))]
}
