/**
 * Child rows of an archive (联系人, 经营情况, 终端用户, 项目信息, 技术交流计划,
 * 借阅登记). Rights follow the parent archive; a change to contacts refreshes
 * the parent's search text in the same transaction.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import {
  type ArchiveTable,
  type ChildTable,
  archiveSpecs,
  childFieldsFor,
  childSpecs,
} from '@shared/masterData/archiveSpecs'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { emptyValues, type FieldValue } from '@shared/masterData/fieldSpec'
import { cachedRecordSchema } from '@shared/masterData/recordSchema'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../db'
import { runWrite, type Writer, type WriteContext } from '../unitOfWork'
import { refreshArchiveSearch } from './archivesRepo'

export interface ParentRef {
  table: ArchiveTable
  id: string
}

export function validateChild(
  child: ChildTable,
  parent: ArchiveTable,
  input: unknown,
): Record<string, FieldValue> {
  const fields = childFieldsFor(child, parent)
  return parseOrFail(cachedRecordSchema(fields, childSpecs[child].dateOrder), input) as Record<
    string,
    FieldValue
  >
}

/**
 * An existing child row must belong to the parent the caller names: rights
 * (and the search refresh) follow that parent, so a row reached through
 * another parent is refused.
 */
async function assertBelongs(w: Writer, child: ChildTable, parent: ParentRef, id: string): Promise<void> {
  const row = (await w.get(child, id)) as AnyRecord | undefined
  if (!row || row.parentTable !== parent.table || row.parentId !== parent.id)
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: child, id })
}

async function afterChildWrite(w: Writer, db: DeskDb, child: ChildTable, parent: ParentRef): Promise<void> {
  if (child === 'contacts') await refreshArchiveSearch(w, db, parent.table, parent.id)
}

/** Creates (id null) or saves a child row under its parent. */
export async function saveChild(
  db: DeskDb,
  req: { child: ChildTable; parent: ParentRef; id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<AnyRecord> {
  const { child, parent, id, input } = req
  if (!archiveSpecs[parent.table].children.includes(child))
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: child, id: parent.id })
  assertCan(ctx.actor, archiveSpecs[parent.table].edit)
  // Fields that do not apply under this parent keep their empty values.
  const values = {
    ...emptyValues(childSpecs[child].fields),
    ...validateChild(child, parent.table, input),
  }
  return runWrite(db, ctx, async (w) => {
    const owner = (await w.get(parent.table, parent.id)) as AnyRecord | undefined
    if (!owner)
      throw new AppFailure('data.notFound', 'errors.data.notFound', { table: parent.table, id: parent.id })
    if (owner.deletedAt)
      throw new AppFailure('data.archived', 'errors.data.archived', { table: parent.table })
    if (id) await assertBelongs(w, child, parent, id)
    const row = id
      ? await w.update(child, id, values as never)
      : await w.create(child, { ...values, parentTable: parent.table, parentId: parent.id } as never)
    await afterChildWrite(w, db, child, parent)
    return row as unknown as AnyRecord
  })
}

export async function setChildArchived(
  db: DeskDb,
  req: { child: ChildTable; parent: ParentRef; id: string; archived: boolean },
  ctx: WriteContext,
): Promise<void> {
  const { child, parent, id, archived } = req
  assertCan(ctx.actor, archived ? archiveSpecs[parent.table].edit : 'archives.restore')
  await runWrite(db, ctx, async (w) => {
    await assertBelongs(w, child, parent, id)
    if (archived) await w.archive(child, id)
    else await w.restore(child, id)
    await afterChildWrite(w, db, child, parent)
  })
}
