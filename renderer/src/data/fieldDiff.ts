/** Field-level differences between a stored record and its next values. */
import { canonicalJson } from '@shared/kernel/canonicalJson'
import { untrackedFields } from '@shared/tables/tableSpecs'
import type { FieldChange } from './bookkeeping'

/** The fields of a table's row that sync and audit track: everything but bookkeeping and derived fields. */
export function trackedFields(table: string, row: object): string[] {
  const skipped = untrackedFields(table)
  return Object.keys(row).filter((f) => !skipped.has(f))
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return canonicalJson(a) === canonicalJson(b)
}

/** Changed tracked fields from `before` to `after` (fields absent from `after` are left alone). */
export function diffFields(
  table: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {}
  for (const f of trackedFields(table, after)) {
    const to = after[f] === undefined ? null : after[f]
    const from = before[f] === undefined ? null : before[f]
    if (!same(from, to)) changes[f] = { from, to }
  }
  return changes
}
