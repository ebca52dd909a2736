/**
 * What a change agreement changes, line by line: lines are matched across
 * versions by product (or, for lines typed in freely, by 品名 + 规格型号),
 * and each match is kept, changed, added or removed.
 */
import { lineAmountFen } from '../../../kernel/shareOfFen'
import type { DocumentLine } from './tradeLines'

/** Generic in the line type, so a screen gets back the very lines (with their ids) it passed in. */
export type LineChange<L extends DocumentLine = DocumentLine> =
  { kind: 'added'; after: L } | { kind: 'removed'; before: L } | { kind: 'changed'; before: L; after: L }

function keyOf(line: DocumentLine): string {
  return line.productId ? `p:${line.productId}` : `t:${line.name}\u0000${line.spec}\u0000${line.unit}`
}

function same(a: DocumentLine, b: DocumentLine): boolean {
  return (
    a.qty === b.qty &&
    a.unitFen === b.unitFen &&
    a.discountBp === b.discountBp &&
    a.taxRateBp === b.taxRateBp &&
    a.name === b.name &&
    a.spec === b.spec &&
    a.unit === b.unit
  )
}

/** Changes in the order of the new lines, removed lines after them in their old order. */
export function lineDifferences<L extends DocumentLine>(
  before: readonly L[],
  after: readonly L[],
): LineChange<L>[] {
  // Two lines of one product pair up in order: the first old with the first new.
  const pool = new Map<string, L[]>()
  for (const line of before) pool.set(keyOf(line), [...(pool.get(keyOf(line)) ?? []), line])
  const changes: LineChange<L>[] = []
  for (const line of after) {
    const old = pool.get(keyOf(line))?.shift()
    if (!old) changes.push({ kind: 'added', after: line })
    else if (!same(old, line)) changes.push({ kind: 'changed', before: old, after: line })
  }
  for (const rest of pool.values()) for (const line of rest) changes.push({ kind: 'removed', before: line })
  return changes
}

/** The change in a line's amount, fen (negative when it falls). */
export function amountChangeFen(change: LineChange): number {
  const before = change.kind === 'added' ? 0 : lineAmountFen(change.before)
  const after = change.kind === 'removed' ? 0 : lineAmountFen(change.after)
  return after - before
}
