/**
 * Joining from the first start (SYNC.md "Joining, keys and numbers"): a PC
 * whose database holds nothing of its own takes the share's company, users
 * and records — the newest snapshot, then every segment after it — through
 * the cycle the runner uses (syncOnce), until no segment is left waiting.
 * It creates nothing itself: no company, no administrator, no outbox op,
 * no audit entry. Its device row (id, clock) appears with the first apply,
 * as on any PC that has only received; the first change a person makes
 * later is published under it.
 *
 * The wizard runs this before anyone can sign in (the runner only runs in
 * the signed-in frame); afterwards the company row is there, so the PC
 * counts as set up (setupRepo.isSetUp) and the sign-in screen follows.
 */
import { AppFailure } from '@shared/errors/appFailure'
import { SHARE_FORMAT_VERSION } from '@shared/sync/syncOp'
import type { DeskDb } from '../data/db'
import { readDevice } from '../data/deviceMeta'
import { isSetUp } from '../data/repositories/setupRepo'
import { syncedTables } from '../data/tables'
import { bootstrapFromSnapshot } from './snapshots'
import type { ShareFormatInfo, ShareTransport } from './shareTransport'
import { readSyncMeta } from './syncMeta'
import { syncOnce } from './syncOnce'

export interface JoinPorts {
  /**
   * Main's share.join: reads <root>/AppSync/FORMAT.json and remembers the
   * share; throws share.offline, share.notAShare, share.tooNew, share.badRoot.
   */
  join(root: string): Promise<ShareFormatInfo>
  /** The share the runner uses (ipcTransport in the app). */
  transport: ShareTransport
  clockOffsetMs?: () => Promise<number | null>
}

export type JoinProgress =
  | { phase: 'checking' }
  | { phase: 'snapshot' }
  /** Segments applied of those found so far (every cycle's count added up). */
  | { phase: 'segments'; done: number; total: number }

export interface JoinOptions {
  root: string
  now: () => number
  onProgress?: (progress: JoinProgress) => void
  /** Waited before a cycle that applied nothing is tried again (SMB listings lag); tests pass none. */
  pause?: () => Promise<void>
}

export interface JoinResult {
  /** Segments applied. */
  segments: number
  users: number
  /** Every other synced row but settings: records and their lines, contacts, attachments… */
  records: number
  /** Segments still unreadable after the retries (torn, or not listed yet): the runner goes on with them. */
  waiting: number
}

/** Cycles in a row that apply nothing while segments wait, before the join ends without them. */
export const STALLED_CYCLES = 3

/** A refusal of the join itself: `join.<reason>`, its sentence under join.refused (i18n/join.zh-CN.ts). */
function refusal(reason: 'notFresh' | 'wrongShare' | 'ownFolderMissing' | 'noCompany'): AppFailure {
  return new AppFailure(`join.${reason}`, `join.refused.${reason}`)
}

/** As main's share.join refuses a newer format. */
function tooNew(formatVersion: number): AppFailure {
  return new AppFailure('share.tooNew', 'errors.share.tooNew', {
    formatVersion,
    supported: SHARE_FORMAT_VERSION,
  })
}

/**
 * Whether anything in this database was written here: one op in the
 * outbox is enough (set-up, a sign-in of its own users, any record). Such
 * a PC joins from 系统设置 → 共享文件夹, where its own data is kept.
 */
async function hasOwnWrites(db: DeskDb): Promise<boolean> {
  if ((await db._outbox.count()) > 0) return true
  const device = await readDevice(db)
  return device !== undefined && (device.opSeq > 0 || device.auditSeq > 0)
}

export async function joinFromStart(db: DeskDb, ports: JoinPorts, opts: JoinOptions): Promise<JoinResult> {
  const progress = opts.onProgress ?? (() => undefined)
  if (await hasOwnWrites(db)) throw refusal('notFresh')
  progress({ phase: 'checking' })
  const format = await ports.join(opts.root)
  if (format.formatVersion > SHARE_FORMAT_VERSION) throw tooNew(format.formatVersion)
  // A join left halfway (the share went away) goes on, but only with the same share.
  const { shareId } = await readSyncMeta(db)
  if (shareId !== null && shareId !== format.shareId) throw refusal('wrongShare')

  progress({ phase: 'snapshot' })
  await bootstrapFromSnapshot(db, ports.transport, (await readDevice(db))?.deviceId ?? null, opts.now())

  let segments = 0
  let stalled = 0
  let waiting = 0
  for (;;) {
    let done = 0
    const report = await syncOnce(db, ports.transport, {
      now: opts.now,
      clockOffsetMs: ports.clockOffsetMs,
      onProgress: (d, total) => {
        done = d
        // Each cycle counts only what it found; the bar shows the whole join.
        progress({ phase: 'segments', done: segments + d, total: segments + total })
      },
    })
    segments += done
    if (report.stop === 'formatTooNew') throw tooNew((await ports.transport.format()).formatVersion)
    if (report.stop === 'wrongShare' || report.stop === 'ownFolderMissing') throw refusal(report.stop)
    waiting = report.waiting
    if (waiting === 0) break
    stalled = done > 0 ? 0 : stalled + 1
    if (stalled >= STALLED_CYCLES) break
    await opts.pause?.()
  }
  progress({ phase: 'segments', done: segments, total: segments + waiting })
  // A share with no company in it yet: its first PC has not published its set-up.
  if (!(await isSetUp(db))) throw refusal('noCompany')
  return { segments, waiting, ...(await counts(db)) }
}

const notRecords: ReadonlySet<string> = new Set(['company', 'users', 'settings'])

async function counts(db: DeskDb): Promise<{ users: number; records: number }> {
  let records = 0
  for (const t of syncedTables) if (!notRecords.has(t)) records += await db.table(t).count()
  return { users: await db.users.count(), records }
}
