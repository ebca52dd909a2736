/**
 * The Dexie database. Schema versions are kept (never edit an old version's
 * stores; add a new version). Synced tables get no data rewrites inside
 * `upgrade()`: migrations run after open through the unit of work.
 */
import Dexie, { type Table, type Transaction } from 'dexie'
import { type RowClocks, clocksOf, setClocks } from '@shared/sync/rowClocks'
import type { AuditEntry, DeviceMeta, FieldClock, NumberingMeta, OutboxOp } from './bookkeeping'
import { flagTransaction, guardMiddleware } from './guardMiddleware'
import { type SyncedRows, type SyncedTable } from './tables'
import { deriveRelatedFields } from './deriveUpgrade'
import { laterStores } from './laterStores'
import { keyedTables } from '@shared/tables/businessKeys'
import type { DuplicateQueueRow, DuplicateRow } from './syncRows'
import type { DigestMeta, DivergenceMeta } from './digestRows'
import type { ConflictRow, CursorRow, PendingRow, QuarantineRow, SyncMeta } from './syncRows'

/** A typed store for every synced table of the registry (Dexie adds them at open). */
type SyncedStores = { readonly [K in SyncedTable]: Table<SyncedRows[K], string> }

// Declaration merging: the class gets a property per synced table.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface DeskDb extends SyncedStores {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class DeskDb extends Dexie {
  _outbox!: Table<OutboxOp, number>
  /** Before schema 5 the field clocks; emptied onto the rows by that upgrade. */
  _fieldClock!: Table<FieldClock, [string, string, string]>
  _audit!: Table<AuditEntry, string>
  _meta!: Table<DeviceMeta | NumberingMeta | SyncMeta | DigestMeta | DivergenceMeta, string>
  _cursors!: Table<CursorRow, string>
  _conflicts!: Table<ConflictRow, [string, string, string, string]>
  _pending!: Table<PendingRow, string>
  _quarantine!: Table<QuarantineRow, string>
  _duplicates!: Table<DuplicateRow, string>
  _dupQueue!: Table<DuplicateQueueRow, number>

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
    // Archives (master data). Lists load a whole table once and search in
    // memory, so only what queries need is indexed.
    this.version(2).stores({
      // followUpOn exists only on target customers to follow up (archiveSearch.ts).
      customers: 'id, updatedAt, followUpOn',
      distributors: 'id, updatedAt',
      institutes: 'id, updatedAt',
      suppliers: 'id, updatedAt',
      products: 'id, updatedAt',
      qualifications: 'id, expiresOn',
      contacts: 'id, parentId',
      businessReports: 'id, parentId',
      endUsers: 'id, parentId',
      projects: 'id, parentId',
      exchangePlans: 'id, parentId',
      loans: 'id, parentId, dueOn',
      attachments: 'id, [ownerTable+ownerId], sha256',
    })
    // An import writes one audit entry naming every row it created (rowIds),
    // found from each row's 变更记录 through the multi-entry index. Nothing
    // queried `_audit.table` or the archives' `updatedAt`; every index is one
    // more write per row of a 10,000-row import.
    this.version(3).stores({
      _audit: 'id, [deviceId+seq], at, rowId, *rowIds',
      customers: 'id, followUpOn',
      distributors: 'id',
      institutes: 'id',
      suppliers: 'id',
      products: 'id',
    })
    // Contracts (DOMAIN.md §1). Lines and milestones are child tables of
    // several parents; approvals are decisions, one row each, never edited.
    this.version(4).stores({
      quotations: 'id, customerId',
      contracts: 'id, customerId, step, signedOn',
      contractChanges: 'id, contractId',
      phoneOrders: 'id, customerId, step',
      tradeLines: 'id, parentId',
      milestones: 'id, parentId, dueOn',
      approvals: 'id, subjectId',
      contractRegisters: 'id',
      numberCounters: 'id',
    })
    // Sync (SYNC.md): per-device cursors, conflicts listed per record,
    // ops waiting for their row or for a newer app, ops from a clock ahead.
    // Field clocks move onto their rows (shared/sync/rowClocks.ts); the old
    // store stays declared, empty, so this upgrade can read it.
    this.version(5)
      .stores({
        _cursors: 'deviceId',
        _conflicts: '[t+r+f+h], [t+r]',
        _pending: 'id, r',
        _quarantine: 'id',
      })
      .upgrade(moveClocksOntoRows)
    // Due checks read change agreements waiting for approval by their step.
    this.version(6).stores({ contractChanges: 'id, contractId, step' })
    // Business keys (TableSpec.uniqueKeys, SYNC.md "Joining, keys and
    // numbers"): two PCs may each make `admin`, or hand out one contract
    // number, so no synced table keeps a unique index (an apply must never
    // fail on one); each key gets a plain index that finds its duplicates,
    // which this PC keeps worked out in `_duplicates` from the records
    // written since (`_dupQueue`). Existing records are worked out once.
    this.version(7)
      .stores({
        users: 'id, account, updatedAt',
        customers: 'id, followUpOn, uscc',
        distributors: 'id, uscc',
        institutes: 'id, uscc',
        suppliers: 'id, uscc',
        products: 'id, code',
        qualifications: 'id, expiresOn, number',
        quotations: 'id, customerId, number',
        contracts: 'id, customerId, step, signedOn, number',
        phoneOrders: 'id, customerId, step, number',
        _duplicates: 'id, t, *ids',
        _dupQueue: '++seq',
        // Synced: duplicates kept with a reason (coreTables.ts), found by the records they name.
        keptDuplicates: 'id, subject',
      })
      .upgrade(queueKeyedTables)
    // Tables added since (procedures', archives'): each table spec names its version and indexes.
    for (const [version, stores] of laterStores(7)) this.version(version).stores(stores)
    // The due checks read candidates by index, never a whole table
    // (dashboard.due_ms): a contract's shipping state kept by the shipping
    // procedure (shared/procedures/shipping/shippingState.ts) with its step
    // and dates, contracts by step and day signed, and milestones owed
    // (not received, on a contract that owes money) by their date. Records whose derivation reads related rows
    // (contracts, stock rows) get it worked out once.
    this.version(9)
      .stores({
        contracts:
          'id, customerId, step, signedOn, number, [step+signedOn], [step+shippingState+deliveryDueOn], [step+shippingState+filedOn]',
        milestones: 'id, parentId, dueOn, owedOn',
      })
      .upgrade(deriveRelatedFields)
    // Invoicing and collections keep on contracts what they have had invoiced, received and are owed
    // (shared/procedures/collections/contractPayments.ts): the payments check reads the owed by
    // `[step+paymentsDueFrom]`, and milestones no longer keep owedOn. Every contract is worked out once.
    this.version(10)
      .stores({
        contracts:
          'id, customerId, step, signedOn, number, [step+signedOn], [step+shippingState+deliveryDueOn], [step+shippingState+filedOn], [step+paymentsDueFrom]',
        milestones: 'id, parentId, dueOn',
      })
      .upgrade(deriveRelatedFields)
    this.use(guardMiddleware)
  }
}

