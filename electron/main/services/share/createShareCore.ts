/**
 * Every share operation over one FsPort and one clock: the worker process
 * runs this with the real node:fs/promises, tests run it in-process over a
 * fault-injecting one. Each call carries the root (and the local data folder
 * for blobs), so the core keeps no state but the temps it is writing.
 *
 * Any errno that escapes an operation becomes a share failure (full, offline)
 * at this boundary; anything else is a bug and stays an internal error.
 */
import { compactOwnSegments } from './compactSegments'
import { dirname } from 'node:path'
import {
  SHARE_DIR_PATTERN,
  SHARE_FILE_PATTERN,
  SHARE_IMMUTABLE_PATTERN,
  SHARE_SEGMENT_PATTERN,
} from '../../../../shared/ipc/shareContract'
import type { FsPort } from '../mainPorts'
import { type WriteContext, readIfThere, replaceFile, sha256Of, writeImmutableFile } from './atomicShareWrite'
import { cleanShareTemps } from './cleanShareTemps'
import { deterministicGzip, gunzipText } from './deterministicGzip'
import { probeShare } from './probeShare'
import { DEFAULT_RENAME_RETRY, type RenameRetry } from './renameWithRetry'
import { fetchBlob, publishBlob } from './shareBlobs'
import { createFormat, readFormat } from './shareFormatFile'
import { assertRootThere, assertShareThere, sharePath } from './shareRoot'
import { asShareFailure, errnoOf, shareFailure } from './shareFailures'
import type { ShareCore } from './shareCore'
import { isShareTemp } from './shareTemps'
import { segmentBodyEnd } from '../../../../shared/sync/segment'

/** A segment's body hash from the bytes read (none for a file cut short). */
function segmentBodyHash(data: Buffer): { bodySha256?: string } {
  const end = segmentBodyEnd(data)
  return end === null ? {} : { bodySha256: sha256Of(data.subarray(0, end)) }
}

export interface ShareCoreOptions {
  fs: FsPort
  now(): Date
  /** How long a blocked rename is retried (about 60 s in the app). */
  renameRetry?: RenameRetry
  /** The probe's shorter window: it answers the user while they wait. */
  probeRenameRetry?: RenameRetry
}

export const PROBE_RENAME_RETRY: RenameRetry = { windowMs: 2_000, firstDelayMs: 50, maxDelayMs: 500 }

/** Bytes of a text as written under `path`, and how to tell the same content already there. */
function encode(path: string, text: string): { data: Buffer; sameContent(existing: Buffer): boolean } {
  if (path.endsWith('.gz')) {
    // Compared as text: another zlib build may compress the same text to other bytes.
    return { data: deterministicGzip(text), sameContent: (existing) => gunzipText(existing) === text }
  }
  const data = Buffer.from(text, 'utf8')
  return { data, sameContent: (existing) => existing.equals(data) }
}

function assertOwnPath(pattern: RegExp, path: string, deviceId: string): void {
  // The request schema checked this already; a mismatch here is a bug in main.
  if (pattern.exec(path)?.[1] !== deviceId) throw new Error(`not device ${deviceId}'s path: ${path}`)
}

export function createShareCore(options: ShareCoreOptions): ShareCore {
  const { fs, now } = options
  const ctx: WriteContext = { fs, retry: options.renameRetry ?? DEFAULT_RENAME_RETRY, inFlight: new Set() }
  const probeCtx: WriteContext = { ...ctx, retry: options.probeRenameRetry ?? PROBE_RENAME_RETRY }

  /** A new file in a device's folder: the share must be there; its subfolders are made as needed. */
  async function prepareFolder(root: string, path: string): Promise<void> {
    await assertShareThere(fs, root)
    await fs.mkdir(dirname(path), { recursive: true })
  }

  const core: ShareCore = {
    probe: ({ root }) => asShareFailure(() => probeShare(probeCtx, root, now)),
    create: ({ root }) => asShareFailure(() => createFormat(ctx, root, now())),
    format: ({ root }) => asShareFailure(() => readFormat(ctx, root)),

    list: ({ root, dir }) =>
      asShareFailure(async () => {
        const path = sharePath(root, dir, SHARE_DIR_PATTERN)
        let names: string[]
        try {
          names = await fs.readdir(path)
        } catch (err) {
          const code = errnoOf(err)
          if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err
          // A missing folder is a fact to report, never "no data" — unless the root itself is gone.
          await assertRootThere(fs, root)
          return { names: [], missing: true }
        }
        return { names: names.filter((name) => !isShareTemp(name)).sort(), missing: false }
      }),

    read: ({ root, path: rel }) =>
      asShareFailure(async () => {
        const path = sharePath(root, rel, SHARE_FILE_PATTERN)
        const data = await readIfThere(fs, path)
        if (!data) {
          await assertRootThere(fs, root)
          return { missing: true as const }
        }
        if (rel.endsWith('.jsonl')) return { text: data.toString('utf8'), ...segmentBodyHash(data) }
        if (!rel.endsWith('.gz')) return { text: data.toString('utf8') }
        const text = gunzipText(data)
        if (text === undefined) throw shareFailure('unreadable', { path: rel })
        return { text }
      }),

    writeImmutable: ({ root, path: rel, text, deviceId }) =>
      asShareFailure(async () => {
        assertOwnPath(SHARE_IMMUTABLE_PATTERN, rel, deviceId)
        const path = sharePath(root, rel, SHARE_IMMUTABLE_PATTERN)
        await prepareFolder(root, path)
        const { data, sameContent } = encode(rel, text)
        const { outcome, stored } = await writeImmutableFile(ctx, {
          finalPath: path,
          shownPath: rel,
          owner: deviceId,
          data,
          sameContent,
        })
        return {
          outcome: outcome === 'written' ? 'written' : 'alreadyThere',
          sha256: sha256Of(stored),
          bytes: stored.length,
        }
      }),

    replaceTorn: ({ root, path: rel, text, deviceId, tornSha256 }) =>
      asShareFailure(async () => {
        assertOwnPath(SHARE_SEGMENT_PATTERN, rel, deviceId)
        const path = sharePath(root, rel, SHARE_SEGMENT_PATTERN)
        await prepareFolder(root, path)
        const { data, sameContent } = encode(rel, text)
        const { outcome, stored } = await writeImmutableFile(ctx, {
          finalPath: path,
          shownPath: rel,
          owner: deviceId,
          data,
          sameContent,
          // The torn content exactly as the caller read it (read() decodes UTF-8, so hash the decoded text).
          mayReplace: (existing) => sha256Of(Buffer.from(existing.toString('utf8'), 'utf8')) === tornSha256,
        })
        return { outcome, sha256: sha256Of(stored), bytes: stored.length }
      }),

    writeStatus: ({ root, deviceId, text }) =>
      asShareFailure(async () => {
        const rel = `devices/${deviceId}/status.json`
        const path = sharePath(root, rel, SHARE_FILE_PATTERN)
        await prepareFolder(root, path)
        await replaceFile(ctx, path, deviceId, Buffer.from(text, 'utf8'), rel)
        return { ok: true as const }
      }),

    cleanTemps: ({ root, deviceId }) =>
      asShareFailure(() => cleanShareTemps(fs, root, deviceId, ctx.inFlight)),
    compactSegments: ({ root, deviceId, upTo }) =>
      asShareFailure(() => compactOwnSegments(fs, root, deviceId, upTo)),
    publishBlob: (req) => asShareFailure(() => publishBlob(ctx, req)),
    fetchBlob: (req) => asShareFailure(() => fetchBlob(ctx, req)),
  }
  return core
}
