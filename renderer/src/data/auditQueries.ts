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

/** Every audit entry of one record, newest first (its 变更记录). */
export async function recordAuditEntries(db: DeskDb, table: string, rowId: string): Promise<AuditEntry[]> {
  const entries = await db._audit
    .where('rowId')
    .equals(rowId)
    .filter((e) => e.table === table)
    .toArray()
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
