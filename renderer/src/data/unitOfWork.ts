/**
 * The only write path for synced records. One user action = one Dexie
 * transaction that writes the records, their ops (`_outbox`: one per new
 * row or batch of new rows, one per changed field of an existing row), the
 * clocks of changed fields (on the row, `_clk`), the audit entries and the device row (HLC, counters). If anything throws, IndexedDB aborts the whole transaction:
 * no record, no op, no audit entry.
 *
 * Never await IPC or other non-IndexedDB work inside `work`: IndexedDB commits
 * a transaction as soon as it has nothing queued.
 */
import type { Actor } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { encodeHlc, decodeHlc, tickHlc } from '@shared/kernel/hlc'
import { newId } from '@shared/kernel/ids'
import { assignKey, clockKeyOf, groupFields, valueOfKey } from '@shared/sync/fieldGroups'
import { touchesKey } from '@shared/tables/businessKeys'
import { type StoredClocks, clockHOf, clocksOf, nextClock, setClocks } from '@shared/sync/rowClocks'
import { ROW_HASH_FIELD } from '@shared/sync/rowHash'
import { withDerivationReads } from '@shared/tables/deriveLinks'
import { isDerivedField, tableSpecs } from '@shared/tables/tableSpecs'
import type { Draft } from '@shared/types/records'
import { changesDigest, hashAuditEntry, redactChanges, redactValues } from './auditChain'
import {
  type AuditEntry,
  type DeviceMeta,
  type FieldChange,
  type NumberingMeta,
  type OutboxOp,
  ROW_BATCH,
  ROW_GROUP,
} from './bookkeeping'
import type { DeskDb } from './db'
import { DerivedAfterWrite } from './derivedAfterWrite'
import { loadDeviceMeta } from './deviceMeta'
import { queueKeyed } from './duplicates'
import { diffFields, trackedFields } from './fieldDiff'
import { flagTransaction } from './guardMiddleware'
import { DigestChanges, readDigest } from './stateDigest'
import { bookkeepingTables, SCHEMA_VERSION, type SyncedRows, type SyncedTable, syncedTables } from './tables'

/** Rows a bulk create prepares before handing them to IndexedDB. */
const CREATE_CHUNK = 500

export interface WriteContext {
  actor: Actor
  now: Date
}

type Row<K extends SyncedTable> = SyncedRows[K]

export class Writer {
  /** The rows this action writes, for the state digest (stateDigest.ts). */
  readonly digest = new DigestChanges()
  /** The records this action's rows bear on whose derivation reads other records (derivedAfterWrite.ts). */
  readonly derived = new DerivedAfterWrite()

  constructor(
    private readonly db: DeskDb,
    private readonly ctx: WriteContext,
    private readonly device: DeviceMeta,
  ) {}

  get actor(): Actor {
    return this.ctx.actor
  }

  /** This PC's device id, as this action's ops and audit entries carry it. */
  get deviceId(): string {
    return this.device.deviceId
  }

  get nowIso(): string {
    return this.ctx.now.toISOString()
  }

  async get<K extends SyncedTable>(table: K, id: string): Promise<Row<K> | undefined> {
    return (await this.db.table(table).get(id)) as Row<K> | undefined
  }

  /** A record in use (not 停用/deleted), or `data.notFound`. */
  async getLive<K extends SyncedTable>(table: K, id: string): Promise<Row<K>> {
    const row = await this.get(table, id)
    if (!row || row.deletedAt) throw new AppFailure('data.notFound', 'errors.data.notFound', { table, id })
    return row
  }

