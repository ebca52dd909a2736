/**
 * Tabs one procedure adds to another's record page: shipping's 发货 tab on a
 * contract and a phone order. The page asks for its table's panels and
 * shows them beside its own tabs, knowing no procedure that adds them; the
 * app provides them from the screens registry (ProcedureScreens.recordPanels).
 */
import { Tabs } from '@mantine/core'
import { type ComponentType, type ReactNode, createContext, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import type { SyncedTable } from '@shared/tables/tableSpecs'

export interface RecordPanel {
  /** The tab's value (unique on the page). */
  id: string
  labelKey: string
  Panel: ComponentType<{ table: SyncedTable; id: string }>
}

const PanelsContext = createContext<ReadonlyMap<string, readonly RecordPanel[]>>(new Map())

export function RecordPanelsProvider({
  panels,
  children,
}: {
  panels: ReadonlyMap<string, readonly RecordPanel[]>
  children: ReactNode
}) {
  return <PanelsContext.Provider value={panels}>{children}</PanelsContext.Provider>
}

/** The panels other procedures add to this table's record page. */
export function useRecordPanels(table: SyncedTable): readonly RecordPanel[] {
  return useContext(PanelsContext).get(table) ?? []
}

/** The tabs of the panels other procedures add to this table's record page (inside Tabs.List). */
export function RecordPanelTabs({ table }: { table: SyncedTable }) {
  const { t } = useTranslation()
  return useRecordPanels(table).map((p) => (
    <Tabs.Tab key={p.id} value={p.id}>
      {t(p.labelKey)}
    </Tabs.Tab>
  ))
}

/** Their bodies (beside the page's own Tabs.Panel). */
export function RecordPanelBodies({ table, id }: { table: SyncedTable; id: string }) {
  return useRecordPanels(table).map((p) => (
    <Tabs.Panel key={p.id} value={p.id} pt="sm">
      <p.Panel table={table} id={id} />
    </Tabs.Panel>
  ))
}
