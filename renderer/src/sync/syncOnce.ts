/**
 * One sync cycle (SYNC.md "Publish", "Pull/apply", "Device identity"):
 * check the share is ours, publish this PC's waiting changes, then apply
 * every other PC's new segments in order. Nothing is ever inferred from a
 * missing file: a gap, a torn file or an unlisted folder just ends the
 * cycle early, to be tried again at the next poll.
 */
import { AppFailure } from '@shared/errors/appFailure'
import { sha256Hex } from '@shared/kernel/sha256'
import { type Segment, footerHash, parseSegment, segNoOf, segmentName } from '@shared/sync/segment'
import { SHARE_FORMAT_VERSION } from '@shared/sync/syncOp'
import type { DeskDb } from '../data/db'
import type { DeviceMeta } from '../data/bookkeeping'
import { readDevice } from '../data/deviceMeta'
import { SCHEMA_VERSION } from '../data/tables'
import { flagTransaction } from '../data/guardMiddleware'
import { applySegment } from './applySegment'
import { compactIfAcked } from './compaction'
import { startDigest } from './digestCheck'
import { type DigestStatus, compareDigests, readDivergence } from './divergence'
import { blobsNamed, fetchBlobs } from './blobs'
import { releaseQuarantine, replayPending } from './heldOps'
import { knownShareOffset } from './shareClock'
import { massDeleteWaiting } from './massDelete'
import { type NewIdentity, takeNewIdentity } from './newIdentity'
import { keepNumberBlock } from './numberBlocks'
import { nextSegment, rebuildSegment, recordPublished, unpublishedCount } from './outgoing'
import { readSyncMeta, updateSyncMeta } from './syncMeta'
import { judgeClock, restampFuture } from './publishGuard'
import { bootstrapFromSnapshot, catchUpFromSnapshot, maybeWriteSnapshot } from './snapshots'
import { type ShareTransport, devicesDir, segDir } from './shareTransport'
import type { SyncStop } from './syncStop'

export interface SyncReport {
  stop: SyncStop | null
  published: number
  applied: number
  /** Remote segments left for a later cycle (gap, torn or not yet listed). */
  waiting: number
  /** Share clock minus this PC's: measured this cycle, or remembered from one a few minutes ago (shareClock.ts). */
  clockOffsetMs: number | null
  /** Attachments whose bytes are not here yet (待同步). */
  pendingBlobs: number
  /** Another PC had published under this PC's id, so this PC took a new one this cycle (newIdentity.ts). */
  newIdentity: NewIdentity | null
}

export interface SyncOptions {
  now: () => number
  /** Measures share clock minus this PC's clock (a probe file's server mtime); null: not measurable. */
  clockOffsetMs?: () => Promise<number | null>
  /** Segments applied so far of those found waiting this cycle. */
  onProgress?: (done: number, total: number) => void
}

