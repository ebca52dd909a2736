/**
 * DBCore middleware: refuses writes to synced and bookkeeping tables that do
 * not come through the unit of work, and physical deletes on synced tables
 * (records are tombstoned, never removed). Modelled on Dexie Cloud's
 * transaction flags.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie'
import { AppFailure } from '@shared/errors/appFailure'
import { guardedTables } from './tables'

interface FlaggedTransaction extends DBCoreTransaction {
  __deskWrite?: WriteKind
}

/**
 * repository: a user action through the unit of work. sync: the engine
 * applying another PC's changes or recording a publish (it may drop its own
 * bookkeeping rows, never a record). maintenance: a restore replacing tables.
 */
export type WriteKind = 'repository' | 'sync' | 'maintenance'

/**
 * Bookkeeping rows that may be removed physically: published ops, settled
 * conflicts, ops applied at last, and cursors (reading a PC's segments again
 * from the start is harmless: applying is idempotent); records whose
 * duplicates have been worked out.
 */
const removable: ReadonlySet<string> = new Set([
  '_outbox',
  '_conflicts',
  '_pending',
  '_quarantine',
  '_cursors',
  '_dupQueue',
])

let maintenance = false

/**
 * Restore from backup replaces whole tables through dexie-export-import's own
 * transactions, which cannot be flagged; the app is blocked while it runs.
 */
export function setMaintenance(on: boolean): void {
  maintenance = on
}

/** Marks a transaction as a unit of work, a sync apply or a restore. */
export function flagTransaction(trans: unknown, kind: WriteKind): void {
  ;(trans as FlaggedTransaction).__deskWrite = kind
}

function refusal(table: string, req: DBCoreMutateRequest): AppFailure {
  return new AppFailure('data.unloggedWrite', 'errors.data.unloggedWrite', { table, type: req.type })
}

export const guardMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'deskWriteGuard',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        if (!guardedTables.has(name)) return table
        return {
          ...table,
          mutate(req) {
            const flag = (req.trans as FlaggedTransaction).__deskWrite
            if (flag === 'maintenance' || maintenance) return table.mutate(req)
            const isDelete = req.type === 'delete' || req.type === 'deleteRange'
            if (flag === undefined || (isDelete && !removable.has(name))) {
              return Promise.reject(refusal(name, req))
            }
            return table.mutate(req)
          },
        }
      },
    }
  },
}
