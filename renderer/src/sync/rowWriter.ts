/**
 * Writes merged rows as soon as they are final, instead of all at the end.
 * In Chromium each put is a round trip to the database process, which then
 * works on it while this page goes on: rows put while the next ones' search
 * text is still being worked out keep both processes busy, where one save
 * after everything left the database idle during the work and the page idle
 * during the writes.
 */
import { ROW_HASH_FIELD } from '@shared/sync/rowHash'
import type { DeskDb } from '../data/db'
import { DigestChanges, readDigest } from '../data/stateDigest'
import { type MergeState, rowKey } from './mergeState'
import { bulkFailures, failureText } from './setAside'

export class RowWriter {
  private readonly written = new Set<string>()
  private readonly writes: Promise<unknown>[] = []
  /** Each row written moves the state digest (stateDigest.ts), stored with the rows. */
  private readonly digest = new DigestChanges()
  private readonly stored: ReturnType<typeof readDigest>

  constructor(
    private readonly db: DeskDb,
    private readonly state: MergeState,
    /** Rows the store refuses (a key it will not take), with why: the apply runs again without them. */
    private readonly failures?: Map<string, string>,
  ) {
    this.stored = readDigest(db)
    // Awaited in done(); an apply that fails before it must not leave it unhandled.
    this.stored.catch(() => undefined)
  }

  /** Puts those of `keys` that are dirty and not written yet (keys: rowKey). */
  write(keys: Iterable<string>): void {
    const byTable = new Map<string, Record<string, unknown>[]>()
    for (const k of keys) {
      if (this.written.has(k) || !this.state.dirtyRows.has(k)) continue
      const row = this.state.finalRow(k)
      if (!row) continue
      this.written.add(k)
      const t = k.slice(0, k.indexOf('\u0000'))
      // Merged in place: the row still holds the hash it was read with.
      this.digest.stamp(t, row, this.state.createdRows.has(k) ? null : row[ROW_HASH_FIELD])
      let list = byTable.get(t)
      if (!list) byTable.set(t, (list = []))
      list.push(row)
    }
    for (const [t, rows] of byTable) this.writes.push(this.put(t, rows))
  }

  /** A bulk put whose refused rows are noted, one by one, instead of failing the apply. */
  private put(t: string, rows: Record<string, unknown>[]): Promise<unknown> {
    return this.db
      .table(t)
      .bulkPut(rows)
      .catch((err: unknown) => {
        const byPos = bulkFailures(err)
        if (!byPos || !this.failures) throw err
        for (const [pos, e] of Object.entries(byPos))
          this.failures.set(rowKey(t, rows[Number(pos)].id as string), failureText(e))
      })
  }

  /** Writes whatever dirty row is left, and waits for every write. */
  async done(): Promise<void> {
    this.write(this.state.dirtyRows)
    await Promise.all(this.writes)
    await this.digest.save(this.db, await this.stored)
  }
}
