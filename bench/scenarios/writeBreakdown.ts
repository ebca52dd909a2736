/**
 * Where an import's transaction goes. The writes Writer.createMany makes for
 * one import (the records, one `_outbox` op and one `_fieldClock` row per
 * field, one SHA-256-chained `_audit` entry per record) are repeated on a
 * scratch database one table per transaction, so each can be timed alone.
 * Node calls each step separately and lets the machine settle in between.
 * Separate transactions cost a little more than one, so the parts add up to
 * a little more than the real transaction.
 */
import { encodeHlc, tickHlc } from '@shared/kernel/hlc'
import { archiveSearchText } from '@shared/masterData/archiveSearch'
import { archiveSpecs } from '@shared/masterData/archiveSpecs'
import { hashAuditEntry } from '../../renderer/src/data/auditChain'
import {
  AUDIT_GENESIS,
  type AuditEntry,
  type FieldClock,
  type OutboxOp,
} from '../../renderer/src/data/bookkeeping'
import { DeskDb } from '../../renderer/src/data/db'
import { trackedFields } from '../../renderer/src/data/fieldDiff'
import { flagTransaction } from '../../renderer/src/data/guardMiddleware'
import { validateArchive } from '../../renderer/src/data/repositories/archivesRepo'
import { SCHEMA_VERSION } from '../../renderer/src/data/tables'
import { customers } from '../seed/customers'

const DB_NAME = 'bench-write-breakdown'
export const WRITE_STEPS = ['records', 'outbox', 'fieldClock', 'auditHash', 'audit'] as const
export type WriteStep = (typeof WRITE_STEPS)[number]

let data: { rows: Record<string, unknown>[]; ops: OutboxOp[]; audit: AuditEntry[] } | null = null

/** Builds the rows and ops an import of customers from … from + count − 1 writes; returns the op count. */
export async function prepareWriteBreakdown(from: number, count: number): Promise<number> {
  await DeskDb.delete(DB_NAME)
  const spec = archiveSpecs.customers
  const now = new Date().toISOString()
  const h = encodeHlc(tickHlc(null, Date.now(), 'benchdevice'))
  const rows = customers(from, count).map((values, i) => {
    const v = validateArchive('customers', values)
    const id = `bench${String(from + i).padStart(10, '0')}`
    return {
      ...v,
      search: archiveSearchText(spec, v),
      id,
      createdAt: now,
      createdBy: 'bench',
      updatedAt: now,
      updatedBy: 'bench',
      deletedAt: null,
    }
  })
  let seq = 0
  const ops: OutboxOp[] = rows.flatMap((row) =>
    trackedFields(row).map((f) => {
      seq += 1
      const op: OutboxOp = {
        seq,
        opId: `benchdevice:${seq}`,
        t: 'customers',
        r: row.id,
        f,
        v: row[f as keyof typeof row],
        h,
        p: null,
        sv: SCHEMA_VERSION,
        published: 0,
      }
      return op
    }),
  )
  data = { rows, ops, audit: [] }
  return ops.length
}

function changesOf(row: Record<string, unknown>): AuditEntry['changes'] {
  return Object.fromEntries(trackedFields(row).map((f) => [f, { from: null, to: row[f] ?? null }]))
}

async function write(table: string, put: (db: DeskDb) => Promise<unknown>): Promise<void> {
  const db = new DeskDb(DB_NAME)
  try {
    await db.transaction('rw', table, async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      await put(db)
    })
  } finally {
    db.close()
  }
}

/** Times one step; 'auditHash' is the chain's hashing alone, no IndexedDB. */
export async function writeBreakdownStep(step: WriteStep): Promise<number> {
  if (!data) throw new Error('prepareWriteBreakdown first')
  const { rows, ops } = data
  const t0 = performance.now()
  if (step === 'records') await write('customers', (db) => db.customers.bulkAdd(rows as never[]))
  if (step === 'outbox') await write('_outbox', (db) => db._outbox.bulkAdd(ops))
  if (step === 'fieldClock') {
    const clocks: FieldClock[] = ops.map((o) => ({ t: o.t, r: o.r, f: o.f, h: o.h, p: o.p }))
    await write('_fieldClock', (db) => db._fieldClock.bulkPut(clocks))
  }
  if (step === 'auditHash') {
    let prevHash = AUDIT_GENESIS
    data.audit = rows.map((row, i) => {
      const body = {
        id: `benchdevice:${i + 1}`,
        deviceId: 'benchdevice',
        seq: i + 1,
        at: String(row.createdAt),
        actorId: 'bench',
        actorName: '基准测试',
        action: 'create',
        table: 'customers',
        rowId: String(row.id),
        changes: changesOf(row),
        prevHash,
      }
      prevHash = hashAuditEntry(body)
      return { ...body, hash: prevHash }
    })
  }
  if (step === 'audit') await write('_audit', (db) => db._audit.bulkAdd(data?.audit ?? []))
  return performance.now() - t0
}

export async function endWriteBreakdown(): Promise<void> {
  data = null
  await DeskDb.delete(DB_NAME)
}
