/**
 * Archive records (客户, 经销商, 设计院, 厂家/供应商, 产品, 资质文件). Every command
 * checks its permission and validates with the same schema as the form, so a
 * bad value or a role without the right is refused whatever the UI did.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { archiveSearchText, derivedArchiveFields } from '@shared/masterData/archiveSearch'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import type { AnyRecord, ContactRecord } from '@shared/masterData/archiveRecords'
import type { FieldValue } from '@shared/masterData/fieldSpec'
import { cachedRecordSchema } from '@shared/masterData/recordSchema'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../db'
import { prepareBatch, runWrite, type Writer, type WriteContext } from '../unitOfWork'
import { liveRows } from '@shared/types/records'

export type ArchiveValues = Record<string, FieldValue>

export function validateArchive(table: ArchiveTable, input: unknown): ArchiveValues {
  const spec = archiveSpecs[table]
  return parseOrFail(cachedRecordSchema(spec.fields, spec.dateOrder), input) as ArchiveValues
}

async function liveContacts(db: DeskDb, parentId: string): Promise<ContactRecord[]> {
  return liveRows(await db.contacts.where('parentId').equals(parentId).toArray())
}

/** A referenced record (a product's manufacturer) must exist and be in use. */
async function assertRefs(db: DeskDb, table: ArchiveTable, values: ArchiveValues): Promise<void> {
  for (const field of archiveSpecs[table].fields) {
    const ref = values[field.key]
    if (field.kind !== 'ref' || !field.refTable || typeof ref !== 'string' || ref === '') continue
    const target = (await db.table(field.refTable).get(ref)) as AnyRecord | undefined
    if (!target || target.deletedAt)
      throw new AppFailure('validation', 'validation.refMissing', { field: field.key })
  }
}

/** Creates (id null) or saves an archive record. */
export async function saveArchive(
  db: DeskDb,
  req: { table: ArchiveTable; id: string | null; input: unknown },
  ctx: WriteContext,
): Promise<AnyRecord> {
  const { table, id, input } = req
  const spec = archiveSpecs[table]
  assertCan(ctx.actor, spec.edit)
  const values = validateArchive(table, input)
  return runWrite(db, ctx, async (w) => {
    await assertRefs(db, table, values)
    const contacts = id && spec.children.includes('contacts') ? await liveContacts(db, id) : []
    const derived = derivedArchiveFields(table, spec, values, contacts)
    const row = id
      ? await w.update(table, id, { ...values, ...derived } as never)
      : await w.create(table, { ...values, ...derived } as never)
    return row as unknown as AnyRecord
  })
}

/** Recomputes an archive's search text after its contacts changed. */
export async function refreshArchiveSearch(
  w: Writer,
  db: DeskDb,
  table: ArchiveTable,
  id: string,
): Promise<void> {
  const row = (await w.get(table, id)) as AnyRecord | undefined
  if (!row) return
  const search = archiveSearchText(archiveSpecs[table], row, await liveContacts(db, id))
  await w.setDerived(table, id, { search } as never)
}

/** 停用 (tombstone) or, for an administrator, 恢复. */
export async function setArchiveArchived(
  db: DeskDb,
  req: { table: ArchiveTable; id: string; archived: boolean },
  ctx: WriteContext,
): Promise<void> {
  const { table, id, archived } = req
  assertCan(ctx.actor, archived ? archiveSpecs[table].edit : 'archives.restore')
  await runWrite(db, ctx, async (w) => {
    if (archived) await w.archive(table, id)
    else await w.restore(table, id)
  })
}

export interface Duplicate {
  /** The fields that are equal, e.g. ['uscc'] or ['name']. */
  keys: readonly string[]
  id: string
  name: string
}

/** Other records with the same identifying values (warned in the form, not refused). */
export async function findDuplicates(
  db: DeskDb,
  table: ArchiveTable,
  values: Readonly<Record<string, unknown>>,
  exceptId: string | null,
): Promise<Duplicate[]> {
  const keys = archiveSpecs[table].uniqueKeys.filter((k) =>
    k.every((f) => String(values[f] ?? '').trim() !== ''),
  )
  if (keys.length === 0) return []
  const norm = (v: unknown) =>
    String(v ?? '')
      .trim()
      .toUpperCase()
  const found: Duplicate[] = []
  await db.table(table).each((row: AnyRecord) => {
    if (row.id === exceptId || row.deletedAt) return
    for (const key of keys) {
      if (key.every((f) => norm(row[f]) === norm(values[f]))) {
        found.push({ keys: key, id: row.id, name: String(row.name ?? '') })
        return
      }
    }
  })
  return found
}

/** One values object per distinct referenced id, so 10,000 rows naming 3 manufacturers check 3. */
function distinctRefs(table: ArchiveTable, drafts: readonly ArchiveValues[]): ArchiveValues[] {
  const refFields = archiveSpecs[table].fields.filter((f) => f.kind === 'ref')
  const seen = new Map<string, ArchiveValues>()
  for (const d of drafts)
    for (const f of refFields) {
      const id = d[f.key]
      if (typeof id === 'string' && id !== '' && !seen.has(`${f.key}:${id}`))
        seen.set(`${f.key}:${id}`, { [f.key]: id })
    }
  return [...seen.values()]
}

/** An Excel import: every row created in one transaction, or none. */
export async function importArchives(
  db: DeskDb,
  req: { table: ArchiveTable; rows: readonly ArchiveValues[] },
  ctx: WriteContext,
): Promise<number> {
  const { table, rows } = req
  const spec = archiveSpecs[table]
  assertCan(ctx.actor, spec.edit)
  assertCan(ctx.actor, 'archives.import')
  if (!spec.importable) throw new AppFailure('data.notImportable', 'errors.data.notImportable', { table })
  // Validation first, outside the transaction: a bad row refuses the import before anything starts.
  const drafts = rows.map((r) => validateArchive(table, r))
  const prepared = await prepareBatch(table, drafts)
  return runWrite(db, ctx, async (w) => {
    for (const values of distinctRefs(table, drafts)) await assertRefs(db, table, values)
    // The search text (pinyin) is worked out while IndexedDB writes the rows before it.
    const derive = (values: ArchiveValues) => derivedArchiveFields(table, spec, values)
    const created = await w.createMany(table, drafts as never[], {
      action: 'import',
      derive: derive as never,
      prepared,
    })
    return created.length
  })
}
