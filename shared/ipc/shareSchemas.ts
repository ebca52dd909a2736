/**
 * Request schemas of the share service (registered in schemas.ts). Only the
 * path shapes of the share layout pass (SYNC.md "Share layout"); anything else,
 * `..` and absolute paths included, is a bad request before main sees it. The
 * worker checks every path again and resolves it inside <root>/AppSync.
 */
import { z } from 'zod'
import type { ShareService } from './shareContract'
import {
  DEVICE_ID_PATTERN,
  SHARE_DIR_PATTERN,
  SHARE_FILE_PATTERN,
  SHARE_IMMUTABLE_PATTERN,
  SHARE_PATH_MAX_CHARS,
  SHARE_SEGMENT_PATTERN,
} from './shareContract'

type Req<F> = F extends (req: infer R) => Promise<unknown> ? R : never
type ShareSchemas = { [M in keyof ShareService]: z.ZodType<Req<ShareService[M]>> }

/**
 * Largest text one write carries. A snapshot holds the whole database; the
 * test host's body limit (256 MB) and Electron's IPC both stay above this.
 */
export const SHARE_TEXT_MAX_CHARS = 128 * 1024 * 1024
/** status.json is a few hundred bytes; this only stops a runaway caller. */
export const SHARE_STATUS_MAX_CHARS = 1024 * 1024

// Written out here rather than imported from schemas.ts, which imports this file.
const sha256 = z.string().regex(/^[0-9a-f]{64}$/)
const empty = z.object({}).strict()
const deviceId = z.string().regex(DEVICE_ID_PATTERN)
// The service refuses a root that is not absolute or UNC with share.badRoot, a
// sentence the user can act on; the schema only bounds the string.
const root = z.object({ root: z.string().min(1).max(SHARE_PATH_MAX_CHARS) }).strict()
const text = z.string().max(SHARE_TEXT_MAX_CHARS)

/** A write into a device's folder must name that device: every share file has one writer. */
const ownFolder = (pattern: RegExp) => (req: { path: string; deviceId: string }) =>
  pattern.exec(req.path)?.[1] === req.deviceId
const notOwnFolder = { path: ['path'], message: "not this device's folder" }

export const shareRequestSchemas = {
  config: empty,
  probe: root,
  create: root,
  join: root,
  leave: empty,
  format: empty,
  list: z.object({ dir: z.string().regex(SHARE_DIR_PATTERN) }).strict(),
  read: z.object({ path: z.string().regex(SHARE_FILE_PATTERN) }).strict(),
  writeImmutable: z
    .object({ path: z.string().regex(SHARE_IMMUTABLE_PATTERN), text, deviceId })
    .strict()
    .refine(ownFolder(SHARE_IMMUTABLE_PATTERN), notOwnFolder),
  replaceTorn: z
    .object({ path: z.string().regex(SHARE_SEGMENT_PATTERN), text, deviceId, tornSha256: sha256 })
    .strict()
    .refine(ownFolder(SHARE_SEGMENT_PATTERN), notOwnFolder),
  writeStatus: z.object({ deviceId, text: z.string().max(SHARE_STATUS_MAX_CHARS) }).strict(),
  cleanTemps: z.object({ deviceId }).strict(),
  compactSegments: z.object({ deviceId, upTo: z.number().int().min(0).max(1e12) }).strict(),
  publishBlob: z.object({ sha256, deviceId }).strict(),
  fetchBlob: z.object({ sha256 }).strict(),
} satisfies ShareSchemas
