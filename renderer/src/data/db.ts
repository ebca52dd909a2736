/**
 * The Dexie database. Schema versions are kept (never edit an old version's
 * stores; add a new version). Synced tables get no data rewrites inside
 * `upgrade()`: migrations run after open through the unit of work.
 */
import Dexie, { type Table } from 'dexie'
import type { AuditEntry, DeviceMeta, FieldClock, OutboxOp } from './bookkeeping'
import { guardMiddleware } from './guardMiddleware'
import type { SyncedRows } from './tables'

export class DeskDb extends Dexie {
  company!: Table<SyncedRows['company'], string>
  users!: Table<SyncedRows['users'], string>
  settings!: Table<SyncedRows['settings'], string>
  _outbox!: Table<OutboxOp, number>
  _fieldClock!: Table<FieldClock, [string, string, string]>
  _audit!: Table<AuditEntry, string>
  _meta!: Table<DeviceMeta, string>

  constructor(name = 'commerce-desk') {
    super(name)
    this.version(1).stores({
      company: 'id',
      users: 'id, &account, updatedAt',
      settings: 'id',
      _outbox: 'seq, published',
      _fieldClock: '[t+r+f]',
      _audit: 'id, [deviceId+seq], at, table, rowId',
      _meta: 'key',
    })
    this.use(guardMiddleware)
  }
}

let current: DeskDb | null = null

/** The app's one database; tests make their own DeskDb over fake-indexeddb. */
export function appDb(): DeskDb {
  current ??= new DeskDb()
  return current
}
