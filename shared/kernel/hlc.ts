/**
 * Hybrid logical clock (SYNC.md "HLC"): our own ~100 lines instead of a crdt
 * package. Timestamps are stored and compared as strings whose plain string
 * order is the total order (l, c, node) used for last-writer-wins.
 *
 * Clock anomalies never throw — a PC whose clock stepped back keeps counting
 * on its last `l`, and a 32-bit counter overflow moves `l` forward 1 ms.
 * Only malformed arguments (programming errors) throw a RangeError. Rejecting
 * remotes from far in the future is the caller's job (SYNC.md receive guard).
 */

export interface Hlc {
  /** Physical time in ms since the epoch. */
  l: number
  /** Logical counter, unsigned 32-bit. */
  c: number
  /** Device id; ties between devices are broken by it. */
  node: string
}

const MAX_COUNTER = 0xffffffff
/** 15 decimal digits: enough for ms until the year 33658. */
const MAX_L = 999_999_999_999_999
const ENCODED = /^(\d{15})-([0-9a-f]{8})-([\s\S]+)$/

function assertHlc(h: Hlc, fn: string): void {
  if (!Number.isSafeInteger(h.l) || h.l < 0 || h.l > MAX_L) throw new RangeError(`${fn}: bad l ${h.l}`)
  if (!Number.isInteger(h.c) || h.c < 0 || h.c > MAX_COUNTER) throw new RangeError(`${fn}: bad c ${h.c}`)
  assertNode(h.node, fn)
}

function assertNode(node: string, fn: string): void {
  if (node.length === 0) throw new RangeError(`${fn}: node must not be empty`)
}

function assertNow(nowMs: number, fn: string): void {
  if (!Number.isSafeInteger(nowMs) || nowMs < 0 || nowMs > MAX_L) {
    throw new RangeError(`${fn}: nowMs must be an integer ms timestamp, got ${nowMs}`)
  }
}

/** Builds the result, turning a counter past 32 bits into the next millisecond. */
function make(l: number, c: number, node: string): Hlc {
  if (c <= MAX_COUNTER) return { l, c, node }
  if (l >= MAX_L) throw new RangeError('HLC exhausted: l reached 15 digits')
  return { l: l + 1, c: 0, node }
}

/**
 * `001767225600000-0000002a-<node>`: fixed-width l and c make string order
 * equal numeric order, and the node goes last so it can contain any character
 * (decoding splits on the first two '-' only).
 */
export function encodeHlc(h: Hlc): string {
  assertHlc(h, 'encodeHlc')
  return `${String(h.l).padStart(15, '0')}-${h.c.toString(16).padStart(8, '0')}-${h.node}`
}

export function decodeHlc(s: string): Hlc {
  const m = ENCODED.exec(s)
  if (m === null) throw new RangeError(`decodeHlc: malformed HLC ${JSON.stringify(s)}`)
  return { l: Number(m[1]), c: parseInt(m[2], 16), node: m[3] }
}

/** Timestamp for a local event; always greater than `last` in (l, c). */
export function tickHlc(last: Hlc | null, nowMs: number, node: string): Hlc {
  assertNow(nowMs, 'tickHlc')
  assertNode(node, 'tickHlc')
  if (last === null) return { l: nowMs, c: 0, node }
  assertHlc(last, 'tickHlc')
  if (nowMs > last.l) return { l: nowMs, c: 0, node }
  return make(last.l, last.c + 1, node)
}

/** Merges a remote timestamp on receipt; the result is greater than both `last` and `remote` in (l, c). */
export function receiveHlc(last: Hlc | null, remote: Hlc, nowMs: number, node: string): Hlc {
  assertNow(nowMs, 'receiveHlc')
  assertNode(node, 'receiveHlc')
  assertHlc(remote, 'receiveHlc')
  if (last === null) {
    if (nowMs > remote.l) return { l: nowMs, c: 0, node }
    return make(remote.l, remote.c + 1, node)
  }
  assertHlc(last, 'receiveHlc')
  const l = Math.max(last.l, remote.l, nowMs)
  let c: number
  if (l === last.l && l === remote.l) c = Math.max(last.c, remote.c) + 1
  else if (l === last.l) c = last.c + 1
  else if (l === remote.l) c = remote.c + 1
  else c = 0
  return make(l, c, node)
}

/** Orders encoded HLCs; plain string comparison is the total order by construction. */
export function compareHlc(a: string, b: string): number {
  if (a < b) return -1
  return a > b ? 1 : 0
}

export function hlcPhysicalMs(s: string): number {
  return decodeHlc(s).l
}
