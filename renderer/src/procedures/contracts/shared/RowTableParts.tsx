/**
 * What the editable row tables (LinesEditor, MilestonesEditor) have in
 * common: the trash button ending each row, the add button under the table
 * (an empty spot when read only, so what stands beside it keeps its place),
 * the problem that belongs to the whole table, and the copy of the rows
 * with one changed.
 */
import { ActionIcon, Button, Table, Text } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { FieldErrors } from './fieldErrors'

/** The rows with row i changed by patch. */
export function patchRow<R>(rows: readonly R[], i: number, patch: Partial<R>): R[] {
  return rows.map((r, k) => (k === i ? { ...r, ...patch } : r))
}

export function RemoveRowCell({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Table.Td>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onRemove}>
        <IconTrash size={16} />
      </ActionIcon>
    </Table.Td>
  )
}

/** Absent onAdd: the table is read only. */
export function AddRowButton({ label, onAdd }: { label: string; onAdd?: () => void }) {
  if (!onAdd) return <span />
  return (
    <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd}>
      {label}
    </Button>
  )
}

/** The problem of the table as a whole (no lines, milestones not adding up to 100 %). */
export function TableProblem({ errors, field }: { errors: FieldErrors; field: string }) {
  const { t } = useTranslation()
  const e = errors[field]
  if (!e) return null
  return (
    <Text c="red" size="sm" mt={4} data-error={field}>
      {t(e.key, e.params)}
    </Text>
  )
}
