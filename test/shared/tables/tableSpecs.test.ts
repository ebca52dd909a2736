import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { permissionRoles } from '@shared/auth/permissions'
import { procedures, recordKinds } from '@shared/procedures'
import type { ContractRecord } from '@shared/procedures/contracts/records'
import {
  type SyncedRows,
  type SyncedTable,
  syncedTableNames,
  tableSpecs,
  untrackedFields,
} from '@shared/tables/tableSpecs'
import { en } from '../../../renderer/src/i18n/en'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'

// A synced table's row type comes from its spec: a table without one is no synced table.
const contractRow: SyncedRows['contracts'] = {} as ContractRecord
// @ts-expect-error a table that has no spec is not a synced table
const noSpec: SyncedTable = 'serviceRequests'
void [contractRow, noSpec]

const i18n = i18next.createInstance()
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  initAsync: false,
})
const has = (lng: string, key: string) => i18n.exists(key, { lng })

describe('the table registry', () => {
  it('lists every synced table once, each with a spec', () => {
    expect(new Set(syncedTableNames).size).toBe(syncedTableNames.length)
    expect(syncedTableNames).toEqual(
      expect.arrayContaining(['company', 'users', 'settings', 'customers', 'contracts']),
    )
    for (const t of syncedTableNames) expect(tableSpecs[t], t).toBeDefined()
  })

  it('names every table, in Chinese and in English, and labels its fields', () => {
    for (const t of syncedTableNames) {
      const spec = tableSpecs[t]
      expect(has('zh-CN', spec.nameKey), `${t}: ${spec.nameKey}`).toBe(true)
      expect(has('en', spec.nameKey), `${t}: ${spec.nameKey} in English`).toBe(true)
      expect(has('zh-CN', spec.fieldsKey) || spec.rowLabels !== undefined, `${t}: ${spec.fieldsKey}`).toBe(
        true,
      )
      for (const [field, prefix] of Object.entries(spec.valueWords ?? {}))
        expect(has('zh-CN', prefix ?? ''), `${t}.${field}: ${prefix}`).toBe(true)
    }
  })

  it('gives every table an edit right that exists, and an attach right only where records take files', () => {
    for (const t of syncedTableNames) {
      const spec = tableSpecs[t]
      expect(permissionRoles[spec.edit], `${t}: ${spec.edit}`).toBeDefined()
      if (spec.attach) expect(permissionRoles[spec.attach], `${t}: ${spec.attach}`).toBeDefined()
    }
    expect(tableSpecs.contracts.attach).toBe('contracts.attach')
    expect(tableSpecs.tradeLines.attach).toBeUndefined()
  })

  it('derives fields from child tables that name their parent, and never syncs a derived field', () => {
    for (const t of syncedTableNames) {
      const derive = tableSpecs[t].derive
      if (!derive) continue
      for (const f of derive.fields) expect(untrackedFields(t).has(f), `${t}.${f}`).toBe(true)
      if (derive.children && derive.childIdField)
        // A product's stock row sums movements that name it by a field of their own.
        expect(
          tableSpecs[derive.children as SyncedTable]?.store?.indexes,
          `${t} ← ${derive.children}`,
        ).toContain(derive.childIdField)
      else if (derive.children)
        expect(tableSpecs[derive.children as SyncedTable]?.parent, `${t} ← ${derive.children}`).toBeDefined()
    }
    // Per table, not by field name: a typed amount of another table is synced.
    expect(untrackedFields('contracts').has('totalFen')).toBe(true)
    expect(untrackedFields('contractChanges').has('totalAfterFen')).toBe(false)
    expect(untrackedFields('businessReports').has('salesFen')).toBe(false)
  })

  it('keeps every procedure’s record kinds, archive sheets and approvals on tables it declares', () => {
    for (const p of procedures) {
      const own = Object.keys(p.tables)
      for (const kind of Object.values(p.kinds)) expect(own, `${p.id}: ${kind.table}`).toContain(kind.table)
      for (const t of p.archive?.tables ?? []) expect(own, `${p.id} archive: ${t}`).toContain(t)
    }
    for (const kind of recordKinds.values())
      if (kind.approval) expect(kind.machine.states, kind.table).toContain(kind.approval.waitingStep)
    expect(recordKinds.get('contracts')?.machine.kind).toBe('contract')
  })
})
