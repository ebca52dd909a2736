/**
 * Snapshots (SYNC.md "Snapshots/compaction"): a PC that has published many
 * segments writes its whole state — every record with its clocks, the open
 * conflicts, and the version vector it covers — as one immutable file. A PC
 * with nothing applied yet (new, or its database wiped) starts from the
 * newest one, then reads only the segments after its vector.
 *
 * A snapshot is applied as ops, not copied: each record becomes its create
 * plus one op per clocked field (naming what its clock names), so records
 * this PC already has (its own set-up) merge by the same rules as any change.
 */
import { canonicalJson } from '@shared/kernel/canonicalJson'
import { valueOfKey } from '@shared/sync/fieldGroups'
import { clocksOf } from '@shared/sync/rowClocks'
import { ROW_GROUP, SHARE_FORMAT_VERSION, type SyncOp } from '@shared/sync/syncOp'
import { untrackedFields } from '@shared/tables/tableSpecs'
import type { DeskDb } from '../data/db'
import { loadDeviceMeta, readDevice } from '../data/deviceMeta'
import { flagTransaction } from '../data/guardMiddleware'
import { SCHEMA_VERSION, syncedTables } from '../data/tables'
import { applyOps } from './applyOps'
import { mergeClock, syncScope } from './applySegment'
import { applySettingAside } from './setAside'
import { readSyncMeta, updateSyncMeta } from './syncMeta'
import type { ShareTransport } from './shareTransport'
import type { ConflictRow, CursorRow } from '../data/syncRows'

/** A PC writes a snapshot after this many segments of its own since its last one. */
export const SNAPSHOT_EVERY_SEGMENTS = 200

export interface SnapshotHeader {
  format: number
  deviceId: string
  /** Segments covered: per device, the last applied (the writer's own: its last published). */
  vector: CursorRow[]
}

export const snapDir = (deviceId: string) => `devices/${deviceId}/snap`
export const NAME = /^(\d{15})-(\d{12})\.jsonl\.gz$/

/** The snapshot's text: header, one line per record, one per open conflict. */
export async function buildSnapshot(db: DeskDb): Promise<{ name: string; text: string } | null> {
  return db.transaction('r', syncScope, async () => {
    const device = await readDevice(db)
    const meta = await readSyncMeta(db)
    if (!device) return null
    // Only a fully published state: every change in it is in some segment.
    if ((await db._outbox.where('seq').above(meta.seqTo).count()) > 0) return null
    // A PC that never published covers only what it applied from others.
    const own: CursorRow[] =
      meta.segNo > 0
        ? [
            {
              deviceId: device.deviceId,
              incarnation: device.incarnation,
              segNo: meta.segNo,
              segHash: meta.segHash,
              seqTo: meta.seqTo,
            },
          ]
        : []
    const vector = [...(await db._cursors.toArray()), ...own].sort((a, b) =>
      a.deviceId.localeCompare(b.deviceId),
    )
    const header: SnapshotHeader = { format: SHARE_FORMAT_VERSION, deviceId: device.deviceId, vector }
    const lines = [canonicalJson(header)]
    for (const t of syncedTables)
      for (const row of (await db.table(t).toArray()) as Record<string, unknown>[])
        lines.push(canonicalJson({ t, row }))
    for (const c of await db._conflicts.toArray()) lines.push(canonicalJson({ c }))
    const l = device.hlc ? device.hlc.slice(0, 15) : '0'.padStart(15, '0')
    return { name: `${l}-${String(meta.segNo).padStart(12, '0')}.jsonl.gz`, text: `${lines.join('\n')}\n` }
  })
}

/** Writes a snapshot when this PC has published enough since its last one. */
export async function maybeWriteSnapshot(
  db: DeskDb,
  share: ShareTransport,
  deviceId: string,
): Promise<boolean> {
  const meta = await readSyncMeta(db)
  if (meta.segNo - (meta.snapSegNo ?? 0) < SNAPSHOT_EVERY_SEGMENTS) return false
  return writeSnapshot(db, share, deviceId)
}

export async function writeSnapshot(db: DeskDb, share: ShareTransport, deviceId: string): Promise<boolean> {
  const snap = await buildSnapshot(db)
  if (!snap) return false
  await share.writeImmutable(`${snapDir(deviceId)}/${snap.name}`, snap.text, deviceId)
  await db.transaction('rw', ['_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const meta = await readSyncMeta(db)
    await updateSyncMeta(db, { snapSegNo: Number(NAME.exec(snap.name)?.[2] ?? meta.segNo) })
  })
  return true
}

export interface ParsedSnapshot {
  header: SnapshotHeader
  rows: { t: string; row: Record<string, unknown> }[]
  conflicts: ConflictRow[]
}

