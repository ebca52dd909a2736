/** Names of the records a ref field can point to (a product's manufacturer). */
import { useMemo } from 'react'
import { appDb } from '../../data/db'
import { useTableRows } from '../../data/tableRows'
import { liveRows } from '@shared/types/records'

export function useRefOptions(table: string): { value: string; label: string }[] {
  const rows = useTableRows(appDb(), table)
  return useMemo(
    () => liveRows(rows ?? []).map((r) => ({ value: r.id, label: String(r.name ?? '') })),
    [rows],
  )
}

/** id → name for one referenced table, archived records included (old records still name them). */
export function useRefNames(table: string | undefined): (table: string, id: string) => string {
  const rows = useTableRows(appDb(), table ?? 'suppliers')
  return useMemo(() => {
    const names = new Map((rows ?? []).map((r) => [r.id, String(r.name ?? '')]))
    return (_table: string, id: string) => names.get(id) ?? ''
  }, [rows])
}
