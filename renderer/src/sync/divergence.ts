/**
 * 数据不一致 (SYNC.md "Snapshots/compaction": `stateDigest`). Each cycle this
 * PC publishes in its status.json the digest of its synced state with the
 * version vector it covers — the segments of every PC it has applied, and its
 * own last published one. Two PCs with equal vectors applied the same
 * changes and must hold the same records; different digests mean one of them
 * diverged (an engine bug, a write behind the engine, a damaged database).
 * Both raise the alarm, naming the tables.
 *
 * To name the rows, each PC that finds a table different writes that table's
 * row list (every row id with its hash) to its own folder on the share, once
 * per state: an immutable file named by the list's own count and sum, so
 * every file has one writer and never changes. A PC that finds the other
 * side's list named in its status compares it with its own and names the
 * rows that differ or that one side lacks.
 *
 * No digest is published while this PC holds changes of its own not on the
 * share yet, ops held back (quarantined from a clock ahead), or tables not
 * counted yet: its state is then not the vector's alone.
 */
import { canonicalJson } from '@shared/kernel/canonicalJson'
import { type TableSum, addHash, rowHash, tableSumText } from '@shared/sync/rowHash'
import type { DeskDb } from '../data/db'
import { readDevice } from '../data/deviceMeta'
import { flagTransaction } from '../data/guardMiddleware'
import { readDigest } from '../data/stateDigest'
import type { DivergenceMeta, DivergentTable } from '../data/digestRows'
import { SCHEMA_VERSION, syncedTables } from '../data/tables'
import { checkDigest, digestComplete } from './digestCheck'
import { snapDir } from './snapshots'
import { readSyncMeta } from './syncMeta'
import { type ShareTransport, devicesDir } from './shareTransport'

/** What a digest covers and holds, as status.json carries it. */
export interface StateDigest {
  /** Per PC, the last segment applied (this PC's own: the last it published). */
  vector: Record<string, number>
  /** Per table with rows: `<rows>:<sum>` (rowHash.ts tableSumText). */
  tables: Record<string, string>
}

/** This PC's part of status.json for divergence. */
export interface DigestStatus {
  stateDigest: StateDigest | null
  /** Row lists on the share for the tables found different this cycle: table → file name. */
  rowLists: Record<string, string>
}

/** Rows named per table and PC; the rest are counted. */
export const ROWS_NAMED = 100

export function emptyDivergence(): DivergenceMeta {
  return { key: 'divergence', with: {}, agree: [], rowLists: {} }
}

export async function readDivergence(db: DeskDb): Promise<DivergenceMeta> {
  return ((await db._meta.get('divergence')) as DivergenceMeta | undefined) ?? emptyDivergence()
}

/** The tables this PC found different from some other PC, each once. */
export function divergentTables(d: DivergenceMeta): string[] {
  return [...new Set(Object.values(d.with).flatMap((w) => w.tables.map((x) => x.t)))].sort()
}

/** This PC's digest and the vector it covers, or null when its state is not the vector's alone. */
export async function ownStateDigest(db: DeskDb): Promise<StateDigest | null> {
  return db.transaction('r', ['_meta', '_cursors', '_outbox', '_quarantine'], async () => {
    const [digest, meta, device, cursors, held] = await Promise.all([
      readDigest(db),
      readSyncMeta(db),
      readDevice(db),
      db._cursors.toArray(),
      db._quarantine.count(),
    ])
    if (!device || !digestComplete(digest) || held > 0) return null
    if ((await db._outbox.where('seq').above(meta.seqTo).count()) > 0) return null
    const vector: Record<string, number> = {}
    for (const c of cursors) if (c.segNo > 0) vector[c.deviceId] = c.segNo
    if (meta.segNo > 0) vector[device.deviceId] = meta.segNo
    const tables: Record<string, string> = {}
    for (const t of syncedTables) {
      const e = digest.tables[t]
      if (e.n > 0) tables[t] = tableSumText(e)
    }
    return { vector, tables }
  })
}

interface PeerStatus {
  schemaVersion?: number
  stateDigest?: StateDigest | null
  rowLists?: Record<string, string>
}

async function readStatus(share: ShareTransport, deviceId: string): Promise<PeerStatus | null> {
  const file = await share.read(`devices/${deviceId}/status.json`)
  if ('missing' in file) return null
  try {
    return JSON.parse(file.text) as PeerStatus
  } catch {
    return null
  }
}

const sameVector = (a: Record<string, number>, b: Record<string, number>): boolean =>
  canonicalJson(a) === canonicalJson(b)

function differingTables(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((t) => a[t] !== b[t]).sort()
}

/** A table's rows and their hashes, sorted by id: what a row list file holds. */
interface RowList {
  table: string
  rows: [string, number][]
}

/** Row lists sit beside the snapshots (the share's layout has a folder per PC for such files). */
const listDir = snapDir

