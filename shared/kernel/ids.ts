/**
 * Record ids are ULIDs: unique without coordination between offline PCs, and
 * time-ordered so new records sort last and indexes stay append-mostly.
 */
import { monotonicFactory } from 'ulid'

// Monotonic: ids made in the same millisecond (or after the clock steps back)
// still sort in creation order, because the random part is incremented.
const nextUlid = monotonicFactory()

export function newId(): string {
  return nextUlid()
}

// Canonical uppercase Crockford base32 (no I L O U). A first character above 7
// would overflow the 48-bit timestamp, so no ULID generator can produce it.
const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/

export function isId(s: string): boolean {
  return ULID.test(s)
}