export async function syncOnce(db: DeskDb, share: ShareTransport, opts: SyncOptions): Promise<SyncReport> {
  const report: SyncReport = {
    stop: null,
    published: 0,
    applied: 0,
    waiting: 0,
    clockOffsetMs: null,
    pendingBlobs: 0,
    newIdentity: null,
  }
  const format = await share.format()
  if (format.formatVersion > SHARE_FORMAT_VERSION) return { ...report, stop: 'formatTooNew' }
  const meta = await readSyncMeta(db)
  if (meta.shareId === null) await rememberShare(db, format.shareId)
  else if (meta.shareId !== format.shareId) return { ...report, stop: 'wrongShare' }

  // The share's time first: the receive guard compares incoming stamps with it too (shareClock.ts).
  const clock = await knownShareOffset(db, opts.clockOffsetMs, opts.now())
  report.clockOffsetMs = clock.offsetMs
  await startDigest(db)
  await releaseQuarantine(db, opts.now())
  await replayPending(db, opts.now())
  let device = await readDevice(db)
  if (device) {
    const own = await checkOwnFolder(db, share, device, opts.now())
    if (own === 'ownFolderMissing') return { ...report, stop: own }
    if (own) {
      report.newIdentity = own
      device = (await readDevice(db)) ?? device
    }
    await keepNumberBlock(db, share, format.shareId, device.deviceId)
    const stop =
      (await guardPublish(db, opts, report, clock.measured)) ?? (await massDeleteWaiting(db, opts.now()))
    // A clock or delete stop holds back publishing only; other PCs' changes still come in.
    report.stop = stop
    if (!stop) {
      const out = await publish(db, share, device.deviceId)
      report.published = out.ops
      // Another PC wrote our next segment first, under our id: the check finds it now.
      const moved = out.taken ? await checkOwnFolder(db, share, device, opts.now()) : null
      if (moved && moved !== 'ownFolderMissing') {
        report.newIdentity = moved
        device = (await readDevice(db)) ?? device
        report.published += (await publish(db, share, device.deviceId)).ops
      }
    }
  }
  await bootstrapFromSnapshot(db, share, device?.deviceId ?? null, opts.now())
  const named = await pull(db, share, device?.deviceId ?? null, opts, report)
  if (device && !report.stop) {
    // A PC whose records differ from another's (数据不一致) writes no snapshot: a new PC could start from it.
    if (Object.keys((await readDivergence(db)).with).length === 0)
      await maybeWriteSnapshot(db, share, device.deviceId)
    await compactIfAcked(db, share, device.deviceId, opts.now())
  }
  report.pendingBlobs = (await fetchBlobs(db, share, named)).length
  // A PC that only received until now has an identity since this cycle's apply.
  const me = device ?? (await readDevice(db))
  if (me && !device) await keepNumberBlock(db, share, format.shareId, me.deviceId)
  if (me) {
    const digest = await compareDigests(db, share, me.deviceId, opts.now())
    await share.writeStatus(me.deviceId, await statusText(db, report, digest))
  }
  return report
}

/**
 * devices/<id>/status.json (advisory, SYNC.md layout): what this PC has
 * published and applied, so others can tell how far everyone is.
 */
async function statusText(db: DeskDb, report: SyncReport, digest: DigestStatus): Promise<string> {
  const [device, meta, cursors] = await Promise.all([readDevice(db), readSyncMeta(db), db._cursors.toArray()])
  return JSON.stringify({
    incarnation: device?.incarnation ?? 1,
    schemaVersion: SCHEMA_VERSION,
    lastSeq: meta.seqTo,
    lastSegNo: meta.segNo,
    lastSegHash: meta.segHash,
    acks: Object.fromEntries(cursors.map((c) => [c.deviceId, c.segNo])),
    heartbeatHlc: device?.hlc ?? null,
    shareClockOffsetMs: report.clockOffsetMs,
    // The state digest and the vector it covers (divergence.ts); null while this PC's state is not the vector's alone.
    stateDigest: digest.stateDigest,
    rowLists: digest.rowLists,
  })
}

async function rememberShare(db: DeskDb, shareId: string): Promise<void> {
  await db.transaction('rw', ['_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    await updateSyncMeta(db, { shareId })
  })
}

/**
 * Our published history must still be there (a share emptied or remapped
 * stops sync: case 12), its last segment whole (a torn copy is put back
 * byte for byte: case 7), and nothing past it may be someone else's. A
 * segment beyond our record with our nonce and exactly the bytes our outbox
 * gives for its ranges is ours — we crashed before recording it (case 8) —
 * and is adopted. Anything else there was written by another PC under our
 * id (a clone, or the original of a database put back from an old copy):
 * this PC takes a new id (newIdentity.ts).
 */
