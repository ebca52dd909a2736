/**
 * Settling records that share a business key (重复编号与档案; TableSpec.uniqueKeys).
 * Each settlement is one user action that needs the right to edit that kind
 * of record, is refused where the table's key does not offer it, and is
 * audit-logged; nothing is deleted:
 * - renumber: the record gets the next number of this PC's block that no
 *   record holds (its table's `numbered` series);
 * - rename: a typed value the key accepts and no other record holds;
 * - merge: one is kept, the other 停用. Whatever names the other (a
 *   contract's customer) still names it and still reads, marked 已停用; new
 *   records can only pick the kept one. The audit log says which was kept;
 * - keep both: a reason on a synced record, so every PC stops flagging
 *   exactly those records (a further one with the value is flagged again).
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import type { DuplicateSettlement } from '@shared/procedures/kit/tableSpec'
import { type BusinessKey, keyNamed, keyValue, keyValueText } from '@shared/tables/businessKeys'
import { type SyncedRows, type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import type { Draft } from '@shared/types/records'
import type { DeskDb } from '../db'
import { takeNumber } from '../numbering'
import { runWrite, type Writer, type WriteContext } from '../unitOfWork'
import { readSettings } from './settingsRepo'

type Row = Record<string, unknown>
type Patch = Partial<Draft<SyncedRows[SyncedTable]>>

/** The key, if the table has it and offers that settlement; the actor's right to edit the table. */
function settlement(
  table: string,
  keyName: string,
  how: DuplicateSettlement,
  ctx: WriteContext,
): BusinessKey {
  const key = keyNamed(table, keyName)
  if (!key || !key.settle.includes(how))
    throw new AppFailure('duplicates.notOffered', 'sync.duplicates.errors.notOffered', { table, how })
  assertCan(ctx.actor, tableSpecs[key.table].edit)
  return key
}

/** Live records that all hold the same value of the key (at least two), or a refusal. */
async function sharing(w: Writer, key: BusinessKey, ids: readonly string[]): Promise<Row[]> {
  const rows = (await Promise.all(ids.map((id) => w.getLive(key.table, id)))) as unknown as Row[]
  const values = new Set(rows.map((r) => JSON.stringify(keyValue(key, r))))
  if (rows.length < 2 || values.size !== 1 || keyValue(key, rows[0]) === null)
    throw new AppFailure('duplicates.gone', 'sync.duplicates.errors.gone')
  return rows
}

/** Whether any record but `exceptId` holds the value (停用 ones too: restoring one must not make two). */
async function held(db: DeskDb, key: BusinessKey, value: string, exceptId: string): Promise<boolean> {
  const ids = (await db.table(key.table).where(key.index).equals(value).primaryKeys()) as string[]
  return ids.some((id) => id !== exceptId)
}

/** Gives the record the next number of this PC's block that no record holds. Returns it. */
export async function renumberDuplicate(
  db: DeskDb,
  req: { table: string; key: string; id: string },
  ctx: WriteContext,
): Promise<string> {
  const key = settlement(req.table, req.key, 'renumber', ctx)
  const numbered = tableSpecs[key.table].numbered
  if (!numbered || !key.fields.includes(numbered.field))
    throw new AppFailure('duplicates.notOffered', 'sync.duplicates.errors.notOffered', { table: req.table })
  return runWrite(db, ctx, async (w) => {
    await w.getLive(key.table, req.id)
    const { kind, pattern } = numbered.series(await readSettings(db))
    // A block given to two PCs may have handed out the next ones too: skip those.
    for (let tries = 0; tries < 50; tries++) {
      const number = await takeNumber(
        w,
        db,
        kind as Parameters<typeof takeNumber>[2],
        pattern,
        todayIso(ctx.now),
      )
      if (await held(db, key, number, req.id)) continue
      await w.update(key.table, req.id, { [numbered.field]: number } as Patch, 'renumber')
      return number
    }
    throw new AppFailure('numbers.exhausted', 'errors.numbers.exhausted', { kind })
  })
}

/** Gives the record a value of the key typed by a person (an account's new name). */
export async function renameDuplicate(
  db: DeskDb,
  req: { table: string; key: string; id: string; value: string },
  ctx: WriteContext,
): Promise<void> {
  const key = settlement(req.table, req.key, 'rename', ctx)
  const value = req.value.trim()
  if (key.fields.length !== 1 || !value || (key.accepts && !key.accepts(value)))
    throw new AppFailure('validation', 'sync.duplicates.errors.valueRefused', { field: 'value', value })
  await runWrite(db, ctx, async (w) => {
    await w.getLive(key.table, req.id)
    if (await held(db, key, value, req.id))
      throw new AppFailure('duplicates.valueTaken', 'sync.duplicates.errors.valueTaken', {
        field: 'value',
        value,
      })
    await w.update(key.table, req.id, { [key.fields[0]]: value } as Patch, 'rename')
  })
}

/**
 * Keeps one record and 停用s the other (never the signed-in person's own
 * account: they would lose the session's record). What named the other
 * still names it; the audit log names the kept one on both.
 */
export async function mergeDuplicate(
  db: DeskDb,
  req: { table: string; key: string; keepId: string; retireId: string },
  ctx: WriteContext,
): Promise<void> {
  const key = settlement(req.table, req.key, 'merge', ctx)
  if (req.retireId === ctx.actor.userId)
    throw new AppFailure('duplicates.retireSelf', 'sync.duplicates.errors.retireSelf')
  await runWrite(db, ctx, async (w) => {
    const [kept] = await sharing(w, key, [req.keepId, req.retireId])
    await w.archive(key.table, req.retireId, 'mergeDuplicate')
    // Beside the 停用 of the other in the same action: the audit log shows which one was kept.
    await w.event('keptInMerge', key.table, req.keepId, {
      [key.fields[0]]: keyValueText(keyValue(key, kept) ?? ''),
    })
  })
}

/** Keeps all these records, with a reason every PC reads (keptDuplicates). */
export async function keepDuplicates(
  db: DeskDb,
  req: { table: string; key: string; ids: readonly string[]; reason: string },
  ctx: WriteContext,
): Promise<void> {
  const key = settlement(req.table, req.key, 'keepBoth', ctx)
  const reason = req.reason.trim()
  if (!reason) throw new AppFailure('validation', 'validation.required', { field: 'reason' })
  if (reason.length > 200) throw new AppFailure('validation', 'validation.tooLong', { field: 'reason' })
  await runWrite(db, ctx, async (w) => {
    const rows = await sharing(w, key, req.ids)
    await w.create(
      'keptDuplicates',
      {
        subject: key.table,
        key: key.name,
        value: keyValueText(keyValue(key, rows[0]) ?? ''),
        recordIds: [...req.ids].sort(),
        reason,
      },
      { action: 'keepDuplicates' },
    )
  })
}
