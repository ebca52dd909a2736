/**
 * What a procedure adds to the screen (ARCHITECTURE.md "Procedures"): its
 * section of the menu with its routes, and where each of its tables' records
 * and lists open, so generic screens (the dashboard's 前往处理, links from
 * the audit log) reach a record without knowing its procedure.
 */
import type { ComponentType } from 'react'
import type { SettingValues } from '@shared/settings/settingKeys'
import type { SyncedTable } from '@shared/tables/tableSpecs'
import type { Place } from '@shared/procedures/kit/deadlines'
import type { SectionRoute } from '../app/routeTypes'
import type { RecordPanel } from './recordPanels'

export interface Places {
  /** The page of one record. */
  record?: (id: string) => string
  /** The list of the table's records. */
  list?: string
}

export interface ProcedureScreens {
  /** Its section in the menu; the heading is its i18n key. */
  section: { id: string; labelKey: string }
  routes: readonly SectionRoute[]
  places: Readonly<Partial<Record<SyncedTable, Places>>>
  /** Tabs it adds to other tables' record pages (shipping's 发货 on a contract). */
  recordPanels?: Readonly<Partial<Record<SyncedTable, readonly RecordPanel[]>>>
  /** Its tab in 系统设置, for the department settings it adds (its manifest's settings). */
  settingsTab?: { id: string; labelKey: string; Panel: ComponentType<{ values: SettingValues }> }
}

/** The path of a place, from the screens that own its table; the dashboard when none does. */
export function pathOf(screens: readonly ProcedureScreens[], place: Place): string {
  for (const s of screens) {
    const p = s.places[place.table as SyncedTable]
    if (!p) continue
    const path = place.id !== undefined && p.record ? p.record(place.id) : p.list
    if (path) return place.query ? `${path}?${place.query}` : path
  }
  return '/'
}

/** Every procedure's panels for other tables' record pages, by table. */
export function recordPanelsOf(screens: readonly ProcedureScreens[]): Map<string, readonly RecordPanel[]> {
  const out = new Map<string, RecordPanel[]>()
  for (const s of screens)
    for (const [table, panels] of Object.entries(s.recordPanels ?? {}))
      out.set(table, [...(out.get(table) ?? []), ...(panels ?? [])])
  return out
}
