/** The sidecar `<name>.sha256`: what the backup must hash to, and why it was taken. */
import type { BackupInfo } from '../../../../shared/ipc/contract'

export type BackupMeta = Omit<BackupInfo, 'name'>

export function serializeMeta(meta: BackupMeta): string {
  return JSON.stringify({ sha256: meta.sha256, bytes: meta.bytes, at: meta.at, reason: meta.reason }, null, 2)
}

/** undefined when the sidecar is not a well-formed record of ours. */
export function parseMeta(text: string): BackupMeta | undefined {
  let v: Partial<Record<keyof BackupMeta, unknown>>
  try {
    v = JSON.parse(text) as typeof v
  } catch {
    return undefined
  }
  if (typeof v !== 'object' || v === null) return undefined
  const { sha256, bytes, at, reason } = v
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return undefined
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) return undefined
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined
  if (reason !== 'auto' && reason !== 'manual') return undefined
  return { sha256, bytes, at, reason }
}
