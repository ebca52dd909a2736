/**
 * Attachment rows: which stored file (by SHA-256) belongs to which record.
 * The file itself is in main's store and is never removed; 停用 hides the row
 * only, so a tombstoned attachment can be restored with its file intact.
 */
import { assertCan, type Permission } from '@shared/auth/permissions'
import type { StoredAttachment } from '@shared/ipc/contract'
import { AppFailure } from '@shared/errors/appFailure'
import type { AnyRecord, AttachmentRecord } from '@shared/masterData/archiveRecords'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import type { DeskDb } from '../db'
import { runWrite, type WriteContext } from '../unitOfWork'

export interface OwnerRef {
  table: SyncedTable
  id: string
}

/** Who may attach to and remove from this owner's files: its table spec says (none: it takes no files). */
export function editPermission(owner: OwnerRef): Permission {
  const attach = Object.hasOwn(tableSpecs, owner.table) ? tableSpecs[owner.table].attach : undefined
  if (!attach) throw new AppFailure('data.notFound', 'errors.data.notFound', { table: owner.table })
  return attach
}

export function listAttachments(db: DeskDb, owner: OwnerRef): Promise<AttachmentRecord[]> {
  return db.attachments.where('[ownerTable+ownerId]').equals([owner.table, owner.id]).toArray()
}

/** Attaches a file main has stored (by its SHA-256) to a record, under the name the user gave it. */
export async function addAttachment(
  db: DeskDb,
  req: { owner: OwnerRef; stored: StoredAttachment; fileName: string },
  ctx: WriteContext,
): Promise<AttachmentRecord> {
  const { owner, stored, fileName } = req
  assertCan(ctx.actor, editPermission(owner))
  return runWrite(db, ctx, async (w) => {
    const target = (await w.get(owner.table, owner.id)) as AnyRecord | undefined
    if (!target) throw new AppFailure('data.notFound', 'errors.data.notFound', { table: owner.table })
    if (target.deletedAt)
      throw new AppFailure('data.archived', 'errors.data.archived', { table: owner.table })
    return w.create('attachments', {
      ownerTable: owner.table,
      ownerId: owner.id,
      sha256: stored.sha256,
      fileName: fileName.slice(0, 200),
      mime: stored.mime,
      bytes: stored.bytes,
      note: '',
    })
  })
}

export async function setAttachmentArchived(
  db: DeskDb,
  req: { owner: OwnerRef; id: string; archived: boolean },
  ctx: WriteContext,
): Promise<void> {
  const { owner, id, archived } = req
  assertCan(ctx.actor, archived ? editPermission(owner) : 'archives.restore')
  await runWrite(db, ctx, async (w) => {
    // Rights follow the owner the caller names, so the row must be that owner's.
    const row = await w.get('attachments', id)
    if (!row || row.ownerTable !== owner.table || row.ownerId !== owner.id)
      throw new AppFailure('data.notFound', 'errors.data.notFound', { table: 'attachments', id })
    if (archived) await w.archive('attachments', id)
    else await w.restore('attachments', id)
  })
}
