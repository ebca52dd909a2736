/** Archive inputs as a form would send them, and the extra actors the archive tests need. */
import type { Actor } from '@shared/auth/permissions'
import { type ArchiveTable, archiveSpecs, type ChildTable, childSpecs } from '@shared/masterData/archiveSpecs'
import { emptyValues, type FieldValue } from '@shared/masterData/fieldSpec'
import { matchScore, parseQuery, toSearchEntry } from '@shared/search/matchSearch'
import type { DeskDb } from '../../../renderer/src/data/db'
import { at } from './dbFixture'

export const finance: Actor = { userId: 'U-FIN', name: '赵财务', roles: ['finance'] }
export const sales: Actor = { userId: 'U-SALES', name: '钱销售', roles: ['sales'] }
export const archivist: Actor = { userId: 'U-ARCH', name: '孙档案', roles: ['archivist'] }

/** Credit codes whose check character is right (test/shared/kernel/uscc.test.ts). */
export const USCC_A = '91350100M000100Y43'
export const USCC_B = '91440300708461136T'
export const USCC_C = '91110000100010433L'

/** Every field of the archive at its empty value, required texts filled, then `overrides`. */
export function archiveInput(
  table: ArchiveTable,
  overrides: Record<string, FieldValue> = {},
): Record<string, FieldValue> {
  const values = emptyValues(archiveSpecs[table].fields)
  for (const f of archiveSpecs[table].fields) if (f.required && values[f.key] === '') values[f.key] = '名称'
  return { ...values, ...overrides }
}

export function childInput(
  table: ChildTable,
  overrides: Record<string, FieldValue> = {},
): Record<string, FieldValue> {
  const values = emptyValues(childSpecs[table].fields)
  for (const f of childSpecs[table].fields)
    if (f.required && values[f.key] === '') values[f.key] = f.kind === 'date' ? '2026-11-01' : '内容'
  return { ...values, ...overrides }
}

/** Counts of what a write leaves behind, to show that a refused one left nothing. */
export async function footprint(db: DeskDb, table: string) {
  return {
    rows: await db.table(table).count(),
    ops: await db._outbox.count(),
    audit: await db._audit.count(),
  }
}

/** The moments the repository tests write at, and a write context for an actor. */
export const now = at('2026-11-26T09:00:00+08:00')
export const later = at('2026-11-26T10:00:00+08:00')
export const as = (actor: Actor, when = now) => ({ actor, now: when })

export const customer = (
  name = '北京智诚科技有限公司',
  extra: Record<string, string | number | boolean> = {},
) => archiveInput('customers', { name, ...extra })

/** How the list would score this record for a query. */
export const found = (row: { search?: unknown } | undefined, query: string) =>
  matchScore(toSearchEntry(String(row?.search ?? '')), parseQuery(query))
