/**
 * A shared folder in memory for engine tests, with the faults SYNC.md lists
 * for readers: files hidden from listings (SMB caches), files torn or
 * corrupted, the whole share offline. Writes behave as main's share service
 * promises: immutable, same bytes again is fine, different bytes is a fork.
 * A segment read comes with its body's SHA-256, as main's share service
 * works it out from the bytes it read.
 */
import { AppFailure } from '@shared/errors/appFailure'
import { sha256Hex } from '@shared/kernel/sha256'
import type { ShareTransport } from '../../renderer/src/sync/shareTransport'

export class MemoryShare {
  readonly files = new Map<string, string>()
  /** Paths a listing does not show yet (stale SMB listing). */
  readonly unlisted = new Set<string>()
  offline = false
  shareId = 'share-1'
  formatVersion = 1
  /** False: a folder with no AppSync/FORMAT.json (format() fails with share.notAShare, as main's does). */
  isShare = true

  /** Body hashes of segment texts, by path: worked out once per text, as main works it out per read. */
  private readonly bodyHashes = new Map<string, { text: string; sha256: string | undefined }>()

  /**
   * Records the body hash of a segment put straight into `files` whose hash
   * the caller already worked out (the bench encodes segments, hashing them,
   * before timing their apply).
   */
  knowBodyHash(path: string, text: string, sha256: string): void {
    this.bodyHashes.set(path, { text, sha256 })
  }

  private bodyHashOf(path: string, text: string): string | undefined {
    const known = this.bodyHashes.get(path)
    if (known?.text === text) return known.sha256
    const end = text.endsWith('\n') ? text.lastIndexOf('\n', text.length - 2) + 1 : -1
    const sha256 = end < 0 ? undefined : sha256Hex(text.slice(0, end))
    this.bodyHashes.set(path, { text, sha256 })
    return sha256
  }

  private check(): void {
    if (this.offline) throw new AppFailure('share.offline', 'errors.share.offline')
  }

  /** Blobs on the share by hash (content, possibly corrupt). */
  readonly blobs = new Map<string, string>()

  /** `local`: the PC's attachment store (hash → content). */
  transport(local: Map<string, string> = new Map()): ShareTransport {
    return {
      publishBlob: async (sha) => {
        this.check()
        const there = this.blobs.get(sha)
        if (there !== undefined && sha256Hex(there) !== sha)
          throw new AppFailure('share.blobCorrupt', 'errors.share.blobCorrupt')
        const bytes = local.get(sha)
        if (bytes === undefined) throw new Error(`no local blob ${sha}`)
        this.blobs.set(sha, bytes)
      },
      fetchBlob: async (sha) => {
        this.check()
        if (local.has(sha)) return 'alreadyLocal'
        const there = this.blobs.get(sha)
        if (there === undefined) return 'missing'
        if (sha256Hex(there) !== sha) return 'corrupt'
        local.set(sha, there)
        return 'fetched'
      },
      format: async () => {
        this.check()
        if (!this.isShare)
          throw new AppFailure('share.notAShare', 'errors.share.notAShare', { root: 'memory' })
        return { shareId: this.shareId, formatVersion: this.formatVersion }
      },
      list: async (dir) => {
        this.check()
        const prefix = `${dir}/`
        const names = new Set<string>()
        for (const p of this.files.keys()) {
          if (!p.startsWith(prefix) || this.unlisted.has(p)) continue
          names.add(p.slice(prefix.length).split('/')[0])
        }
        return { names: [...names].sort(), missing: names.size === 0 }
      },
      read: async (path) => {
        this.check()
        const text = this.files.get(path)
        if (text === undefined) return { missing: true }
        const bodySha256 = path.endsWith('.jsonl') ? this.bodyHashOf(path, text) : undefined
        return bodySha256 === undefined ? { text } : { text, bodySha256 }
      },
      writeImmutable: async (path, text) => {
        this.check()
        const there = this.files.get(path)
        if (there !== undefined && there !== text)
          throw new AppFailure('share.fork', 'errors.share.fork', { path })
        this.files.set(path, text)
      },
      replaceTorn: async (path, text, _deviceId, tornSha256) => {
        this.check()
        const there = this.files.get(path)
        if (there === undefined || sha256Hex(there) !== tornSha256)
          throw new AppFailure('share.fork', 'errors.share.fork', { path })
        this.files.set(path, text)
      },
      compactSegments: async (deviceId, upTo) => {
        this.check()
        const own = this.segmentPaths().filter((p) => p.startsWith(`devices/${deviceId}/seg/`))
        const newest = own.at(-1)
        for (const p of own) {
          const n = Number(p.slice(p.lastIndexOf('/') + 1, -'.jsonl'.length))
          if (n <= upTo && p !== newest) this.files.delete(p)
        }
      },
      writeStatus: async (deviceId, text) => {
        this.check()
        this.files.set(`devices/${deviceId}/status.json`, text)
      },
    }
  }

  segmentPaths(): string[] {
    return [...this.files.keys()].filter((p) => p.includes('/seg/')).sort()
  }
}
