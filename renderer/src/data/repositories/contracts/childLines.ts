/**
 * The lines and payment milestones of a quotation, contract, change agreement
 * or phone order, written as child rows in the parent's transaction: a line
 * kept by id is updated field by field (so sync merges edits of different
 * lines), a new one created, a dropped one tombstoned.
 */
import { AppFailure } from '@shared/errors/appFailure'
import type { LineInput, MilestoneInput } from '@shared/procedures/contracts/schema'
import type { LineParentTable, MilestoneRecord, TradeLineRecord } from '@shared/procedures/contracts/records'
import type { DeskDb } from '../../db'
import { diffFields } from '../../fieldDiff'
import type { Writer } from '../../unitOfWork'
import { liveRows } from '@shared/types/records'

type ChildTable = 'tradeLines' | 'milestones'

async function liveChildren<T extends { parentId: string; deletedAt: string | null; position: number }>(
  db: DeskDb,
  table: ChildTable,
  parentId: string,
): Promise<T[]> {
  const rows = (await db.table(table).where('parentId').equals(parentId).toArray()) as T[]
  return liveRows(rows).sort((a, b) => a.position - b.position)
}

export function liveLines(db: DeskDb, parentId: string): Promise<TradeLineRecord[]> {
  return liveChildren<TradeLineRecord>(db, 'tradeLines', parentId)
}

export function liveMilestones(db: DeskDb, parentId: string): Promise<MilestoneRecord[]> {
  return liveChildren<MilestoneRecord>(db, 'milestones', parentId)
}

/** Writes `inputs` as the parent's children, in order; returns the rows now live. */
async function writeChildren<T extends { id: string; parentId: string }>(
  w: Writer,
  table: ChildTable,
  existing: readonly T[],
  values: readonly (Record<string, unknown> & { id?: string })[],
  /** Fields only a new row starts with (a milestone's receivedOn). */
  createDefaults: Record<string, unknown> = {},
): Promise<T[]> {
  const byId = new Map(existing.map((r) => [r.id, r]))
  const kept = new Set<string>()
  const out: T[] = []
  for (const [i, v] of values.entries()) {
    const { id, ...fields } = v
    const draft = { ...fields, position: i + 1 }
    const before = id === undefined ? undefined : byId.get(id)
    if (id !== undefined && before) {
      kept.add(id)
      // Most saves change one line of many: the others are left untouched.
      const changed =
        Object.keys(diffFields(table, before as unknown as Record<string, unknown>, draft)).length > 0
      out.push(
        changed ? ((await w.updateRow(table, before as never, draft as never)) as unknown as T) : before,
      )
    } else if (id !== undefined && id !== '') {
      // An id the parent does not have: another record's line, or a stale form.
      throw new AppFailure('data.notFound', 'errors.data.notFound', { table, id })
    } else out.push((await w.create(table, { ...createDefaults, ...draft } as never)) as unknown as T)
  }
  for (const row of existing) if (!kept.has(row.id)) await w.archive(table, row.id)
  return out
}

export async function writeLines(
  w: Writer,
  db: DeskDb,
  parentTable: LineParentTable,
  parentId: string,
  inputs: readonly LineInput[],
  /** The parent's live lines when the caller has read them already. */
  known?: readonly TradeLineRecord[],
): Promise<TradeLineRecord[]> {
  const existing = known ?? (await liveLines(db, parentId))
  return writeChildren<TradeLineRecord>(
    w,
    'tradeLines',
    existing,
    inputs.map((l) => ({ ...l, parentTable, parentId })),
  )
}

export async function writeMilestones(
  w: Writer,
  db: DeskDb,
  parentTable: 'contracts' | 'contractChanges',
  parentId: string,
  inputs: readonly MilestoneInput[],
  known?: readonly MilestoneRecord[],
): Promise<MilestoneRecord[]> {
  const existing = known ?? (await liveMilestones(db, parentId))
  return writeChildren<MilestoneRecord>(
    w,
    'milestones',
    existing,
    inputs.map((m) => ({ ...m, parentTable, parentId })),
    { receivedOn: '' },
  )
}

/** A line as a form or a copy takes it: its fields without bookkeeping. */
export function lineInputOf(line: TradeLineRecord, keepId: boolean): LineInput {
  return {
    ...(keepId ? { id: line.id } : {}),
    productId: line.productId,
    name: line.name,
    spec: line.spec,
    unit: line.unit,
    qty: line.qty,
    quotedUnitFen: line.quotedUnitFen,
    unitFen: line.unitFen,
    discountBp: line.discountBp,
    taxRateBp: line.taxRateBp,
    note: line.note,
  }
}

export function milestoneInputOf(m: MilestoneRecord, keepId: boolean): MilestoneInput {
  return {
    ...(keepId ? { id: m.id } : {}),
    kind: m.kind,
    percentBp: m.percentBp,
    dueRule: m.dueRule,
    trigger: m.trigger ?? '',
    triggerDays: m.triggerDays ?? 0,
    dueOn: m.dueOn,
  }
}