  async create<K extends SyncedTable>(
    table: K,
    values: Draft<Row<K>>,
    opts: { id?: string; action?: string } = {},
  ): Promise<Row<K>> {
    const h = this.tick()
    const row = this.newRow(table, values, opts.id ?? newId(), h)
    this.stamped(table, row, null)
    try {
      // add() refuses an existing key itself; no read beforehand.
      await this.db.table(table).add(row)
    } catch (err) {
      throw asExists(err, table, row.id)
    }
    // A row every PC makes alike carries nothing: two such creates never conflict (TableSpec.madeAlike).
    const carried = tableSpecs[table].madeAlike ? {} : trackedValues(table, row)
    await this.db._outbox.add(this.rowOp(table, row.id, ROW_GROUP, carried, h))
    await Promise.all([
      this.appendAudit(opts.action ?? 'create', table, row.id, createChanges(table, row)),
      // A record with a business key: its duplicates are worked out next (duplicates.ts).
      queueKeyed(this.db, table, [row.id]),
    ])
    return row
  }

  /**
   * Many new records at once (an Excel import), all stamped with one HLC:
   * the rows, then ONE op (ROW_BATCH) and ONE audit entry listing them, so
   * 10,000 rows are 10,002 IndexedDB records rather than 30,000.
   *
   * `derive` adds each record's derived fields (its search text). It runs a
   * chunk at a time while IndexedDB stores the chunk before, so the pinyin
   * work overlaps the writes instead of preceding them. `prepared`
   * (prepareBatch, before the transaction) brings the ids, the logged values
   * and the audit digest already worked out.
   */
  async createMany<K extends SyncedTable>(
    table: K,
    drafts: readonly Draft<Row<K>>[],
    opts: {
      action?: string
      derive?: (draft: Draft<Row<K>>) => Partial<Row<K>>
      prepared?: PreparedBatch
    } = {},
  ): Promise<Row<K>[]> {
    const { action = 'create', derive } = opts
    const prepared = opts.prepared ?? prepareBatchSync(table, drafts)
    if (prepared.ids.length !== drafts.length) throw new Error('createMany: prepared for other drafts')
    const h = this.tick()
    const { ids } = prepared
    const rows: Row<K>[] = []
    const stored: Promise<unknown>[] = []
    for (let start = 0; start < drafts.length; start += CREATE_CHUNK) {
      const chunk = drafts.slice(start, start + CREATE_CHUNK).map((d, k) => {
        const row = this.newRow(table, d, ids[start + k], h)
        this.stamped(table, row, null)
        return derive ? Object.assign(row, derive(d)) : row
      })
      rows.push(...chunk)
      stored.push(this.db.table(table).bulkAdd(chunk))
      // Let Dexie hand the chunk to IndexedDB before the next one is prepared.
      await Promise.resolve()
    }
    try {
      await Promise.all(stored)
    } catch (err) {
      throw asExists(err, table, '')
    }
    if (rows.length === 0) return rows
    await queueKeyed(this.db, table, ids)
    const op = this.rowOp(table, ROW_BATCH, ROW_GROUP, prepared.values, h)
    await this.db._outbox.add(op)
    const entry = this.auditEntry(action, table, `batch:${op.opId}`, prepared.changes, ids, prepared.digest)
    await this.db._audit.add(entry)
    return rows
  }

  /** Stamps a row about to be stored (its hash) and notes the records its derivations bear on. */
  private stamped(table: SyncedTable, row: object, before: unknown): void {
    this.digest.stamp(table, row, before)
    this.derived.written(table, row as Record<string, unknown>, before === null)
  }

  /**
   * Writes derived fields (bookkeeping, e.g. `search`) without a change,
   * op or audit entry: they are recomputed from the logged fields on every PC.
   */
  async setDerived<K extends SyncedTable>(table: K, id: string, values: Partial<Row<K>>): Promise<void> {
    const row = await this.get(table, id)
    if (row) await this.db.table(table).put({ ...row, ...values })
  }

  private newRow<K extends SyncedTable>(table: K, values: Draft<Row<K>>, id: string, h: string): Row<K> {
    const by = this.ctx.actor.userId
    return {
      ...values,
      id,
      createdHlc: h,
      createdAt: this.nowIso,
      createdBy: by,
      updatedAt: this.nowIso,
      updatedBy: by,
      deletedAt: null,
    } as Row<K>
  }

