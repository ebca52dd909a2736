/**
 * A second writer under this PC's id (SYNC.md "Device identity"): the PC
 * was cloned (its disk or profile copied to another PC), or its database was
 * put back from an old copy while the original went on publishing. Either
 * way segments in this PC's folder beyond what it recorded are not the bytes
 * its own outbox gives (checkOwnFolder tells). Publishing on under the same
 * id would chain two histories into one folder, and two PCs stamping HLCs
 * with one node could stamp the same HLC on different changes. So this PC
 * takes a new id by itself, in one transaction:
 * - the ops and audit entries the other writer already published for it
 *   (the same ones, carried over in the copy) stay published under the old
 *   id;
 * - the rest were made here alone: they move to the new id (op ids, the
 *   HLCs' node and the clocks on the rows they changed, the audit entries
 *   on a chain of their own), keeping their wall time and order, so every
 *   comparison with other PCs' changes comes out as before;
 * - the old id becomes another PC: a cursor at what this PC had recorded,
 *   so the other writer's segments beyond it are applied like any PC's (a
 *   database put back from an old copy gets back what it had published
 *   since).
 */
import { canonicalJson } from '@shared/kernel/canonicalJson'
import { decodeHlc, encodeHlc } from '@shared/kernel/hlc'
import { newId } from '@shared/kernel/ids'
import type { Segment } from '@shared/sync/segment'
import { type AuditEntry, AUDIT_GENESIS, type DeviceMeta } from '../data/bookkeeping'
import { hashAuditEntry } from '../data/auditChain'
import type { DeskDb } from '../data/db'
import { loadDeviceMeta, randomNonce } from '../data/deviceMeta'
import { flagTransaction } from '../data/guardMiddleware'
import { syncScope } from './applySegment'
import { opOf } from './outgoing'
import { readSyncMeta, updateSyncMeta } from './syncMeta'
import { restampRows } from './publishGuard'

export interface NewIdentity {
  from: string
  to: string
}

/** How many of `mine` the other writer's segments already carry, in order: the same op, the same audit entry. */
function carried<T, U>(mine: readonly T[], theirs: readonly U[], same: (a: T, b: U) => boolean): number {
  let n = 0
  while (n < mine.length && n < theirs.length && same(mine[n], theirs[n])) n++
  return n
}

/**
 * Moves this PC to a new id. `theirs`: the other writer's segments in this
 * PC's folder, in order from the first one beyond this PC's record (enough
 * of them to cover what this PC has not published).
 */
export async function takeNewIdentity(
  db: DeskDb,
  theirs: readonly Segment[],
  nowIso: string,
): Promise<NewIdentity> {
  return db.transaction('rw', syncScope, async (tx) => {
    // It rewrites the log itself (this PC's unpublished audit entries move
    // to the new chain), which nothing else may: maintenance, like a schema move.
    flagTransaction(tx.idbtrans, 'maintenance')
    const [device, meta] = await Promise.all([loadDeviceMeta(db), readSyncMeta(db)])
    const old = device.deviceId
    const [ops, audit] = await Promise.all([
      db._outbox.where('seq').above(meta.seqTo).toArray(),
      db._audit
        .where('[deviceId+seq]')
        .between([old, meta.auditTo + 1], [old, Infinity], true, true)
        .toArray(),
    ])
    const opsCarried = carried(
      ops,
      theirs.flatMap((s) => s.ops),
      (a, b) => canonicalJson(opOf(a)) === canonicalJson(b),
    )
    const auditCarried = carried(
      audit,
      theirs.flatMap((s) => s.audit),
      (a, b) => a.hash === b.hash,
    )
    const to = newId()
    const moved = ops.slice(opsCarried)
    const hlcs = new Set(moved.map((op) => op.h))
    // Only this PC's own unpublished stamps move; HLCs others have seen stay.
    const map = (h: string | null): string | null =>
      h !== null && hlcs.has(h) ? encodeHlc({ ...decodeHlc(h), node: to }) : h
    const opIds = new Map(moved.map((op) => [op.opId, `${to}:${op.seq}`]))
    const next: DeviceMeta = {
      ...device,
      deviceId: to,
      incarnation: 1,
      writerNonce: randomNonce(),
      auditSeq: 0,
      auditHead: AUDIT_GENESIS,
      hlc: device.hlc ? encodeHlc({ ...decodeHlc(device.hlc), node: to }) : null,
    }
    const chain = [
      ...audit.slice(auditCarried).map((a) => ({
        ...a,
        rowId: a.rowId.startsWith('batch:')
          ? `batch:${opIds.get(a.rowId.slice(6)) ?? a.rowId.slice(6)}`
          : a.rowId,
      })),
      // The first entry of the new chain says where this PC's id came from.
      identityEntry(old, to, nowIso),
    ].map((a) => chained(next, a))
    const lastCarried = opsCarried > 0 ? ops[opsCarried - 1].seq : meta.seqTo
    // Values of this PC's that lost to another PC's here are listed under their HLC: it moves too.
    const conflicts = (await db._conflicts.toArray()).filter((c) => hlcs.has(c.h))
    await Promise.all([
      db._outbox.bulkPut([
        ...ops.slice(0, opsCarried).map((op) => ({ ...op, published: 1 as const })),
        ...moved.map((op) => ({
          ...op,
          opId: opIds.get(op.opId) as string,
          h: map(op.h) as string,
          p: map(op.p),
          ...(op.rs ? { rs: op.rs.map((h) => map(h) as string) } : {}),
        })),
      ]),
      restampRows(db, moved, map),
      db._audit.bulkDelete(audit.slice(auditCarried).map((a) => a.id)),
      db._conflicts
        .bulkDelete(conflicts.map((c) => [c.t, c.r, c.f, c.h] as [string, string, string, string]))
        .then(() =>
          db._conflicts.bulkPut(conflicts.map((c) => ({ ...c, h: map(c.h) as string, deviceId: to }))),
        ),
      db._audit.bulkAdd(chain),
      db._cursors.put({
        deviceId: old,
        incarnation: device.incarnation,
        segNo: meta.segNo,
        segHash: meta.segHash,
        seqTo: meta.seqTo,
      }),
      db._meta.put(next),
      updateSyncMeta(db, { segNo: 0, segHash: null, seqTo: lastCarried, auditTo: 0, last: null }),
    ])
    return { from: old, to }
  })
}

function identityEntry(
  from: string,
  to: string,
  at: string,
): Omit<AuditEntry, 'id' | 'deviceId' | 'seq' | 'prevHash' | 'hash'> {
  return {
    at,
    actorId: 'system',
    actorName: '系统',
    action: 'newDeviceId',
    table: 'system',
    rowId: 'device',
    changes: { deviceId: { from, to } },
  }
}

/** The entry as the next link of the new id's chain (advances `device`'s head). */
function chained(
  device: DeviceMeta,
  entry: Omit<AuditEntry, 'id' | 'deviceId' | 'seq' | 'prevHash' | 'hash'>,
): AuditEntry {
  device.auditSeq += 1
  const body: Omit<AuditEntry, 'hash'> = {
    ...entry,
    id: `${device.deviceId}:${device.auditSeq}`,
    deviceId: device.deviceId,
    seq: device.auditSeq,
    prevHash: device.auditHead,
  }
  const hash = hashAuditEntry(body)
  device.auditHead = hash
  return { ...body, hash }
}
