/**
 * The share's time as this PC knows it (SYNC.md "HLC"): the share clock
 * minus this PC's, measured with a probe file's server mtime
 * (ipcTransport.ts measureClockOffset). The publish guard judges this PC's
 * clock by it; the receive guard holds back only ops stamped more than a day
 * past the later of this PC's time and the share's, so a PC whose clock is
 * behind still takes every other PC's changes. Remembered in `_meta`
 * between cycles and measured again after REMEASURE_MS, or at once when
 * this PC's clock moved in a way time does not (set back, or set right
 * after being far off).
 */
import type { DeskDb } from '../data/db'
import { flagTransaction } from '../data/guardMiddleware'

/** A remembered offset is measured again after this long. */
export const REMEASURE_MS = 10 * 60 * 1000

interface ShareClockMeta {
  key: 'shareClock'
  /** Share clock minus this PC's, ms; null when the share's time could not be told. */
  offsetMs: number | null
  /** This PC's time when it was measured. */
  measuredAt: number
}

// A row of this PC's own bookkeeping beside the device and sync rows.
const metaRows = (db: DeskDb) => db.table<ShareClockMeta, string>('_meta')

async function stored(db: DeskDb): Promise<ShareClockMeta | undefined> {
  return metaRows(db).get('shareClock')
}

/** The remembered offset (share clock minus this PC's), 0 when never measured: the receive guard's reference. */
export async function shareOffsetMs(db: DeskDb): Promise<number> {
  return (await stored(db))?.offsetMs ?? 0
}

export interface KnownOffset {
  offsetMs: number | null
  /** Measured just now (not the remembered one). */
  measured: boolean
}

/**
 * The share's offset: the remembered one while it is fresh, else (or with
 * `fresh`) measured again and remembered. Without a way to measure, the
 * remembered one (or null).
 */
export async function knownShareOffset(
  db: DeskDb,
  measure: (() => Promise<number | null>) | undefined,
  nowMs: number,
  fresh = false,
): Promise<KnownOffset> {
  const last = await stored(db)
  const age = last ? nowMs - last.measuredAt : -1
  if (!measure || (!fresh && age >= 0 && age < REMEASURE_MS))
    return { offsetMs: last?.offsetMs ?? null, measured: false }
  const offsetMs = await measure()
  await db.transaction('rw', ['_meta'], async (tx) => {
    flagTransaction(tx.idbtrans, 'sync')
    await metaRows(db).put({ key: 'shareClock', offsetMs, measuredAt: nowMs })
  })
  return { offsetMs, measured: true }
}
