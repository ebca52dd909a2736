/**
 * Which records' derived fields read which tables (DeriveSpec `children` and
 * `related`), from the table registry: what a write or an apply of a row
 * must work out again. Used alike by the unit of work (local writes) and by
 * sync's derive-after-apply, so every PC keeps the same values.
 */
import { canonicalJson } from '../kernel/canonicalJson'
import type { ParentLink } from '../procedures/kit/tableSpec'
import { tableSpecs } from './tableSpecs'

/** A record whose derived fields read a row: its table, and how the row names it. */
export type ReaderLink = ParentLink

function links(): Map<string, ReaderLink[]> {
  const out = new Map<string, ReaderLink[]>()
  const add = (table: string, link: ReaderLink) => out.set(table, [...(out.get(table) ?? []), link])
  for (const [t, spec] of Object.entries(tableSpecs)) {
    const d = spec.derive
    if (!d) continue
    if (d.children) {
      const link: ReaderLink | undefined = d.childIdField
        ? { table: { is: t }, idField: d.childIdField }
        : tableSpecs[d.children as keyof typeof tableSpecs]?.parent
      if (link) add(d.children, link)
    }
    for (const [table, idField] of Object.entries(d.related ?? {})) add(table, { table: { is: t }, idField })
  }
  return out
}

/** Table → the records whose derived fields read its rows. */
export const derivedReaders: ReadonlyMap<string, readonly ReaderLink[]> = links()

/** The field of a child table naming the record whose derivation reads it as `children`. */
export function childIdField(table: string): string | undefined {
  const derive = tableSpecs[table as keyof typeof tableSpecs]?.derive
  if (!derive?.children) return undefined
  return derive.childIdField ?? tableSpecs[derive.children as keyof typeof tableSpecs]?.parent?.idField
}

/** The records (table, id) whose derived fields read `row` of `table`. */
export function readersOf(table: string, row: Readonly<Record<string, unknown>>): [string, string][] {
  const out: [string, string][] = []
  for (const link of derivedReaders.get(table) ?? []) {
    const parent = 'is' in link.table ? link.table.is : row[link.table.field]
    const id = row[link.idField]
    if (
      typeof parent === 'string' &&
      typeof id === 'string' &&
      id !== '' &&
      tableSpecs[parent as keyof typeof tableSpecs]?.derive
    )
      out.push([parent, id])
  }
  return out
}

/** The records whose derivation reads `row` of `table` as a related row (not as a child). */
export function relatedReadersOf(table: string, row: Readonly<Record<string, unknown>>): [string, string][] {
  const out: [string, string][] = []
  for (const [parent, idField] of relatedLinks.get(table) ?? []) {
    const id = row[idField]
    if (typeof id === 'string' && id !== '') out.push([parent, id])
  }
  return out
}

const relatedLinks: ReadonlyMap<string, readonly (readonly [string, string])[]> = (() => {
  const out = new Map<string, [string, string][]>()
  for (const [t, spec] of Object.entries(tableSpecs))
    for (const [table, idField] of Object.entries(spec.derive?.related ?? {}))
      out.set(table, [...(out.get(table) ?? []), [t, idField]])
  return out
})()

/**
 * Tables whose derivation reads other records (`related` tables, or its
 * parent): worked out after every local write that bears on them.
 */
export const relatedDerivers: ReadonlySet<string> = new Set(
  Object.entries(tableSpecs).flatMap(([t, s]) => (s.derive?.related || s.derive?.parentReads ? [t] : [])),
)

/** A child table whose derivation reads fields of its parent, and how it names the parent. */
export interface ChildReader {
  table: string
  link: ParentLink
}

const childReaders: ReadonlyMap<string, readonly (ChildReader & { fields: readonly string[] })[]> = (() => {
  const out = new Map<string, (ChildReader & { fields: readonly string[] })[]>()
  for (const [t, spec] of Object.entries(tableSpecs)) {
    const reads = spec.derive?.parentReads
    if (!reads || !spec.parent) continue
    for (const parent of reads.tables)
      out.set(parent, [...(out.get(parent) ?? []), { table: t, link: spec.parent, fields: reads.fields }])
  }
  return out
})()

/** Tables some child's derivation reads fields of (DeriveSpec.parentReads). */
export const readParents: ReadonlySet<string> = new Set(childReaders.keys())

/** The child tables whose derivation reads any of `fields` (any field at all when none are given) of a `table` record (DeriveSpec.parentReads). */
export function childReadersOf(table: string, fields?: readonly string[]): ChildReader[] {
  const readers = childReaders.get(table)
  if (!readers) return []
  return readers
    .filter((r) => !fields || fields.some((f) => r.fields.includes(f)))
    .map(({ table: t, link }) => ({ table: t, link }))
}

/** The parent a derivation reading its parent reads, as table and id; none when the parent is of another table. */
export function parentOf(
  table: string,
  row: Readonly<Record<string, unknown>>,
): [string, string] | undefined {
  const spec = tableSpecs[table as keyof typeof tableSpecs]
  const reads = spec?.derive?.parentReads
  const link = spec?.parent
  if (!reads || !link) return undefined
  const parent = 'is' in link.table ? link.table.is : row[link.table.field]
  const id = row[link.idField]
  return typeof parent === 'string' && reads.tables.includes(parent) && typeof id === 'string'
    ? [parent, id]
    : undefined
}

/**
 * The tables a transaction writing `tables` also needs, so the derivations
 * its writes bear on (unitOfWork.ts) can read what they read: a contract's
 * lines, orders, shipments and shipment lines when contracts or any of the
 * related tables are written.
 */
export function withDerivationReads(tables: readonly string[]): string[] {
  const out = new Set(tables)
  const reads = (t: string) => {
    const d = tableSpecs[t as keyof typeof tableSpecs]?.derive
    return [t, ...(d?.children ? [d.children] : []), ...Object.keys(d?.related ?? {})]
  }
  for (const t of tables) {
    if (relatedDerivers.has(t)) for (const r of reads(t)) out.add(r)
    for (const [parent] of relatedLinks.get(t) ?? []) for (const r of reads(parent)) out.add(r)
    const parentReads = tableSpecs[t as keyof typeof tableSpecs]?.derive?.parentReads
    for (const p of parentReads?.tables ?? []) out.add(p)
    for (const child of childReadersOf(t)) out.add(child.table)
  }
  return [...out]
}

/** Whether a change to these fields of a `table` record works its related-reading derivation out again. */
export function touchesDerivation(table: string, fields: readonly string[]): boolean {
  const reads = tableSpecs[table as keyof typeof tableSpecs]?.derive?.reads
  return relatedDerivers.has(table) && !!reads && fields.some((f) => reads.includes(f))
}

/**
 * Whether derived values differ from what the row holds: values that are
 * lists or objects (a contract's owed milestones) compare by content, so a
 * record is written again only when something moved.
 */
export function derivedMoved(
  row: Readonly<Record<string, unknown>>,
  values: Readonly<Record<string, unknown>>,
): boolean {
  return Object.entries(values).some(([f, v]) =>
    v !== null && typeof v === 'object' ? canonicalJson(v) !== canonicalJson(row[f] ?? null) : row[f] !== v,
  )
}
