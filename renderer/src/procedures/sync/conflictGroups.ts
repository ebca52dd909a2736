/** The conflicts page's data: listConflicts grouped by record, with the record and the PC behind each current value. */
import { decodeHlc } from '@shared/kernel/hlc'
import { clockHOf } from '@shared/sync/rowClocks'
import type { DeskDb } from '../../data/db'
import { type ListedConflict, listConflicts } from '../../sync/conflicts'

export interface ShownConflict extends ListedConflict {
  /** The PC whose write the record holds now (its field clock's node); null when unknown. */
  currentFrom: string | null
}

export interface ConflictGroup {
  t: string
  r: string
  row: Record<string, unknown> | undefined
  conflicts: ShownConflict[]
}

export async function loadConflictGroups(db: DeskDb): Promise<ConflictGroup[]> {
  const groups = new Map<string, ConflictGroup>()
  for (const c of await listConflicts(db)) {
    const key = `${c.t}\u0000${c.r}`
    let group = groups.get(key)
    if (!group) {
      const row = (await db.table(c.t).get(c.r)) as Record<string, unknown> | undefined
      group = { t: c.t, r: c.r, row, conflicts: [] }
      groups.set(key, group)
    }
    // The field's clock travels on the row (shared/sync/rowClocks.ts).
    const h = group.row ? clockHOf(group.row, c.f) : null
    group.conflicts.push({ ...c, currentFrom: h ? decodeHlc(h).node : null })
  }
  // Oldest conflict first within a record: the order does not depend on arrival.
  for (const g of groups.values())
    g.conflicts.sort((a, b) => (a.f === b.f ? a.h.localeCompare(b.h) : a.f.localeCompare(b.f)))
  return [...groups.values()]
}
