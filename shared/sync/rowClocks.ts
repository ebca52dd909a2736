/**
 * Field clocks live on the row they describe (`_clk`, keyed by field or field
 * group), not in a table of their own: reading and writing a record then
 * reads and writes its clocks with it. In Chromium every IndexedDB request
 * is a round trip to the database process, so a separate clock store cost a
 * local save one more sequential read, and applying another PC's 50,000
 * changes 100,000 more requests (SYNC.md's `_fieldClock [t+r+f]` is the same
 * data, stored beside the values).
 */

export interface ClockEntry {
  /** HLC of the value the field holds. */
  h: string
  /**
   * HLCs of this field's values that some applied op names as the value it
   * overwrote (`p`) or settled (`rs`): a losing value named here was seen by
   * its overwriter, so it is not a conflict (SYNC.md "Conflict surfacing").
   * The value a write overwrote (its `p`) is always among them, so `p`
   * itself is not kept: clocks are half of a record's bytes otherwise.
   */
  named?: string[]
}

export type RowClocks = Record<string, ClockEntry>

/** The bookkeeping field holding a row's clocks. */
export const CLOCKS_FIELD = '_clk'

type Clocked = { createdHlc?: unknown; _clk?: unknown }

export function clocksOf(row: Clocked): RowClocks {
  return (row._clk as RowClocks | undefined) ?? {}
}

/** The HLC a field (or group) value carries: its own clock, else the row's create. */
export function clockHOf(row: Clocked, key: string): string | null {
  return clocksOf(row)[key]?.h ?? (typeof row.createdHlc === 'string' ? row.createdHlc : null)
}

/** A clock after a write stamped `h` over `p`, remembering `p` and the settled values as seen. */
export function nextClock(
  before: ClockEntry | undefined,
  h: string,
  p: string | null,
  rs: readonly string[] = [],
): ClockEntry {
  const named = new Set(before?.named ?? [])
  for (const n of [p, ...rs]) if (n) named.add(n)
  return { h, ...(named.size ? { named: [...named].sort() } : {}) }
}
