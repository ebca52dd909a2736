/**
 * Fields that must change together are one value for last-writer-wins
 * (SYNC.md "Field groups"): an op names the group and carries all its
 * fields, so a merge never pairs one PC's quantity with another's price.
 */
import { tableSpecs } from '../tables/tableSpecs'

/** Each table's groups, from its spec (shared/tables/tableSpecs.ts). */
const groups: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = Object.fromEntries(
  Object.entries(tableSpecs).flatMap(([table, spec]) =>
    spec.fieldGroups ? [[table, spec.fieldGroups]] : [],
  ),
)

const groupOfField = new Map<string, string>()
for (const [table, byName] of Object.entries(groups))
  for (const [name, fields] of Object.entries(byName))
    for (const f of fields) groupOfField.set(`${table}\u0000${f}`, name)

/** The clock key of a field: its group's name, or the field itself. */
export function clockKeyOf(table: string, field: string): string {
  return groupOfField.get(`${table}\u0000${field}`) ?? field
}

/** The fields of a group, or undefined when `key` is a plain field. */
export function groupFields(table: string, key: string): readonly string[] | undefined {
  return groups[table]?.[key]
}

/** The value a clock key carries: the group's fields as an object, or the field's value. */
export function valueOfKey(table: string, key: string, row: Readonly<Record<string, unknown>>): unknown {
  const fields = groupFields(table, key)
  if (!fields) return row[key] ?? null
  const v: Record<string, unknown> = {}
  for (const f of fields) v[f] = row[f] ?? null
  return v
}

/** Writes a key's value into a row (a group's fields, or the one field). */
export function assignKey(table: string, key: string, row: Record<string, unknown>, value: unknown): void {
  const fields = groupFields(table, key)
  if (!fields) {
    row[key] = value
    return
  }
  const v = (value ?? {}) as Record<string, unknown>
  for (const f of fields) row[f] = v[f] ?? null
}
