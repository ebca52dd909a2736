/**
 * The audit trail: each device keeps its own SHA-256 chain (one global chain
 * cannot survive a merge, SYNC.md). An entry's hash covers every field but
 * the hash itself, including the previous entry's hash.
 */
import { canonicalJson } from '@shared/kernel/canonicalJson'
import { sha256Hex } from '@shared/kernel/sha256'
import { AUDIT_GENESIS, type AuditEntry } from './bookkeeping'

/** Values never copied into the audit trail in the clear. */
const redactedFields: ReadonlySet<string> = new Set(['passwordHash'])
export const REDACTED = '******'

export function redactChanges(changes: AuditEntry['changes']): AuditEntry['changes'] {
  const out: AuditEntry['changes'] = {}
  for (const [f, c] of Object.entries(changes)) {
    out[f] = redactedFields.has(f) ? { from: c.from ? REDACTED : null, to: c.to ? REDACTED : null } : c
  }
  return out
}

/** A new row's values as the audit trail keeps them (the same object when nothing is redacted). */
export function redactValues(values: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(values).some((f) => redactedFields.has(f))) return values
  const out = { ...values }
  for (const f of redactedFields) if (f in out) out[f] = out[f] ? REDACTED : null
  return out
}

/**
 * The hash of an entry: SHA-256 of its canonical JSON, previous hash included.
 * A bulk create's entry (rowIds) hashes its `changes` — every row it made —
 * as their own SHA-256 (changesDigest), which the writer works out with
 * WebCrypto before its transaction; verification recomputes it.
 */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>, changesDigest?: string): string {
  const { id, deviceId, seq, at, actorId, actorName, action, table, rowId, rowIds, changes, prevHash } = entry
  // rowIds joins the hashed fields only where present, so entries written before it keep their hashes.
  const batch = rowIds ? { rowIds } : {}
  const hashed = rowIds ? (changesDigest ?? sha256Hex(canonicalJson(changes))) : changes
  return sha256Hex(
    canonicalJson({
      id,
      deviceId,
      seq,
      at,
      actorId,
      actorName,
      action,
      table,
      rowId,
      ...batch,
      changes: hashed,
      prevHash,
    }),
  )
}

/** changesDigest for hashAuditEntry, off the main work: native SHA-256, awaited before a transaction. */
export async function changesDigest(changes: AuditEntry['changes']): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(changes))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

export interface AuditProblem {
  entryId: string
  deviceId: string
  seq: number
  kind: 'hashMismatch' | 'brokenLink' | 'gap'
}

/**
 * Checks every device's chain. Entries must be grouped by device and sorted
 * by seq (the [deviceId+seq] index gives that order).
 */
export function verifyAuditEntries(entries: Iterable<AuditEntry>): AuditProblem[] {
  const problems: AuditProblem[] = []
  let device = ''
  let prevHash = AUDIT_GENESIS
  let prevSeq = 0
  for (const e of entries) {
    if (e.deviceId !== device) {
      device = e.deviceId
      prevHash = AUDIT_GENESIS
      prevSeq = 0
    }
    const at = { entryId: e.id, deviceId: e.deviceId, seq: e.seq }
    if (e.seq !== prevSeq + 1) problems.push({ ...at, kind: 'gap' })
    if (e.prevHash !== prevHash) problems.push({ ...at, kind: 'brokenLink' })
    if (hashAuditEntry(e) !== e.hash) problems.push({ ...at, kind: 'hashMismatch' })
    prevHash = e.hash
    prevSeq = e.seq
  }
  return problems
}