/**
 * Bookkeeping only (clocks are not synced data, so no ops are due): each
 * `_fieldClock` row becomes an entry of its row's `_clk`.
 */
async function moveClocksOntoRows(tx: Transaction): Promise<void> {
  flagTransaction(tx.idbtrans, 'maintenance')
  const clocks = (await tx.table('_fieldClock').toArray()) as FieldClock[]
  const byRow = new Map<string, FieldClock[]>()
  for (const c of clocks) byRow.set(`${c.t}\u0000${c.r}`, [...(byRow.get(`${c.t}\u0000${c.r}`) ?? []), c])
  for (const list of byRow.values()) {
    const { t, r } = list[0]
    const row = (await tx.table(t).get(r)) as Record<string, unknown> | undefined
    if (!row) continue
    const clk: RowClocks = { ...clocksOf(row) }
    for (const c of list) {
      const named = [...new Set([...(c.named ?? []), ...(c.p ? [c.p] : [])])].sort()
      clk[c.f] = { h: c.h, ...(named.length ? { named } : {}) }
    }
    const moved = { ...row }
    setClocks(moved, clk)
    await tx.table(t).put(moved)
  }
  await tx.table('_fieldClock').clear()
}

/** Bookkeeping only: every keyed table is worked out whole on the first look (duplicates.ts). */
async function queueKeyedTables(tx: Transaction): Promise<void> {
  flagTransaction(tx.idbtrans, 'maintenance')
  await tx.table('_dupQueue').bulkAdd(keyedTables.map((t): DuplicateQueueRow => ({ t, ids: null })))
}

let current: DeskDb | null = null

/** The app's one database; tests make their own DeskDb over fake-indexeddb. */
export function appDb(): DeskDb {
  current ??= new DeskDb()
  return current
}
