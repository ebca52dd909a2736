/**
 * One SHA-256 per table over its rows, computed the same way on export (from
 * the exported rows) and after a restore (from the restored database), so a
 * restore can prove it holds exactly what was archived. Rows are hashed in the
 * order of their primary key, each as canonical JSON (sorted keys), one per
 * line: the insertion order and key order of the database do not matter.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { canonicalJson } from '../kernel/canonicalJson'

const encoder = new TextEncoder()

/**
 * The primary key of a row given Dexie's schema string for its table
 * (`'id, customerId'`, `'[t+r+f]'`, `'++seq'`), as canonical JSON so compound
 * and numeric keys compare the same everywhere.
 */
export function primaryKeyOf(schema: string): (row: Record<string, unknown>) => string {
  const spec = schema
    .split(',')[0]
    .trim()
    .replace(/^(\+\+|&)/, '')
  if (spec.startsWith('[') && spec.endsWith(']')) {
    const parts = spec.slice(1, -1).split('+')
    return (row) => canonicalJson(parts.map((p) => row[p] ?? null))
  }
  return (row) => canonicalJson(row[spec] ?? null)
}

export function tableHash(rows: readonly Record<string, unknown>[], schema: string): string {
  const keyOf = primaryKeyOf(schema)
  const keyed = rows.map((row) => [keyOf(row), row] as const)
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const hash = sha256.create()
  for (const [, row] of keyed) hash.update(encoder.encode(canonicalJson(row) + '\n'))
  return bytesToHex(hash.digest())
}
