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

/** This PC's numbering block; the first PC's until someone sets it. */
export async function loadNumbering(db: DeskDb): Promise<NumberingMeta> {
  return (
    ((await db._meta.get('numbering')) as NumberingMeta | undefined) ?? {
      key: 'numbering',
      pcIndex: 0,
      pcPrefix: 'A',
    }
  )
}