/** Its file name: the table and the list's own count and sum, so one name always holds the same bytes. */
function listName(list: RowList): string {
  let sum = 0
  for (const [, h] of list.rows) sum = addHash(sum, h)
  const s: TableSum = { n: list.rows.length, sum }
  return `rows-${list.table.toLowerCase()}-${tableSumText(s).replace(':', '-')}.jsonl.gz`
}

async function ownRowList(db: DeskDb, t: string): Promise<RowList> {
  const rows: [string, number][] = []
  await db.table(t).each((row: Record<string, unknown>) => {
    rows.push([row.id as string, rowHash(t, row)])
  })
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return { table: t, rows }
}

async function readRowList(share: ShareTransport, deviceId: string, name: string, t: string) {
  const file = await share.read(`${listDir(deviceId)}/${name}`)
  if ('missing' in file) return null
  try {
    const list = JSON.parse(file.text) as RowList
    return list.table === t && Array.isArray(list.rows) ? list : null
  } catch {
    return null
  }
}

const named = (rows: readonly string[]): string[] => rows.slice(0, ROWS_NAMED)

/** The rows that differ between two lists, or that one of them lacks, sorted. */
export function differingRows(a: RowList, b: RowList): string[] {
  const theirs = new Map(b.rows)
  const out: string[] = []
  for (const [id, h] of a.rows) {
    if (theirs.get(id) !== h) out.push(id)
    theirs.delete(id)
  }
  out.push(...theirs.keys())
  return out.sort()
}

/**
 * One cycle's look (syncOnce, before it writes the status): goes on
 * checking the digest against the rows, compares it with every PC whose
 * status covers the same vector, names the rows where both lists are there,
 * writes this PC's lists for the tables found different, and keeps the
 * verdict. Returns what status.json publishes.
 */
export async function compareDigests(
  db: DeskDb,
  share: ShareTransport,
  self: string,
  nowMs: number,
): Promise<DigestStatus> {
  const changed = await checkDigest(db)
  const mine = await ownStateDigest(db)
  const verdict = await readDivergence(db)
  const was = canonicalJson(verdict)
  const changedHere = [...(verdict.changedHere ?? [])]
  for (const c of changed)
    if (c.r && !changedHere.some((x) => x.t === c.t && x.r === c.r)) changedHere.push(c)
  const agree = new Set(verdict.agree)
  const lists = new Map<string, Promise<RowList>>()
  const own = (t: string) => {
    let list = lists.get(t)
    if (!list) lists.set(t, (list = ownRowList(db, t)))
    return list
  }
  const different = new Set<string>()
  const peers = mine ? (await share.list(devicesDir)).names.filter((id) => id !== self) : []
  for (const id of peers) {
    const status = await readStatus(share, id)
    const theirs = status?.stateDigest
    if (
      !mine ||
      !theirs ||
      status.schemaVersion !== SCHEMA_VERSION ||
      !sameVector(mine.vector, theirs.vector)
    )
      continue
    const tables = differingTables(mine.tables, theirs.tables)
    if (tables.length === 0) {
      agree.add(id)
      delete verdict.with[id]
      continue
    }
    agree.delete(id)
    const before = verdict.with[id]?.tables ?? []
    const found: DivergentTable[] = []
    for (const t of tables) {
      different.add(t)
      const name = status.rowLists?.[t]
      const theirList = name ? await readRowList(share, id, name, t) : null
      if (!theirList) {
        // Until its list is there: what was named before, or the rows this PC's check found changed.
        const here = changedHere.filter((c) => c.t === t).map((c) => c.r)
        found.push(before.find((x) => x.t === t) ?? { t, rows: here.length ? named(here) : null, more: 0 })
        continue
      }
      const rows = differingRows(await own(t), theirList)
      found.push({ t, rows: named(rows), more: Math.max(0, rows.length - ROWS_NAMED) })
    }
    verdict.with[id] = { tables: found, at: verdict.with[id]?.at ?? new Date(nowMs).toISOString() }
  }
  const rowLists: Record<string, string> = {}
  for (const t of different) {
    const list = await own(t)
    const name = listName(list)
    if (verdict.rowLists[t] !== name)
      await share.writeImmutable(`${listDir(self)}/${name}`, canonicalJson(list), self)
    rowLists[t] = name
  }
  verdict.rowLists = rowLists
  verdict.agree = [...agree].sort()
  // Agreeing with the others again, the rows changed here no longer matter.
  const settled = Object.keys(verdict.with).length === 0 && agree.size > 0
  if (settled || changedHere.length === 0) delete verdict.changedHere
  else verdict.changedHere = changedHere.slice(0, ROWS_NAMED)
  // Written only when it moved: the pages that show it follow `_meta`.
  if (canonicalJson(verdict) !== was) await saveDivergence(db, verdict)
  return { stateDigest: mine, rowLists }
}

export async function saveDivergence(db: DeskDb, verdict: DivergenceMeta): Promise<void> {
  await db.transaction('rw', ['_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    await db._meta.put(verdict)
  })
}
