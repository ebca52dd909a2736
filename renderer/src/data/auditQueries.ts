/** Reading and verifying the audit trail, and the records its entries name. */
import { isSyncedTable, parentOf, type RecordRef, refTableOf } from '@shared/tables/recordRefs'
import type { AuditEntry } from './bookkeeping'
import { type AuditProblem, verifyAuditEntries } from './auditChain'
import type { DeskDb } from './db'

type Row = Readonly<Record<string, unknown>>

export async function latestAuditEntries(db: DeskDb, limit: number, table?: string): Promise<AuditEntry[]> {
  const all = db._audit.orderBy('at').reverse()
  const entries = await (table ? all.filter((e) => e.table === table) : all).limit(limit).toArray()
  return newestFirst(entries)
}

/**
 * Entries of one action share `at`; among them the index orders ids as
 * strings ("…:10" before "…:9"), so order them by their sequence number.
 */
function newestFirst(entries: AuditEntry[]): AuditEntry[] {
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq)
}

/**
 * One user action's entries: a transaction (unitOfWork.ts runWrite) stamps
 * all of them with its actor, device and time, on consecutive numbers of
 * that device's chain. `entries` newest first (as latestAuditEntries gives
 * them); each action comes back oldest entry first, the actions newest first.
 */
export function groupAuditActions(entries: readonly AuditEntry[]): AuditEntry[][] {
  const actions: AuditEntry[][] = []
  let current: AuditEntry[] = []
  for (const e of entries) {
    const last = current[current.length - 1]
    const same =
      last !== undefined &&
      last.deviceId === e.deviceId &&
      last.actorId === e.actorId &&
      last.at === e.at &&
      last.seq === e.seq + 1
    if (!same && current.length > 0) {
      actions.push(current.reverse())
      current = []
    }
    current.push(e)
  }
  if (current.length > 0) actions.push(current.reverse())
  return actions
}

const key = (table: string, id: string) => `${table}/${id}`

/** Records by table and id, as the audit log read them (tombstoned ones too). */
export interface AuditRecords {
  get(table: string, id: string): Row | undefined
}

/** The values an entry knows of its row: those it wrote, then the stored row's. */
function entryValues(entry: AuditEntry, row: Row | undefined): Row {
  const written: Record<string, unknown> = {}
  for (const [f, c] of Object.entries(entry.changes)) written[f] = c.to
  return { ...row, ...written }
}

/** The records an entry mentions besides its own: those its changed values point to. */
function mentioned(entry: AuditEntry, row: Row | undefined): RecordRef[] {
  if (entry.rowIds || !isSyncedTable(entry.table)) return []
  const values = entryValues(entry, row)
  const out: RecordRef[] = []
  for (const [field, change] of Object.entries(entry.changes)) {
    const table = refTableOf(entry.table, field, values)
    if (!table) continue
    for (const v of [change.from, change.to])
      if (typeof v === 'string' && v !== '') out.push({ table, id: v })
  }
  return out
}

/**
 * Reads the rows an audit page names: each entry's own record, the records
 * its values point to (a customer, a scan), and every parent up the chain
 * (a line's contract), a few reads per table whatever the number of entries.
 */
export async function readAuditRecords(db: DeskDb, entries: readonly AuditEntry[]): Promise<AuditRecords> {
  const rows = new Map<string, Row | undefined>()
  /** Reads the refs not read yet, one bulkGet per table; returns the parents of the rows found. */
  const load = async (refs: readonly RecordRef[]): Promise<RecordRef[]> => {
    const byTable = new Map<string, Set<string>>()
    for (const r of refs) {
      if (!isSyncedTable(r.table) || rows.has(key(r.table, r.id))) continue
      byTable.set(r.table, (byTable.get(r.table) ?? new Set()).add(r.id))
    }
    const parents: RecordRef[] = []
    await Promise.all(
      [...byTable].map(async ([table, ids]) => {
        const list = [...ids]
        const found = (await db.table(table).bulkGet(list)) as (Row | undefined)[]
        list.forEach((id, i) => {
          rows.set(key(table, id), found[i])
          const parent = parentOf(table, found[i])
          if (parent) parents.push(parent)
        })
      }),
    )
    return parents
  }
  await load(entries.filter((e) => !e.rowIds).map((e) => ({ table: e.table, id: e.rowId })))
  let next: RecordRef[] = entries.flatMap((e) => {
    const row = rows.get(key(e.table, e.rowId))
    const parent = isSyncedTable(e.table) ? parentOf(e.table, entryValues(e, row)) : undefined
    return [...mentioned(e, row), ...(parent ? [parent] : [])]
  })
  // Parents of parents: a scan of a contact names the contact and its customer.
  for (let depth = 0; depth < 3 && next.length > 0; depth++) next = await load(next)
  return { get: (table, id) => rows.get(key(table, id)) }
}

/** 操作日志's page: the latest user actions, each whole, and the records they name. */
export interface AuditActionsPage {
  actions: AuditEntry[][]
  records: AuditRecords
}

/**
 * The latest `limit` entries as user actions (a table chosen: the actions
 * that touched it), each with all its entries, even those past the limit
 * or of other tables: every entry of an action shares its `at`.
 */
export async function latestAuditActions(
  db: DeskDb,
  limit: number,
  table?: string,
): Promise<AuditActionsPage> {
  const latest = await latestAuditEntries(db, limit, table)
  const ats = [...new Set(latest.map((e) => e.at))]
  const entries = ats.length > 0 ? newestFirst(await db._audit.where('at').anyOf(ats).toArray()) : []
  const actions = groupAuditActions(entries).filter((a) => !table || a.some((e) => e.table === table))
  return { actions, records: await readAuditRecords(db, entries) }
}

/** A bulk create's entry as it concerns one of its rows: that row's fields, as a create lists them. */
function asRowEntry(entry: AuditEntry, rowId: string): AuditEntry {
  const values = (entry.changes[rowId]?.to ?? {}) as Record<string, unknown>
  const changes: AuditEntry['changes'] = {}
  for (const [f, to] of Object.entries(values)) changes[f] = { from: null, to }
  return { ...entry, rowId, rowIds: undefined, changes }
}

/** Every audit entry of one record, newest first (its 变更记录), its import included. */
export async function recordAuditEntries(db: DeskDb, table: string, rowId: string): Promise<AuditEntry[]> {
  const own = await db._audit.where('rowId').equals(rowId).toArray()
  const batches = await db._audit.where('rowIds').equals(rowId).toArray()
  const entries = [...own, ...batches.map((e) => asRowEntry(e, rowId))].filter((e) => e.table === table)
  return newestFirst(entries)
}

/** A record's 变更记录 with the records its entries name. */
export async function recordAuditHistory(
  db: DeskDb,
  table: string,
  rowId: string,
): Promise<{ entries: AuditEntry[]; records: AuditRecords }> {
  const entries = await recordAuditEntries(db, table, rowId)
  return { entries, records: await readAuditRecords(db, entries) }
}

export interface AuditVerification {
  count: number
  problems: AuditProblem[]
}

/** Walks every device's chain in [deviceId+seq] order. */
export async function verifyAudit(db: DeskDb): Promise<AuditVerification> {
  const entries = await db._audit.orderBy('[deviceId+seq]').toArray()
  return { count: entries.length, problems: verifyAuditEntries(entries) }
}
