/**
 * Which records' derived fields read which tables (DeriveSpec `children` and
 * `related`), from the table registry: what a write or an apply of a row
 * must work out again. Used alike by the unit of work (local writes) and by
 * sync's derive-after-apply, so every PC keeps the same values.
 */
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

/** Tables whose derivation reads `related` tables: worked out after every local write that bears on them. */
export const relatedDerivers: ReadonlySet<string> = new Set(
  Object.entries(tableSpecs).flatMap(([t, s]) => (s.derive?.related ? [t] : [])),
)

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
  }
  return [...out]
}

/** Whether a change to these fields of a `table` record works its related-reading derivation out again. */
export function touchesDerivation(table: string, fields: readonly string[]): boolean {
  const reads = tableSpecs[table as keyof typeof tableSpecs]?.derive?.reads
  return relatedDerivers.has(table) && !!reads && fields.some((f) => reads.includes(f))
}
