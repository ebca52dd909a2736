/**
 * The duplicates page's data (data/duplicates.ts readDuplicates), ready to
 * put side by side: for each group, the fields worth comparing — read from
 * the table registry, so no table is named here — and for each record
 * where and when it was made, by whom, and the records its fields name.
 */
import { decodeHlc } from '@shared/kernel/hlc'
import { keysOf } from '@shared/tables/businessKeys'
import { refTableOf } from '@shared/tables/recordRefs'
import { type SyncedTable, tableSpecs } from '@shared/tables/tableSpecs'
import type { DeskDb } from '../../data/db'
import { type DuplicateGroup, readDuplicates } from '../../data/duplicates'
import type { RecordLookup } from '../audit/recordText'

type Row = Record<string, unknown>

export interface ShownRecord {
  row: Row
  /** The PC that made it (its create's HLC node); null when unknown. */
  madeOn: string | null
  madeByName: string | null
}

export interface DuplicateView {
  group: DuplicateGroup
  fields: string[]
  records: ShownRecord[]
  /** The records the shown fields name (a contract's customer). */
  lookup: RecordLookup
}

/** At most this many fields are compared, so two records fit side by side at 1366 px. */
const MAX_FIELDS = 8

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * A table's fields that tell two records apart: its key, its name fields,
 * the records it names, its coded values (a step, roles), its list columns
 * and its amounts — those with a value in some record.
 */
export function comparedFields(t: string, rows: readonly Row[]): string[] {
  const spec = tableSpecs[t as SyncedTable]
  const fields = [
    ...keysOf(t).flatMap((k) => k.fields),
    ...spec.nameFields,
    ...Object.entries(spec.refs ?? {})
      .filter(([, target]) => target !== 'attachments')
      .map(([f]) => f),
    ...Object.keys(spec.valueWords ?? {}),
    ...(spec.fieldSpecs ?? []).filter((f) => f.column !== undefined).map((f) => f.key),
    ...(spec.derive?.fields ?? []).filter((f) => f.endsWith('Fen')),
  ]
  return [...new Set(fields)].filter((f) => rows.some((r) => !isEmpty(r[f]))).slice(0, MAX_FIELDS)
}

export async function loadDuplicateViews(db: DeskDb): Promise<DuplicateView[]> {
  const groups = await readDuplicates(db)
  const out: DuplicateView[] = []
  const users = new Map<string, string | null>()
  const userName = async (id: unknown): Promise<string | null> => {
    if (typeof id !== 'string' || !id) return null
    if (!users.has(id)) users.set(id, (await db.users.get(id))?.name ?? null)
    return users.get(id) ?? null
  }
  for (const group of groups) {
    const fields = comparedFields(group.t, group.rows)
    const named = new Map<string, Row | undefined>()
    for (const row of group.rows)
      for (const f of fields) {
        const target = refTableOf(group.t, f, row)
        const id = row[f]
        if (target && typeof id === 'string' && id && !named.has(`${target}/${id}`))
          named.set(`${target}/${id}`, (await db.table(target).get(id)) as Row | undefined)
      }
    const records: ShownRecord[] = []
    for (const row of group.rows)
      records.push({
        row,
        madeOn: typeof row.createdHlc === 'string' ? decodeHlc(row.createdHlc).node : null,
        madeByName: await userName(row.createdBy),
      })
    out.push({ group, fields, records, lookup: { get: (table, id) => named.get(`${table}/${id}`) } })
  }
  return out
}
