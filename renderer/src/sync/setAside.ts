/**
 * Nothing another PC sends may wedge sync (issue 15): an op whose row this
 * PC cannot write as it came — a key the store refuses, a value that breaks
 * working out the record, anything that throws while it is merged — fails
 * alone. The apply's transaction is dropped and the apply runs again with
 * that row's ops set aside (`_pending`, reason 'failed', with the error), so
 * the rest of the segment and every later one still apply. Set-aside ops
 * are listed on the 同步冲突 page (failedOps.ts) and tried again every cycle.
 */
import { keysOf, touchesKey } from '@shared/tables/businessKeys'
import { noteKeyed } from '../data/duplicates'
import type { MergeState } from './mergeState'

/** Rows (rowKey) that could not be written, with what went wrong: the transaction is to be dropped. */
export class RowsFailed extends Error {
  constructor(readonly failures: ReadonlyMap<string, string>) {
    super(`rows could not be written: ${[...failures.values()].join('; ')}`)
    this.name = 'RowsFailed'
  }
}

/** An error as one line a person can pass on (its name and message). */
export function failureText(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 300)
  return String(err).slice(0, 300)
}

/** A Dexie bulk write's failures by position (BulkError), or null for any other error. */
export function bulkFailures(err: unknown): Record<string, unknown> | null {
  if (err instanceof Error && err.name === 'BulkError' && 'failuresByPos' in err)
    return (err as { failuresByPos: Record<string, unknown> }).failuresByPos
  return null
}

/**
 * Runs an apply (one transaction) until it goes through: each time rows fail,
 * it runs again with them set aside too. Any other error is thrown as it is.
 */
export async function applySettingAside<T>(
  run: (setAside: ReadonlyMap<string, string>) => Promise<T>,
): Promise<T> {
  const setAside = new Map<string, string>()
  for (;;) {
    try {
      return await run(setAside)
    } catch (err) {
      if (!(err instanceof RowsFailed)) throw err
      const before = setAside.size
      for (const [k, why] of err.failures) if (!setAside.has(k)) setAside.set(k, why)
      // Nothing new to set aside: not a row's fault (never loops).
      if (setAside.size === before) throw err
    }
  }
}

/** The merged records whose business key or 停用 this apply changed (their duplicates are worked out next). */
export function keyedRows(state: MergeState): Map<string, Set<string>> {
  const noted = new Map<string, Set<string>>()
  for (const k of state.dirtyRows) {
    const at = k.indexOf('\u0000')
    const t = k.slice(0, at)
    if (keysOf(t).length === 0) continue
    const r = k.slice(at + 1)
    if (state.createdRows.has(k)) noteKeyed(noted, t, r, 'all')
    else if (touchesKey(t, state.changedKeys(k))) noteKeyed(noted, t, r, 'all')
  }
  return noted
}