  /** `action`: the audit log's word when it is not a plain edit (a duplicate given a new number). */
  async update<K extends SyncedTable>(
    table: K,
    id: string,
    patch: Partial<Draft<Row<K>>>,
    action = 'update',
  ): Promise<Row<K>> {
    return this.updateRow(table, await this.mustGet(table, id), patch, action)
  }

  /**
   * `update` of a row the caller has just read in this transaction (a
   * contract's lines): one read less per row, which in Chromium is a round
   * trip to the IndexedDB backend each.
   */
  async updateRow<K extends SyncedTable>(
    table: K,
    before: Row<K>,
    patch: Partial<Draft<Row<K>>>,
    action = 'update',
  ): Promise<Row<K>> {
    if (before.deletedAt)
      throw new AppFailure('data.archived', 'errors.data.archived', { table, id: before.id })
    return this.apply(table, before, patch as Record<string, unknown>, action)
  }

  /** Tombstone: the record is hidden, never removed. */
  async archive<K extends SyncedTable>(table: K, id: string, action = 'archive'): Promise<Row<K>> {
    const before = await this.mustGet(table, id)
    if (before.deletedAt) return before
    return this.apply(table, before, { deletedAt: this.nowIso }, action)
  }

  async restore<K extends SyncedTable>(table: K, id: string): Promise<Row<K>> {
    const before = await this.mustGet(table, id)
    if (!before.deletedAt) return before
    return this.apply(table, before, { deletedAt: null }, 'restore')
  }

  /**
   * "Keep mine" / "keep theirs" on a conflict (SYNC.md "Conflict
   * surfacing"): writes `value` under a field or group `key` as an ordinary
   * op whose `p` is the current value's HLC and whose `rs` names the losing
   * values it settles, so every PC drops those conflicts.
   */
  async settle<K extends SyncedTable>(
    table: K,
    id: string,
    key: string,
    value: unknown,
    settles: readonly string[],
  ): Promise<Row<K>> {
    const before = await this.mustGet(table, id)
    const beforeRec = before as unknown as Record<string, unknown>
    const after: Record<string, unknown> = {
      ...beforeRec,
      updatedAt: this.nowIso,
      updatedBy: this.ctx.actor.userId,
    }
    assignKey(table, key, after, value)
    const h = this.tick()
    const clocks = clocksOf(before)
    const op = { ...this.op(table, id, key, value, h, clockHOf(before, key, clocks)), rs: [...settles] }
    setClocks(after, { ...clocks, [key]: nextClock(clocks[key], h, op.p, settles) })
    this.stamped(table, after, beforeRec[ROW_HASH_FIELD])
    await Promise.all([
      this.db.table(table).put(after),
      this.db._outbox.add(op),
      this.appendAudit('settleConflict', table, id, diffFields(table, beforeRec, after)),
      touchesKey(table, groupFields(table, key) ?? [key]) ? queueKeyed(this.db, table, [id]) : undefined,
    ])
    return after as unknown as Row<K>
  }

  /** This PC's numbering block (a device fact, not synced), logged as a settings change. */
  async putNumbering(row: NumberingMeta): Promise<void> {
    const before = (await this.db._meta.get('numbering')) as NumberingMeta | undefined
    await this.db._meta.put(row)
    await this.appendAudit('update', '_meta', 'numbering', {
      pcIndex: { from: before?.pcIndex ?? null, to: row.pcIndex },
      pcPrefix: { from: before?.pcPrefix ?? null, to: row.pcPrefix },
    })
  }

  /** An audit entry that changes no record (sign-in, backup, verification). */
  async event(
    action: string,
    table: string,
    rowId: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    const changes: Record<string, FieldChange> = {}
    for (const [k, v] of Object.entries(details)) changes[k] = { from: null, to: v }
    await this.appendAudit(action, table, rowId, changes)
  }

  private async mustGet<K extends SyncedTable>(table: K, id: string): Promise<Row<K>> {
    const row = await this.get(table, id)
    if (!row) throw new AppFailure('data.notFound', 'errors.data.notFound', { table, id })
    return row
  }

