/** Reading and verifying the audit trail. */
import type { AuditEntry } from './bookkeeping'
import { type AuditProblem, verifyAuditEntries } from './auditChain'
import type { DeskDb } from './db'

export async function latestAuditEntries(db: DeskDb, limit: number, table?: string): Promise<AuditEntry[]> {
  const all = db._audit.orderBy('at').reverse()
  const entries = await (table ? all.filter((e) => e.table === table) : all).limit(limit).toArray()
  // Entries of one action share `at`; among them the index orders ids as
  // strings ("…:10" before "…:9"), so order them by their sequence number.
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq)
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
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq)
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
