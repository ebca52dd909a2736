/** What the state digest tests share: a write behind the engine, and each PC's digest and verdict. */
import type { DeskDb } from '../../../renderer/src/data/db'
import { readDigest } from '../../../renderer/src/data/stateDigest'
import { recomputeDigest } from '../../../renderer/src/sync/digestCheck'
import { type StateDigest, ownStateDigest, readDivergence } from '../../../renderer/src/sync/divergence'
import type { DivergentTable } from '../../../renderer/src/data/digestRows'
import type { Pc } from './syncFixture'

/**
 * Changes (or adds) a stored record straight in IndexedDB, past Dexie and
 * the unit of work: no op, no audit entry, no clock, the row's stored hash
 * left as it was (a bug writing behind the engine, or a damaged database).
 */
export async function writeBehindEngine(
  db: DeskDb,
  table: string,
  id: string,
  patch: Record<string, unknown>,
): Promise<void> {
  const idb = db.backendDB()
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite')
    const store = tx.objectStore(table)
    const read = store.get(id)
    read.onsuccess = () => {
      // A new row when `id` is not there yet (patch then holds every field).
      store.put({ ...(read.result as object | undefined), ...patch })
    }
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
  })
}

/** The digest a PC publishes (throws when it publishes none). */
export async function digestOf(pc: Pc): Promise<StateDigest> {
  const d = await ownStateDigest(pc.db)
  if (!d) throw new Error(`${pc.name} publishes no digest`)
  return d
}

/** Tables that differ between the kept digest and one worked out from the rows now. */
export async function keptAgainstRecomputed(db: DeskDb): Promise<string[]> {
  const [kept, now] = await Promise.all([readDigest(db), recomputeDigest(db)])
  return Object.entries(now)
    .filter(([t, s]) => kept?.tables[t]?.n !== s.n || kept.tables[t].sum !== s.sum)
    .map(([t]) => t)
}

/** What a PC found against another: its divergent tables (empty: none recorded). */
export async function divergenceWith(pc: Pc, other: Pc): Promise<DivergentTable[]> {
  return (await readDivergence(pc.db)).with[await other.deviceId()]?.tables ?? []
}
