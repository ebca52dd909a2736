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

/**
 * A row's clocks as stored: one string, `key=h,named…` entries sorted by key
 * and joined by `;`. IndexedDB clones every value it stores, and in Chromium
 * it clones it twice (once more to read the keys out of the copy): a string
 * is one copy, where an object per clock and an array per `named` were
 * eight more objects to walk on an edited record. Rows written by earlier
 * versions hold the object form; both are read, and a row's next write
 * stores the string.
 */
export type StoredClocks = string | RowClocks

type Clocked = { createdHlc?: unknown; _clk?: unknown }

/** HLCs and clock keys never hold these (hlc.ts: digits, hex, ULID; keys are field names). */
const RESERVED = /[;=,]/

export function encodeClocks(clocks: RowClocks): string | undefined {
  const keys = Object.keys(clocks).sort()
  if (keys.length === 0) return undefined
  return keys
    .map((k) => {
      const { h, named } = clocks[k]
      const parts = named?.length ? [h, ...named] : [h]
      if (RESERVED.test(k) || parts.some((x) => RESERVED.test(x)))
        throw new RangeError(`encodeClocks: ${JSON.stringify(k)} cannot be stored`)
      return `${k}=${parts.join(',')}`
    })
    .join(';')
}

export function decodeClocks(text: string): RowClocks {
  const clocks: RowClocks = {}
  if (text === '') return clocks
  for (const entry of text.split(';')) {
    const eq = entry.indexOf('=')
    const [h, ...named] = entry.slice(eq + 1).split(',')
    clocks[entry.slice(0, eq)] = named.length ? { h, named } : { h }
  }
  return clocks
}

/** The row's clocks. Read only: change a copy and store it with setClocks. */
export function clocksOf(row: Clocked): RowClocks {
  const stored = row._clk
  if (typeof stored === 'string') return decodeClocks(stored)
  return (stored as RowClocks | undefined) ?? {}
}

/** Stores `clocks` on the row in the stored form (none: no field). */
export function setClocks(row: Record<string, unknown>, clocks: RowClocks): void {
  const text = encodeClocks(clocks)
  if (text === undefined) delete row[CLOCKS_FIELD]
  else row[CLOCKS_FIELD] = text
}

/** The HLC a field (or group) value carries: its own clock, else the row's create. */
export function clockHOf(row: Clocked, key: string, clocks: RowClocks = clocksOf(row)): string | null {
  return clocks[key]?.h ?? (typeof row.createdHlc === 'string' ? row.createdHlc : null)
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
