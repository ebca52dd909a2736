/**
 * Temp files on the share: `<final>.tmp-<deviceId>-<random>` in the final
 * file's own folder (SYNC.md "Share layout"), so the rename stays inside one
 * folder on one volume, readers can skip them by name, and each device can
 * find and remove only its own.
 */
import { randomBytes } from 'node:crypto'

/** What marks a temp file; `list` never returns a name containing it. */
export const SHARE_TEMP_MARK = '.tmp-'

export function isShareTemp(name: string): boolean {
  return name.includes(SHARE_TEMP_MARK)
}

export function shareTempPath(finalPath: string, owner: string): string {
  return `${finalPath}${SHARE_TEMP_MARK}${owner}-${randomBytes(6).toString('hex')}`
}

export function isTempOf(name: string, deviceId: string): boolean {
  return name.includes(`${SHARE_TEMP_MARK}${deviceId}-`)
}

/**
 * The temp files this process is writing right now: cleanTemps must not
 * remove a temp between its write and its rename.
 */
export type TempsInFlight = Set<string>
