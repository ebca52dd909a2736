/**
 * A picker of one archive record (the customer of a trade record, the
 * product of a line) that searches as the archive lists and Ctrl+K do:
 * name, 简称, codes and pinyin (recordChoices.ts). It lists the first
 * PICKER_LIMIT matches, never the whole table, and the first match is
 * highlighted as the clerk types, so Enter takes it.
 */
import { Select, type SelectProps, Text } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import type { ArchiveTable } from '@shared/masterData/archiveSpecs'
import { appDb } from '../../../data/db'
import { useTableRows } from '../../../data/tableRows'
import { choicesOf } from './recordChoices'

type Passed = Omit<
  SelectProps,
  | 'data'
  | 'value'
  | 'onChange'
  | 'searchable'
  | 'searchValue'
  | 'onSearchChange'
  | 'filter'
  | 'renderOption'
  | 'limit'
>

interface Props extends Passed {
  table: ArchiveTable
  /** The record's id; '' when none is picked. */
  value: string
  /** The id picked ('' when cleared) and its record. */
  onChange: (id: string, record: AnyRecord | undefined) => void
  /** What an option and the box read; the record's name by default. */
  optionLabel?: (record: AnyRecord) => string
  /** A dimmed second part of each option (a product's model and code). */
  optionNote?: (record: AnyRecord) => string
}

const nameOf = (record: AnyRecord) => String(record.name ?? '')

export function RecordSelect({ table, value, onChange, optionLabel = nameOf, optionNote, ...rest }: Props) {
  const rows = useTableRows(appDb(), table)
  const choices = useMemo(() => (rows ? choicesOf(rows) : undefined), [rows])
  const [search, setSearch] = useState('')
  const selected = value && choices ? choices.byId(value) : undefined
  const selectedLabel = selected ? optionLabel(selected) : ''
  // The box shows the picked record's name until the clerk types: then it is a query.
  const query = search === selectedLabel ? '' : search
  const { data, hidden } = useMemo(() => {
    const found = choices ? choices.find(query) : []
    const options = found.map((r) => ({ value: r.id, label: optionLabel(r) }))
    // The picked record stays in the data (the Select reads its label there): first when
    // nothing is typed, else listed only when it matches.
    if (!selected || found.includes(selected)) return { data: options, hidden: null }
    const picked = { value: selected.id, label: selectedLabel }
    return query === ''
      ? { data: [picked, ...options], hidden: null }
      : { data: [...options, picked], hidden: selected.id }
  }, [choices, query, selected, selectedLabel, optionLabel])

  return (
    <Select
      {...rest}
      searchable
      selectFirstOptionOnChange
      // Not Mantine's default (highlight the picked option, a tick later): that tick would undo the
      // first match's highlight when one input event both opens the list and types (an IME's 渝电).
      // Nothing typed, the picked record is listed first anyway.
      selectFirstOptionOnDropdownOpen
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '', v ? choices?.byId(v) : undefined)}
      searchValue={search}
      onSearchChange={setSearch}
      // Already searched: only the picked record, kept for its label, is left out when it does not match.
      filter={({ options }) =>
        hidden === null ? options : options.filter((o) => !('value' in o) || o.value !== hidden)
      }
      renderOption={
        optionNote &&
        (({ option }) => {
          const record = choices?.byId(option.value)
          const note = record ? optionNote(record) : ''
          return (
            <span>
              {option.label}
              {note && (
                <Text span size="xs" ml={8} opacity={0.65}>
                  {note}
                </Text>
              )}
            </span>
          )
        })
      }
    />
  )
}
