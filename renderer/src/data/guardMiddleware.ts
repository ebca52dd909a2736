/**
 * DBCore middleware: refuses writes to synced and bookkeeping tables that do
 * not come through the unit of work, and physical deletes on synced tables
 * (records are tombstoned, never removed). Modelled on Dexie Cloud's
 * transaction flags.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie'
import { AppFailure } from '@shared/ipc/errors'
import { guardedTables } from './tables'

interface FlaggedTransaction extends DBCoreTransaction {
  __deskWrite?: 'repository' | 'maintenance'
}

let maintenance = false

/**
 * Restore from backup replaces whole tables through dexie-export-import's own
 * transactions, which cannot be flagged; the app is blocked while it runs.
 */
export function setMaintenance(on: boolean): void {
  maintenance = on
}

/** Marks a transaction as a unit of work (or a restore / sync apply). */
export function flagTransaction(trans: unknown, kind: 'repository' | 'maintenance'): void {
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
            // The outbox may be pruned by sync after publishing; records never.
            const physicalDeleteAllowed = name === '_outbox'
            if (flag !== 'repository' || (isDelete && !physicalDeleteAllowed)) {
              return Promise.reject(refusal(name, req))
            }
            return table.mutate(req)
          },
        }
      },
    }
  },
}
