/**
 * A segment: one immutable file of one device's changes (SYNC.md "Op
 * format"). Line 1 is the header, then one line per op (or per audit entry of
 * the writer's chain), then the footer `{count, sha256}` over everything
 * before it. A file without a valid footer is "not yet published", never
 * "empty": a reader stops there and tries again later.
 *
 * Encoding is deterministic (canonical JSON, fixed line order), so a writer
 * that crashed before recording a publish writes the identical bytes again.
 */
import { canonicalJson } from '../kernel/canonicalJson'
import { sha256Hex } from '../kernel/sha256'
import { SHARE_FORMAT_VERSION, type SyncOp } from './syncOp'

export interface SegmentHeader {
  format: number
  deviceId: string
  incarnation: number
  /** Random per device database: tells a restored copy of this PC from a clone (SYNC.md "Device identity"). */
  writerNonce: string
  /** 1, 2, 3, … per device, contiguous; the file name. */
  segNo: number
  /** Op seqs carried, contiguous across segments (seqTo = seqFrom − 1 when none). */
  seqFrom: number
  seqTo: number
  /** Audit entries carried (the device's own chain), contiguous likewise. */
  auditFrom: number
  auditTo: number
  /** Hash of the device's previous segment file, null for the first. */
  prevSegHash: string | null
}

/** An audit entry as it travels: the writer's chained entry, verbatim. */
export interface SegmentAudit {
  a: Record<string, unknown> & { id: string; deviceId: string; seq: number }
}

export interface Segment {
  header: SegmentHeader
  ops: SyncOp[]
  audit: SegmentAudit['a'][]
  /** SHA-256 of the body (the footer's): the segment's identity, the next one's prevSegHash. */
  hash: string
}

export type SegmentProblem = 'empty' | 'torn' | 'checksum' | 'malformed' | 'tooNew'

export type ParsedSegment = { ok: true; segment: Segment } | { ok: false; problem: SegmentProblem }

export function segmentName(segNo: number): string {
  return `${String(segNo).padStart(12, '0')}.jsonl`
}

const SEGMENT_NAME = /^(\d{12})\.jsonl$/

/** The segment number of a listed file name, or null for anything else. */
export function segNoOf(name: string): number | null {
  const m = SEGMENT_NAME.exec(name)
  return m ? Number(m[1]) : null
}

export function encodeSegment(
  header: SegmentHeader,
  ops: readonly SyncOp[],
  audit: SegmentAudit['a'][] = [],
): string {
  const lines = [canonicalJson(header)]
  for (const op of ops) lines.push(canonicalJson(op))
  for (const a of audit) lines.push(canonicalJson({ a }))
  const body = lines.join('\n') + '\n'
  const footer = canonicalJson({ count: lines.length - 1, sha256: sha256Hex(body) })
  return `${body}${footer}\n`
}

/**
 * The hash a valid segment is known by: its footer's SHA-256 of the body
 * (the footer follows from the body, so this names the whole file). Read,
 * not computed: for building chains of segments just encoded.
 */
export function footerHash(text: string): string {
  const start = text.lastIndexOf('\n', text.length - 2) + 1
  return (JSON.parse(text.slice(start, -1)) as { sha256: string }).sha256
}

/** SHA-256 in the platform's native code (WebCrypto): a segment is megabytes; applying many must not hash in JavaScript. */
async function digestHex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text)
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}

function isHeader(v: unknown): v is SegmentHeader {
  if (typeof v !== 'object' || v === null) return false
  const h = v as Record<string, unknown>
  const int = (k: string) => Number.isSafeInteger(h[k]) && (h[k] as number) >= 0
  return (
    int('format') &&
    typeof h.deviceId === 'string' &&
    h.deviceId.length > 0 &&
    int('incarnation') &&
    typeof h.writerNonce === 'string' &&
    int('segNo') &&
    int('seqFrom') &&
    int('seqTo') &&
    int('auditFrom') &&
    int('auditTo') &&
    (h.prevSegHash === null || typeof h.prevSegHash === 'string')
  )
}

function isOp(v: Record<string, unknown>): boolean {
  return (
    typeof v.id === 'string' &&
    typeof v.t === 'string' &&
    typeof v.r === 'string' &&
    typeof v.f === 'string' &&
    'v' in v &&
    typeof v.h === 'string' &&
    (v.p === null || typeof v.p === 'string') &&
    Number.isSafeInteger(v.sv) &&
    (v.rs === undefined || (Array.isArray(v.rs) && v.rs.every((x) => typeof x === 'string')))
  )
}

/**
 * Where a segment's body ends in its UTF-8 bytes (after the newline before
 * the footer line), or null when the file does not end in a newline (torn).
 * A newline byte is never part of a multi-byte character, so this is the
 * same cut `parseSegment` makes in the text.
 */
export function segmentBodyEnd(bytes: Uint8Array): number | null {
  const NL = 0x0a
  if (bytes.length === 0 || bytes[bytes.length - 1] !== NL) return null
  return bytes.lastIndexOf(NL, bytes.length - 2) + 1
}

/**
 * Checks footer, checksum and shape; anything short of a whole valid file is
 * a problem, never an empty segment. `bodySha256`: the body's SHA-256 when
 * whoever read the file already worked it out from its bytes (main's share
 * service does, off this thread); otherwise it is worked out here.
 */
export async function parseSegment(text: string, bodySha256?: string): Promise<ParsedSegment> {
  if (text.length === 0) return { ok: false, problem: 'empty' }
  if (!text.endsWith('\n')) return { ok: false, problem: 'torn' }
  const footerStart = text.lastIndexOf('\n', text.length - 2) + 1
  if (footerStart === 0) return { ok: false, problem: 'torn' }
  const body = text.slice(0, footerStart)
  let footer: unknown
  try {
    footer = JSON.parse(text.slice(footerStart, -1))
  } catch {
    return { ok: false, problem: 'torn' }
  }
  const f = footer as { count?: unknown; sha256?: unknown } | null
  if (typeof f !== 'object' || f === null || typeof f.sha256 !== 'string' || !Number.isSafeInteger(f.count))
    return { ok: false, problem: 'torn' }
  if ((bodySha256 ?? (await digestHex(body))) !== f.sha256) return { ok: false, problem: 'checksum' }
  const lines = body.slice(0, -1).split('\n')
  if (lines.length - 1 !== f.count) return { ok: false, problem: 'checksum' }
  try {
    const header: unknown = JSON.parse(lines[0])
    if (!isHeader(header)) return { ok: false, problem: 'malformed' }
    if (header.format > SHARE_FORMAT_VERSION) return { ok: false, problem: 'tooNew' }
    const ops: SyncOp[] = []
    const audit: SegmentAudit['a'][] = []
    for (let i = 1; i < lines.length; i++) {
      const line = JSON.parse(lines[i]) as Record<string, unknown>
      if (typeof line.a === 'object' && line.a !== null) audit.push(line.a as SegmentAudit['a'])
      else if (isOp(line)) ops.push(line as unknown as SyncOp)
      else return { ok: false, problem: 'malformed' }
    }
    return { ok: true, segment: { header, ops, audit, hash: f.sha256 } }
  } catch {
    return { ok: false, problem: 'malformed' }
  }
}
