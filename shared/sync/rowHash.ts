/**
 * The hash of a record's synced state and the per-table digest built from it
 * (SYNC.md "Snapshots/compaction": `stateDigest`). Two PCs that have applied
 * the same segments hold the same synced fields, so they must hold equal
 * digests; a difference is divergence.
 *
 * What is hashed: the table, the row id and every field sync carries — not
 * bookkeeping (`createdAt`, `updatedBy`, the clocks, this hash itself) nor
 * derived fields (search text, totals): `untrackedFields`. A field holding
 * null or undefined counts as absent (a local save may leave a field out
 * that the create op carried as null).
 *
 * How: each field is hashed on its own (cyrb53's two 32-bit lanes, fed the
 * field name and a typed text of its value, with no string built for a
 * string value) and the field hashes are summed, so no key needs sorting;
 * the sum is mixed with the row's own hash into a 53-bit number. A table's
 * digest is the count of its rows and the sum of their hashes (mod 2^53, as
 * two lanes): adding a row adds its hash, changing one swaps its old hash
 * for the new, in any order — so the digest is kept as the rows are written
 * and needs no rereading. Not cryptographic: it finds accidents (an engine
 * bug, a write behind the engine, a damaged database), not an attacker, who
 * could as well rewrite the log.
 */
import { canonicalJson } from '../kernel/canonicalJson'
import { untrackedFields } from '../tables/tableSpecs'

/** The bookkeeping field a stored row keeps its hash in (shared/types/records.ts). */
export const ROW_HASH_FIELD = '_rh'

const LO = 4294967296
const HI_MASK = 0x1fffff

let h1 = 0
let h2 = 0

function start(seed: number): void {
  h1 = 0xdeadbeef ^ seed
  h2 = 0x41c6ce57 ^ seed
}

/**
 * Feeds a string two UTF-16 units at a time (one 32-bit word a step: half
 * the multiplications of one unit a step, on the apply's hot path), then its
 * length, so strings differing only in a last odd unit never feed the same.
 */
function feed(s: string): void {
  const n = s.length
  let i = 0
  for (; i + 1 < n; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)
    h1 = Math.imul(h1 ^ w, 2654435761)
    h2 = Math.imul(h2 ^ w, 1597334677)
  }
  const last = i < n ? s.charCodeAt(i) : 0
  h1 = Math.imul(h1 ^ last ^ (n << 16), 2654435761)
  h2 = Math.imul(h2 ^ last ^ (n << 16), 1597334677)
}

/** cyrb53's finish: the two lanes mixed into one 53-bit number. */
function finish(): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return LO * (HI_MASK & h2) + (h1 >>> 0)
}

/** A value's text as hashed, with its type, so 1 and '1' differ. */
function valueText(v: unknown): string | null {
  switch (typeof v) {
    case 'string':
      return null // fed as it is (see fieldHash)
    case 'number':
      return `n${JSON.stringify(v)}`
    case 'boolean':
      return v ? 'T' : 'F'
    default:
      return `j${canonicalJson(v)}`
  }
}

/** Hashes one field into the lanes (h1: low 32 bits, h2: high 21 bits of its 53-bit hash). */
/**
 * The lanes after a field's name and its value's type mark, by name and
 * mark: a table has a few dozen field names, so each is fed once per app
 * run rather than once per row.
 */
const keyLanes = new Map<string, [number, number]>()

function startField(key: string, mark: string): void {
  const k = `${key}\u0000${mark}`
  const lanes = keyLanes.get(k)
  if (lanes) {
    h1 = lanes[0]
    h2 = lanes[1]
    return
  }
  start(0)
  feed(key)
  feed(`\u0000${mark}`)
  keyLanes.set(k, [h1, h2])
}

function fieldHash(key: string, v: unknown): void {
  const text = valueText(v)
  if (text === null) {
    startField(key, 's')
    feed(v as string)
  } else {
    startField(key, '')
    feed(text)
  }
  finish()
}

/** Adds two 53-bit hashes lane by lane (low 32 bits, high 21 bits, each with wrap-around). */
export function addHash(a: number, b: number): number {
  const lo = ((a % LO) + (b % LO)) % LO
  const hi = (Math.floor(a / LO) + Math.floor(b / LO)) & HI_MASK
  return hi * LO + lo
}

/** `a` minus `b`, lane by lane: undoes addHash. */
export function subHash(a: number, b: number): number {
  const lo = ((a % LO) - (b % LO) + LO) % LO
  const hi = (Math.floor(a / LO) - Math.floor(b / LO)) & HI_MASK
  return hi * LO + lo
}

/** The hash of a row's synced state: its table, id and synced fields. */
export function rowHash(table: string, row: Record<string, unknown>): number {
  const skipped = untrackedFields(table)
  let lo = 0
  let hi = 0
  for (const key in row) {
    if (skipped.has(key)) continue
    const v = row[key]
    if (v === null || v === undefined) continue
    fieldHash(key, v)
    lo = (lo + (h1 >>> 0)) >>> 0
    hi = (hi + (h2 & HI_MASK)) & HI_MASK
  }
  start(1)
  feed(table)
  feed('\u0000')
  feed(String(row.id))
  feed('\u0000')
  feed(lo.toString(16))
  feed('.')
  feed(hi.toString(16))
  return finish()
}

/** A table's synced state: how many rows, and the sum of their hashes. */
export interface TableSum {
  n: number
  sum: number
}

/** A table digest as status.json carries it: `<rows>:<sum in hex>`. */
export function tableSumText(s: TableSum): string {
  return `${s.n}:${s.sum.toString(16).padStart(14, '0')}`
}
