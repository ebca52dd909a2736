/**
 * Synchronous SHA-256. WebCrypto's digest is async, and awaiting it inside a
 * Dexie/IndexedDB transaction lets the transaction commit early, so audit-chain
 * hashes computed in the same transaction as the write must be synchronous.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

const encoder = new TextEncoder()

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)))
}