async function checkOwnFolder(
  db: DeskDb,
  share: ShareTransport,
  device: DeviceMeta,
  nowMs: number,
): Promise<'ownFolderMissing' | NewIdentity | null> {
  const { deviceId, writerNonce: nonce } = device
  const meta = await readSyncMeta(db)
  const listed = await share.list(segDir(deviceId))
  const numbers = listed.names.map(segNoOf).filter((n): n is number => n !== null)
  if (meta.segNo > 0 && (listed.missing || numbers.length === 0)) return 'ownFolderMissing'
  if (meta.last && numbers.includes(meta.segNo)) {
    const path = `${segDir(deviceId)}/${segmentName(meta.segNo)}`
    const file = await share.read(path)
    if (!('missing' in file) && !(await parseSegment(file.text, file.bodySha256)).ok)
      await share.replaceTorn(path, await rebuildSegment(db, meta.last), deviceId, sha256Hex(file.text))
  }
  for (let n = meta.segNo + 1; numbers.includes(n); n++) {
    const file = await share.read(`${segDir(deviceId)}/${segmentName(n)}`)
    if ('missing' in file) break
    const parsed = await parseSegment(file.text, file.bodySha256)
    if (!parsed.ok) break // torn: published again below, with the same bytes
    const { header } = parsed.segment
    if (header.writerNonce !== nonce || (await rebuildSegment(db, header)) !== file.text) {
      const theirs = await segmentsFrom(
        share,
        deviceId,
        parsed.segment,
        numbers,
        await unpublished(db, deviceId),
      )
      return takeNewIdentity(db, theirs, new Date(nowMs).toISOString())
    }
    await recordPublished(db, header, parsed.segment.hash)
  }
  return null
}

/** This PC's ops and audit entries not in a segment it recorded. */
async function unpublished(db: DeskDb, deviceId: string): Promise<{ ops: number; audit: number }> {
  const meta = await readSyncMeta(db)
  const [ops, audit] = await Promise.all([
    unpublishedCount(db),
    db._audit
      .where('[deviceId+seq]')
      .between([deviceId, meta.auditTo + 1], [deviceId, Infinity], true, true)
      .count(),
  ])
  return { ops, audit }
}

/**
 * The other writer's segments from `first` on, as many as it takes to hold
 * as many ops and audit entries as this PC has unpublished (whatever they
 * carry of this PC's own is found among those), or up to a gap or torn file.
 */
async function segmentsFrom(
  share: ShareTransport,
  deviceId: string,
  first: Segment,
  numbers: readonly number[],
  need: { ops: number; audit: number },
): Promise<Segment[]> {
  const out = [first]
  let ops = first.ops.length
  let audit = first.audit.length
  for (let n = first.header.segNo + 1; (ops < need.ops || audit < need.audit) && numbers.includes(n); n++) {
    const seg = await readSegment(share, deviceId, n)
    if (!seg) break
    out.push(seg)
    ops += seg.ops.length
    audit += seg.audit.length
  }
  return out
}

/**
 * A corrupt copy already on the share is never overwritten (it is
 * content-addressed: some PC's write tore); the segment still goes out and
 * readers keep the attachment 待同步 until the blob can be fetched whole.
 */
async function publishBlob(share: ShareTransport, sha: string, deviceId: string): Promise<void> {
  try {
    await share.publishBlob(sha, deviceId)
  } catch (err) {
    if (!(err instanceof AppFailure) || err.code !== 'share.blobCorrupt') throw err
  }
}

/** SYNC.md publish guard: measured only when something waits to go out. */
async function guardPublish(
  db: DeskDb,
  opts: SyncOptions,
  report: SyncReport,
  measured: boolean,
): Promise<SyncStop | null> {
  if (!opts.clockOffsetMs || (await unpublishedCount(db)) === 0) return null
  if (!measured)
    report.clockOffsetMs = (await knownShareOffset(db, opts.clockOffsetMs, opts.now(), true)).offsetMs
  if (judgeClock(report.clockOffsetMs) === 'stop') return 'clockWrong'
  await restampFuture(db, opts.now())
  return null
}

/**
 * Publishes what waits. `taken`: a whole segment of another PC's already
 * holds our next segment's name (a clone published first): nothing more
 * goes out under this id.
 */
async function publish(
  db: DeskDb,
  share: ShareTransport,
  deviceId: string,
): Promise<{ ops: number; taken: boolean }> {
  let ops = 0
  for (;;) {
    const seg = await nextSegment(db)
    if (!seg) return { ops, taken: false }
    const path = `${segDir(deviceId)}/${segmentName(seg.header.segNo)}`
    for (const sha of seg.blobs) await publishBlob(share, sha, deviceId)
    try {
      await share.writeImmutable(path, seg.text, deviceId)
    } catch (err) {
      if (!(err instanceof AppFailure) || err.code !== 'share.fork') throw err
      if ((await repairTorn(share, path, seg.text, deviceId, err)) === 'taken') return { ops, taken: true }
    }
    await recordPublished(db, seg.header, footerHash(seg.text))
    ops += seg.ops
  }
}