  private async apply<K extends SyncedTable>(
    table: K,
    before: Row<K>,
    patch: Record<string, unknown>,
    action: string,
  ): Promise<Row<K>> {
    const beforeRec = before as unknown as Record<string, unknown>
    const changes = diffFields(table, beforeRec, patch)
    const logged = Object.keys(changes).length > 0
    // A derived value (a contract's totals) is stored when it moves, but is
    // neither an op nor an audit change: every PC works it out from the lines.
    const derivedMoved = Object.keys(patch).some((f) => isDerivedField(table, f) && patch[f] !== beforeRec[f])
    if (!logged && !derivedMoved) return before
    const after = {
      ...beforeRec,
      ...patch,
      updatedAt: this.nowIso,
      updatedBy: this.ctx.actor.userId,
    } as Record<string, unknown>
    const ops = logged ? this.stamp(table, before, after, changes) : []
    this.stamped(table, after, beforeRec[ROW_HASH_FIELD])
    this.derived.changed(table, before.id, Object.keys(changes))
    // Queued together: IndexedDB runs a transaction's requests in order, and
    // a failure of any aborts them all, so nothing is gained by waiting for
    // each before queuing the next.
    await Promise.all([
      this.db.table(table).put(after),
      logged ? this.db._outbox.bulkAdd(ops) : undefined,
      logged ? this.appendAudit(action, table, before.id, changes) : undefined,
      logged && touchesKey(table, Object.keys(changes)) ? queueKeyed(this.db, table, [before.id]) : undefined,
    ])
    return after as unknown as Row<K>
  }

  /**
   * The ops of a change to an existing row (one HLC for the write), and its
   * field clocks set on `after`. A field of a group (fieldGroups.ts) is
   * logged as the whole group, under the group's clock; the audit still
   * names each field. The clocks travel with the row, so nothing is read.
   */
  private stamp(
    table: string,
    before: { id: string; createdHlc?: string; _clk?: StoredClocks },
    after: Record<string, unknown>,
    changes: Record<string, FieldChange>,
  ): OutboxOp[] {
    const keys = [...new Set(Object.keys(changes).map((f) => clockKeyOf(table, f)))]
    const h = this.tick()
    const clocks = { ...clocksOf(before) }
    const ops = keys.map((k) => {
      // A field without a clock of its own last changed when the row was created.
      const op = this.op(table, before.id, k, valueOfKey(table, k, after), h, clockHOf(before, k, clocks))
      clocks[k] = nextClock(clocks[k], h, op.p)
      return op
    })
    setClocks(after, clocks)
    return ops
  }

  /** The one op of a new row (r = its id) or of many (r = ROW_BATCH): every tracked field under ROW_GROUP. */
  private rowOp(table: string, r: string, f: string, v: unknown, h: string): OutboxOp {
    return this.op(table, r, f, v, h, null)
  }

  /** The next op of this device; `p` is the HLC of the value it overwrites. */
  private op(table: string, r: string, f: string, v: unknown, h: string, p: string | null): OutboxOp {
    const d = this.device
    d.opSeq += 1
    return {
      seq: d.opSeq,
      opId: `${d.deviceId}:${d.opSeq}`,
      t: table,
      r,
      f,
      v,
      h,
      p,
      sv: SCHEMA_VERSION,
      u: this.ctx.actor.userId,
      published: 0 as const,
    }
  }

  private tick(): string {
    const d = this.device
    const h = encodeHlc(tickHlc(d.hlc ? decodeHlc(d.hlc) : null, this.ctx.now.getTime(), d.deviceId))
    d.hlc = h
    return h
  }

  private async appendAudit(
    action: string,
    table: string,
    rowId: string,
    changes: Record<string, FieldChange>,
  ): Promise<void> {
    await this.db._audit.add(this.auditEntry(action, table, rowId, changes))
  }

