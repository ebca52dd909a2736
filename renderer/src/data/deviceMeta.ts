/** This PC's identity, created on first write (SYNC.md "Device identity"). */
import { newId } from '@shared/kernel/ids'
import { AUDIT_GENESIS, type DeviceMeta } from './bookkeeping'
import type { DeskDb } from './db'

function randomNonce(): string {
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

/** Reads the device row inside the current transaction; a fresh one if none yet. */
export async function loadDeviceMeta(db: DeskDb): Promise<DeviceMeta> {
  return (await db._meta.get('device')) ?? newDeviceMeta()
}
