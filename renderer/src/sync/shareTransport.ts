/**
 * What the sync engine needs from the shared folder: main's `share` service
 * (electron/main/services/share) in the app; an in-memory or fault-injecting
 * folder in tests. Paths are relative to `<root>/AppSync`.
 */
export interface ShareFormatInfo {
  shareId: string
  formatVersion: number
}

export interface ShareTransport {
  /** FORMAT.json of the configured share; throws when the share is offline or is not one. */
  format(): Promise<ShareFormatInfo>
  /** File names in a folder (temps never listed); a missing folder is `missing`, not an error. */
  list(dir: string): Promise<{ names: string[]; missing: boolean }>
  /** A segment's text comes with its body's SHA-256 where the transport works it out (main's does). */
  read(path: string): Promise<{ text: string; bodySha256?: string } | { missing: true }>
  /**
   * Writes a file that never changes again. The same bytes already there is
   * success; different bytes throw a failure with code 'share.fork'.
   */
  writeImmutable(path: string, text: string, deviceId: string): Promise<void>
  /**
   * Replaces a torn file of this device's own (zero-length, cut, garbage
   * appended, bad checksum) with its intended bytes — only if the file still
   * holds exactly the torn bytes read (`tornSha256`), so nothing valid is
   * ever overwritten (SYNC.md case 7).
   */
  replaceTorn(path: string, text: string, deviceId: string, tornSha256: string): Promise<void>
  /**
   * Attachment bytes from this PC's store to the share (content-addressed);
   * done before any segment naming them is published.
   */
  publishBlob(sha256: string, deviceId: string): Promise<void>
  /** Share → this PC's store, hash-checked first; corrupt or missing never touch the local store. */
  fetchBlob(sha256: string): Promise<'fetched' | 'alreadyLocal' | 'missing' | 'corrupt'>
  /** Removes this device's own segments up to `upTo` (never its newest): compaction. */
  compactSegments(deviceId: string, upTo: number): Promise<void>
  /** The device's advisory status file (the one file that is replaced). */
  writeStatus(deviceId: string, text: string): Promise<void>
}

export const devicesDir = 'devices'
export const segDir = (deviceId: string): string => `devices/${deviceId}/seg`
