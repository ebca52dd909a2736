/**
 * Attachment rows: which stored file (by SHA-256) belongs to which record.
 * The file itself is in main's store and is never removed; 停用 hides the row
 * only, so a tombstoned attachment can be restored with its file intact.
 */
import { assertCan, type Permission } from '@shared/auth/permissions'
import type { StoredAttachment } from '@shared/ipc/contract'
import { AppFailure } from '@shared/errors/appFailure'
import type { AnyRecord, AttachmentRecord } from '@shared/masterData/archiveRecords'
import { type ArchiveTable, archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import type { DeskDb } from '../db'
import { runWrite, type WriteContext } from '../unitOfWork'

/** Contract-procedure records that carry scans (signed copies, paper approvals). */
const contractOwners = ['contracts', 'contractChanges', 'phoneOrders'] as const

export interface OwnerRef {
  table: ArchiveTable | (typeof contractOwners)[number]
  id: string
}

/** Who may attach to and remove from this owner's files. */
export function editPermission(owner: OwnerRef): Permission {
  if ((contractOwners as readonly string[]).includes(owner.table)) return 'contracts.attach'
  if (!(archiveTables as readonly string[]).includes(owner.table))
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: owner.table })
  return archiveSpecs[owner.table as ArchiveTable].edit
}

export function listAttachments(db: DeskDb, owner: OwnerRef): Promise<AttachmentRecord[]> {
  return db.attachments.where('[ownerTable+ownerId]').equals([owner.table, owner.id]).toArray()
}

export async function addAttachment(
  db: DeskDb,
  owner: OwnerRef,
  stored: StoredAttachment,
  fileName: string,
  ctx: WriteContext,
): Promise<AttachmentRecord> {
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
  owner: OwnerRef,
  id: string,
  archived: boolean,
  ctx: WriteContext,
): Promise<void> {
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
