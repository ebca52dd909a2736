/** This PC's identity, created on first write (SYNC.md "Device identity"). */
import { newId } from '@shared/kernel/ids'
import { AUDIT_GENESIS, type DeviceMeta, type NumberingMeta } from './bookkeeping'
import type { DeskDb } from './db'

/** A database's writer nonce (SYNC.md "Device identity"). */
export function randomNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function newDeviceMeta(): DeviceMeta {
  return {
    key: 'device',
    deviceId: newId(),
    incarnation: 1,
    writerNonce: randomNonce(),
    opSeq: 0,
    auditSeq: 0,
    auditHead: AUDIT_GENESIS,
    hlc: null,
  }
}

/** The stored device row, if this PC has written anything yet. */
export async function readDevice(db: DeskDb): Promise<DeviceMeta | undefined> {
  return (await db._meta.get('device')) as DeviceMeta | undefined
}

/** Reads the device row inside the current transaction; a fresh one if none yet. */
export async function loadDeviceMeta(db: DeskDb): Promise<DeviceMeta> {
  return (await readDevice(db)) ?? newDeviceMeta()
}

/** Blocks a PC not on a share picks its own from (0–9: numbers 0001–9999 of each month). */
export const DEFAULT_BLOCKS = 10

/**
 * The block of a PC that has claimed none on a share: one of DEFAULT_BLOCKS
 * picked by its device id, so two PCs set up apart rarely share one (every
 * PC starting at block 0 would make the same numbers on all of them).
 */
export function defaultBlock(deviceId: string): number {
  // FNV-1a over the id: a ULID's last characters are random.
  let h = 0x811c9dc5
  for (let i = 0; i < deviceId.length; i++) h = Math.imul(h ^ deviceId.charCodeAt(i), 0x01000193)
  return (h >>> 0) % DEFAULT_BLOCKS
}

/**
 * This PC's numbering block: claimed on the share, set before, or its
 * device id's own. `deviceId`: this PC's, when the caller holds it (a
 * write's first transaction has not stored the device row yet).
 */
export async function loadNumbering(db: DeskDb, deviceId?: string): Promise<NumberingMeta> {
  const [stored, device] = await Promise.all([
    db._meta.get('numbering') as Promise<NumberingMeta | undefined>,
    deviceId === undefined ? readDevice(db) : { deviceId },
  ])
  return stored ?? { key: 'numbering', pcIndex: device ? defaultBlock(device.deviceId) : 0, pcPrefix: 'A' }
}
