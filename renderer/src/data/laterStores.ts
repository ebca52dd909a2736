/**
 * Stores of the tables added after schema 7 (procedures', archives'), read from their table
 * specs (`store: { since, indexes }`), so a new procedure declares its
 * tables in its own folder and db.ts stays as it is. Versions come in
 * ascending order, each with every store it adds or
 * indexes anew (`reindexed`).
 */
import { tableSpecs } from '@shared/tables/tableSpecs'

export function laterStores(after: number): [number, Record<string, string>][] {
  const byVersion = new Map<number, Record<string, string>>()
  for (const [table, spec] of Object.entries(tableSpecs)) {
    if (!spec.store) continue
    if (spec.store.since <= after)
      throw new Error(`${table}: a new table's store comes after schema ${after}, not in ${spec.store.since}`)
    const add = (version: number, indexes: string) => {
      const stores = byVersion.get(version) ?? {}
      stores[table] = indexes ? `id, ${indexes}` : 'id'
      byVersion.set(version, stores)
    }
    add(spec.store.since, spec.store.indexes)
    // A later version's indexes (a due check's compound index): the store as it is from then on.
    if (spec.store.reindexed) add(spec.store.reindexed.since, spec.store.reindexed.indexes)
  }
  return [...byVersion].sort(([a], [b]) => a - b)
}