export function parseSnapshot(text: string): ParsedSnapshot | null {
  if (!text.endsWith('\n')) return null
  try {
    const lines = text.slice(0, -1).split('\n')
    const header = JSON.parse(lines[0]) as SnapshotHeader
    if (header.format > SHARE_FORMAT_VERSION || !Array.isArray(header.vector)) return null
    const rows: ParsedSnapshot['rows'] = []
    const conflicts: ConflictRow[] = []
    for (const line of lines.slice(1)) {
      const v = JSON.parse(line) as { t?: string; row?: Record<string, unknown>; c?: ConflictRow }
      if (v.c) conflicts.push(v.c)
      else if (v.t && v.row) rows.push({ t: v.t, row: v.row })
      else return null
    }
    return { header, rows, conflicts }
  } catch {
    return null
  }
}

/** A record as ops: its create, then one op per clocked field carrying what that clock names. */
export function opsOfRow(t: string, row: Record<string, unknown>, source: string): SyncOp[] {
  const id = row.id as string
  const created = row.createdHlc as string
  const values: Record<string, unknown> = {}
  const skipped = untrackedFields(t)
  for (const [f, v] of Object.entries(row)) if (!skipped.has(f)) values[f] = v
  const ops: SyncOp[] = [
    {
      id: `${source}:snap:${t}:${id}`,
      t,
      r: id,
      f: ROW_GROUP,
      v: values,
      h: created,
      p: null,
      sv: SCHEMA_VERSION,
      u: row.createdBy as string,
    },
  ]
  for (const [key, clock] of Object.entries(clocksOf(row)))
    ops.push({
      id: `${source}:snap:${t}:${id}:${key}`,
      t,
      r: id,
      f: key,
      v: valueOfKey(t, key, row),
      h: clock.h,
      p: null,
      sv: SCHEMA_VERSION,
      u: row.updatedBy as string,
      ...(clock.named?.length ? { rs: clock.named } : {}),
    })
  return ops
}

/**
 * A PC that has applied nothing yet starts from the newest valid snapshot on
 * the share. Returns whether one was applied.
 */
export async function bootstrapFromSnapshot(
  db: DeskDb,
  share: ShareTransport,
  self: string | null,
  nowMs: number,
): Promise<boolean> {
  if ((await db._cursors.count()) > 0) return false
  return applyNewestSnapshot(db, share, self, nowMs, () => true)
}

/**
 * A PC back after weeks finds the segments it needs compacted away (the next
 * one missing, later ones there): it merges the newest snapshot that covers
 * every such gap — its own unpublished changes keep their stamps, so LWW and
 * conflicts stay right — and goes on from the snapshot's vector. A gap no
 * snapshot covers is a listing not caught up yet: nothing is done.
 */
export async function catchUpFromSnapshot(
  db: DeskDb,
  share: ShareTransport,
  self: string | null,
  nowMs: number,
  gaps: readonly { deviceId: string; needed: number }[],
): Promise<boolean> {
  return applyNewestSnapshot(db, share, self, nowMs, (vector) =>
    gaps.every((g) => (vector.find((c) => c.deviceId === g.deviceId)?.segNo ?? 0) >= g.needed),
  )
}

async function applyNewestSnapshot(
  db: DeskDb,
  share: ShareTransport,
  self: string | null,
  nowMs: number,
  usable: (vector: readonly CursorRow[]) => boolean,
): Promise<boolean> {
  const devices = await share.list('devices')
  const found: { deviceId: string; name: string }[] = []
  for (const deviceId of devices.names) {
    if (deviceId === self) continue
    const listed = await share.list(snapDir(deviceId))
    for (const name of listed.names) if (NAME.test(name)) found.push({ deviceId, name })
  }
  found.sort((a, b) => b.name.localeCompare(a.name))
  for (const f of found) {
    const file = await share.read(`${snapDir(f.deviceId)}/${f.name}`)
    if ('missing' in file) continue
    const snap = parseSnapshot(file.text)
    if (!snap || snap.header.deviceId !== f.deviceId || !usable(snap.header.vector)) continue
    // A row this PC cannot write is set aside, never the whole snapshot refused (setAside.ts).
    await applySettingAside((setAside) => applySnapshot(db, snap, f.deviceId, self, nowMs, setAside))
    return true
  }
  return false
}

async function applySnapshot(
  db: DeskDb,
  snap: ParsedSnapshot,
  from: string,
  self: string | null,
  nowMs: number,
  setAside: ReadonlyMap<string, string>,
): Promise<void> {
  await db.transaction('rw', syncScope, async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    const device = await loadDeviceMeta(db)
    const ops = snap.rows.flatMap(({ t, row }) => opsOfRow(t, row, from))
    const stats = await applyOps(db, ops, nowMs, setAside)
    // Conflicts only where this PC has none of its own for the value already.
    for (const c of snap.conflicts)
      if (!(await db._conflicts.get([c.t, c.r, c.f, c.h]))) await db._conflicts.put(c)
    // A cursor only ever moves forward.
    for (const c of snap.header.vector) {
      if (c.deviceId === self) continue
      const at = await db._cursors.get(c.deviceId)
      if (!at || at.segNo < c.segNo) await db._cursors.put(c)
    }
    await mergeClock(db, device, stats.maxH, nowMs)
  })
}
