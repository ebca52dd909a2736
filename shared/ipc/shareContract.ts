/**
 * The shared-folder transport (SYNC.md "Transport", "Publish", "Attachments"):
 * every byte that goes to or comes from `<root>/AppSync`. The sync engine in
 * the renderer decides what to write and read; main only moves bytes, and
 * does so in a worker process with a timeout on every call, so a dead share
 * never freezes the app.
 *
 * Paths are relative to `<root>/AppSync`, with forward slashes, and only the
 * shapes below are accepted (the request schemas and the worker both check).
 */
import type { Empty } from './empty'

/** `<root>/AppSync/FORMAT.json`: written once by the PC that creates the share, never changed. */
export interface ShareFormat {
  shareId: string
  formatVersion: number
  minAppVersion: string
  createdAt: string
}

/** What this PC remembers about its share (`<dataDir>/share.json`). */
export interface ShareConfig {
  /** As the user gave it: a UNC path stays a UNC path (a drive letter is only a display alias). */
  root: string | null
  shareId: string | null
}

export interface ShareProbe {
  root: string
  /** Whether <root> exists and a file could be created, written, fsynced and read back. */
  writable: boolean
  /** Whether a temp file could be renamed onto a final name (SMB/AV often break this). */
  renameWorks: boolean
  /**
   * Share clock minus this PC's clock, from the probe file's server mtime
   * against the local midpoint of the write (SYNC.md publish guard); null if
   * not measurable.
   */
  clockOffsetMs: number | null
  /** FORMAT.json if <root>/AppSync already is a share (so the UI offers "join" rather than "create"). */
  format: ShareFormat | null
  /** i18n key of the first problem, null when the folder is usable. */
  problem: string | null
}

export type WriteOutcome = 'written' | 'alreadyThere'

export interface ShareService {
  config(req: Empty): Promise<ShareConfig>
  /** Tries the folder without joining it; leaves nothing behind. */
  probe(req: { root: string }): Promise<ShareProbe>
  /**
   * Makes <root>/AppSync a new share (new shareId, formatVersion 1) and
   * remembers it; share.exists when FORMAT.json is already there.
   */
  create(req: { root: string }): Promise<ShareFormat>
  /** Remembers an existing share; share.notAShare without a valid FORMAT.json, share.tooNew above the supported format. */
  join(req: { root: string }): Promise<ShareFormat>
  /** Forgets the share; touches nothing on it. */
  leave(req: Empty): Promise<{ ok: true }>
  /** FORMAT.json of the remembered share, read again (the engine checks shareId before every sync). */
  format(req: Empty): Promise<ShareFormat>
  /** Never lists temp files (`*.tmp-*`); a missing folder is `{ names: [], missing: true }`, never an error. */
  list(req: { dir: string }): Promise<{ names: string[]; missing: boolean }>
  /**
   * UTF-8 text; a `*.gz` file is gunzipped. A segment (`*.jsonl`) ending in a
   * newline also comes with `bodySha256`, the SHA-256 of its bytes before the
   * footer line, so the engine checks the footer without hashing megabytes
   * on the page's thread.
   */
  read(req: { path: string }): Promise<{ text: string; bodySha256?: string } | { missing: true }>
  /**
   * Writes a file that never changes again: temp, fsync, rename, read back.
   * The same bytes already there → alreadyThere; different bytes → share.fork.
   * `*.gz` paths are gzipped deterministically. sha256/bytes are those of the
   * file under the final name.
   */
  writeImmutable(req: {
    path: string
    text: string
    deviceId: string
  }): Promise<{ outcome: WriteOutcome; sha256: string; bytes: number }>
  /**
   * Replaces this device's own torn segment (zero-length, cut, garbage
   * appended, bad checksum: SYNC.md case 7) with its intended bytes, but only
   * while the file still holds exactly the torn content the caller read:
   * `tornSha256` is the SHA-256 of the UTF-8 text `read` returned. Anything
   * else there is share.fork; nothing valid is ever overwritten.
   */
  replaceTorn(req: {
    path: string
    text: string
    deviceId: string
    tornSha256: string
  }): Promise<{ outcome: 'replaced' | WriteOutcome; sha256: string; bytes: number }>
  /** devices/<deviceId>/status.json, temp + replace: the one file on the share that changes. */
  writeStatus(req: { deviceId: string; text: string }): Promise<{ ok: true }>
  /**
   * Compaction: removes this device's own segments numbered up to `upTo` —
   * never its newest, never anything else. The engine calls it only for
   * segments its snapshot covers and every active PC has acknowledged.
   */
  compactSegments(req: { deviceId: string; upTo: number }): Promise<{ removed: number }>
  /** Removes this device's own leftover temp files (devices/<deviceId>/**, blobs/**). */
  cleanTemps(req: { deviceId: string }): Promise<{ removed: number }>
  /**
   * Local attachment store → blobs/ab/cd/<sha256>. A blob already there is
   * hash-checked: the same → alreadyThere; different → share.blobCorrupt, and
   * it is never overwritten.
   */
  publishBlob(req: { sha256: string; deviceId: string }): Promise<{ outcome: WriteOutcome }>
  /** Share → local attachment store, hash-checked first; corrupt or missing never touch the local store. */
  fetchBlob(req: { sha256: string }): Promise<{ outcome: 'fetched' | 'alreadyLocal' | 'missing' | 'corrupt' }>
}

/** The folder inside the chosen root that holds the share. */
export const SHARE_FOLDER = 'AppSync'
/** A share path or root path never gets longer than this (Windows' long-path limit is far above any real share). */
export const SHARE_PATH_MAX_CHARS = 1000

// Device ids are ULIDs (Crockford base32, no I L O U).
const DEVICE = '[0-9A-HJKMNP-TV-Z]{26}'
const SEGMENT = '\\d{12}\\.jsonl'
const SNAPSHOT = '[0-9a-z-]{1,80}\\.jsonl\\.gz'
/** A PC's claim of a block of business numbers (renderer/src/sync/numberBlocks.ts), numbered 1, 2… */
const BLOCK_CLAIM = '\\d{6}\\.json'

export const DEVICE_ID_PATTERN = new RegExp(`^${DEVICE}$`)
/** Folders `list` accepts. */
export const SHARE_DIR_PATTERN = new RegExp(`^devices(/${DEVICE}(/(seg|snap|blocks))?)?$`)
/** Files `read` accepts. */
export const SHARE_FILE_PATTERN = new RegExp(
  `^(FORMAT\\.json|devices/${DEVICE}/(status\\.json|seg/${SEGMENT}|snap/${SNAPSHOT}|blocks/${BLOCK_CLAIM}))$`,
)
/** Files `writeImmutable` accepts (status.json and FORMAT.json have their own methods); group 1 is the device. */
export const SHARE_IMMUTABLE_PATTERN = new RegExp(
  `^devices/(${DEVICE})/(seg/${SEGMENT}|snap/${SNAPSHOT}|blocks/${BLOCK_CLAIM})$`,
)

/** Files `replaceTorn` accepts: segments only (a snapshot is never republished under its old name); group 1 is the device. */
export const SHARE_SEGMENT_PATTERN = new RegExp(`^devices/(${DEVICE})/seg/${SEGMENT}$`)

/** The device folder an immutable path belongs to, or null when the path is not one. */
export function immutablePathDevice(path: string): string | null {
  return SHARE_IMMUTABLE_PATTERN.exec(path)?.[1] ?? null
}