  /** The next entry of this device's hash chain (advances the chain head). */
  private auditEntry(
    action: string,
    table: string,
    rowId: string,
    changes: Record<string, FieldChange>,
    rowIds?: string[],
    changesDigest?: string,
  ): AuditEntry {
    const d = this.device
    d.auditSeq += 1
    const body: Omit<AuditEntry, 'hash'> = {
      id: `${d.deviceId}:${d.auditSeq}`,
      deviceId: d.deviceId,
      seq: d.auditSeq,
      at: this.nowIso,
      actorId: this.ctx.actor.userId,
      actorName: this.ctx.actor.name,
      action,
      table,
      rowId,
      ...(rowIds ? { rowIds } : {}),
      changes: rowIds ? changes : redactChanges(changes),
      prevHash: d.auditHead,
    }
    const hash = hashAuditEntry(body, changesDigest)
    d.auditHead = hash
    return { ...body, hash }
  }
}

/** What a bulk create logs, worked out from the drafts alone (unitOfWork.ts createMany). */
export interface PreparedBatch {
  ids: string[]
  /** Row id → the fields its op carries. */
  values: Record<string, Record<string, unknown>>
  /** Row id → { from: null, to: its fields as the audit keeps them }. */
  changes: Record<string, FieldChange>
  /** SHA-256 of `changes`, for the audit entry's hash; null until worked out. */
  digest?: string
}

function prepareBatchSync(table: string, drafts: readonly object[]): PreparedBatch {
  // Ids in one tight loop: ULIDs within one millisecond only increment,
  // while each new millisecond draws 16 random characters.
  const ids = drafts.map(() => newId())
  const values: PreparedBatch['values'] = {}
  const changes: PreparedBatch['changes'] = {}
  drafts.forEach((draft, i) => {
    // The tracked fields of the row createMany will write: the draft's and deletedAt.
    values[ids[i]] = trackedValues(table, { ...draft, deletedAt: null })
    changes[ids[i]] = { from: null, to: redactValues(values[ids[i]]) }
  })
  return { ids, values, changes }
}

/**
 * Everything a bulk create logs, before its transaction: the SHA-256 over
 * every row (0.2 s in JavaScript at 10,000 rows) is native and asynchronous
 * here, which it cannot be inside an IndexedDB transaction.
 */
export async function prepareBatch(table: string, drafts: readonly object[]): Promise<PreparedBatch> {
  const prepared = prepareBatchSync(table, drafts)
  return { ...prepared, digest: await changesDigest(prepared.changes) }
}

/** The fields sync and audit carry for a new row (null for undefined). */
function trackedValues(table: string, row: object): Record<string, unknown> {
  const v: Record<string, unknown> = {}
  for (const f of trackedFields(table, row)) v[f] = (row as Record<string, unknown>)[f] ?? null
  return v
}

/** A create's audit entry lists every field it set. */
function createChanges(table: string, row: object): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {}
  for (const [f, to] of Object.entries(trackedValues(table, row))) changes[f] = { from: null, to }
  return changes
}

function asExists(err: unknown, table: string, id: string): unknown {
  if (err instanceof Error && (err.name === 'ConstraintError' || err.name === 'BulkError')) {
    return new AppFailure('data.exists', 'errors.data.exists', { table, id })
  }
  return err
}

/** Runs one user action as one transaction. */
export async function runWrite<T>(
  db: DeskDb,
  ctx: WriteContext,
  work: (w: Writer) => Promise<T>,
  /** The synced tables `work` touches (all by default), plus any sync table it settles. */
  tables: readonly string[] = syncedTables,
): Promise<T> {
  return db.transaction('rw', [...withDerivationReads(tables), ...bookkeepingTables], async (tx) => {
    flagTransaction(tx.idbtrans, 'repository')
    const [device, digest] = await Promise.all([loadDeviceMeta(db), readDigest(db)])
    const writer = new Writer(db, ctx, device)
    const result = await work(writer)
    await writer.derived.run(writer, db)
    await Promise.all([db._meta.put(device), writer.digest.save(db, digest)])
    return result
  })
}