/**
 * Different bytes under our segment's name: if they are a torn copy of it
 * (a crash or a share that tore the write), they are replaced with the
 * intended bytes; a whole segment there is another writer's ('taken'), not
 * ours to overwrite.
 */
async function repairTorn(
  share: ShareTransport,
  path: string,
  text: string,
  deviceId: string,
  fork: AppFailure,
): Promise<'replaced' | 'taken'> {
  const there = await share.read(path)
  if ('missing' in there) throw fork
  if ((await parseSegment(there.text, there.bodySha256)).ok) return 'taken'
  await share.replaceTorn(path, text, deviceId, sha256Hex(there.text))
  return 'replaced'
}

async function pull(
  db: DeskDb,
  share: ShareTransport,
  self: string | null,
  opts: SyncOptions,
  report: SyncReport,
): Promise<string[]> {
  const named: string[] = []
  const devices = await share.list(devicesDir)
  // Listed first, so a large first sync can show how far it has come.
  const queues: { deviceId: string; numbers: Set<number>; at: number }[] = []
  for (const deviceId of devices.names.sort()) {
    if (deviceId === self) continue
    const listed = await share.list(segDir(deviceId))
    const numbers = new Set(listed.names.map(segNoOf).filter((n): n is number => n !== null))
    queues.push({ deviceId, numbers, at: (await db._cursors.get(deviceId))?.segNo ?? 0 })
  }
  // The next segment of some PC compacted away while this one was away: a snapshot covers it.
  const gaps = queues
    .filter((q) => !q.numbers.has(q.at + 1) && [...q.numbers].some((n) => n > q.at + 1))
    .map((q) => ({ deviceId: q.deviceId, needed: Math.min(...[...q.numbers].filter((n) => n > q.at)) - 1 }))
  if (gaps.length && (await catchUpFromSnapshot(db, share, self, opts.now(), gaps)))
    for (const q of queues) q.at = Math.max(q.at, (await db._cursors.get(q.deviceId))?.segNo ?? 0)
  const total = queues.reduce((sum, q) => sum + [...q.numbers].filter((n) => n > q.at).length, 0)
  let done = 0
  if (total > 0) opts.onProgress?.(0, total)
  for (const q of queues) {
    // The next segment is read and checked while this one is applied: the
    // share and the hashing overlap IndexedDB's work.
    const fetch = (n: number) => {
      const reading = q.numbers.has(n) ? readSegment(share, q.deviceId, n) : Promise.resolve(null)
      // Handled now, thrown where it is awaited: a share that fails while
      // the segment before is applied is not an unhandled rejection.
      reading.catch(() => undefined)
      return reading
    }
    let ahead = fetch(q.at + 1)
    for (;;) {
      const next = q.at + 1
      const segment = await ahead
      if (!segment) break
      ahead = fetch(next + 1)
      const outcome = await applySegment(db, segment, opts.now())
      if (outcome.kind === 'applied') report.applied += outcome.stats.applied
      else if (outcome.kind !== 'seen') break
      named.push(...blobsNamed(segment.ops))
      q.at = next
      opts.onProgress?.(++done, total)
    }
    for (const n of q.numbers) if (n > q.at) report.waiting += 1
  }
  return named
}

/** A listed segment read and checked, or null: missing (listing lag), torn, or not what its name says. */
async function readSegment(share: ShareTransport, deviceId: string, segNo: number): Promise<Segment | null> {
  const file = await share.read(`${segDir(deviceId)}/${segmentName(segNo)}`)
  if ('missing' in file) return null
  // The transport hashed the body where it read the bytes (main, in its worker).
  const parsed = await parseSegment(file.text, file.bodySha256)
  if (!parsed.ok) return null
  const { header } = parsed.segment
  return header.deviceId === deviceId && header.segNo === segNo ? parsed.segment : null
}
