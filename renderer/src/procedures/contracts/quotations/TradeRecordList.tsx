/**
 * The list of a trade record (报价单, 电话/传真订货): newest first, found by
 * number or customer (or whatever else `searchText` names), narrowed by
 * status, a row opening its page. Shared by the quotation and phone order
 * screens.
 */
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { liveRows } from '@shared/types/records'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'

interface Row {
  id: string
  deletedAt: string | null
  createdAt: string
}

interface Props<T extends Row> {
  title: string
  /** undefined while the first read runs. */
  rows: readonly T[] | undefined
  columns: VirtualColumn<T>[]
  /** Where a row's page is: `${route}/${id}`; `${route}/new` for a new one. */
  route: string
  /** The text a search looks in (number, customer name, …). */
  searchText: (row: T) => string
  searchHint: string
  /** Newest first: the record's own date, then when it was entered. */
  dateOf: (row: T) => string
  status: {
    of: (row: T) => string
    options: { value: string; label: string }[]
    allLabel: string
  }
  create?: { label: string }
  emptyText: string
}

const rowId = (r: Row) => r.id

export function TradeRecordList<T extends Row>(props: Props<T>) {
  const { title, rows, columns, route, searchText, dateOf, status, create, emptyText } = props
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [statusFilter, setStatusFilter] = useState<string | null>(null)

  const live = useMemo(
    () =>
      liveRows(rows ?? []).sort(
        (a, b) => dateOf(b).localeCompare(dateOf(a)) || b.createdAt.localeCompare(a.createdAt),
      ),
    [rows, dateOf],
  )
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return live.filter(
      (r) =>
        (!statusFilter || status.of(r) === statusFilter) &&
        (q === '' || searchText(r).toLowerCase().includes(q)),
    )
  }, [live, query, statusFilter, status, searchText])
  const filtered = query.trim() !== '' || statusFilter !== null
  const onOpen = useCallback((r: T) => navigate(`${route}/${r.id}`), [navigate, route])

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{title}</Title>
        {create && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate(`${route}/new`)}>
            {create.label}
          </Button>
        )}
      </Group>
      <Paper withBorder radius="md" p="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            aria-label={t('common.search')}
            placeholder={props.searchHint}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={340}
          />
          <Select
            aria-label={status.allLabel}
            placeholder={status.allLabel}
            data={status.options}
            value={statusFilter}
            onChange={setStatusFilter}
            clearable
            w={160}
          />
          <Text size="sm" c="dimmed" ml="auto" mb={6} data-testid="list-count">
            {filtered
              ? t('archives.found', { count: visible.length, total: live.length })
              : t('archives.count', { count: live.length })}
          </Text>
        </Group>
      </Paper>
      <VirtualTable
        label={title}
        rows={visible}
        columns={columns}
        rowKey={rowId}
        onOpen={onOpen}
        empty={
          <Text c="dimmed" ta="center">
            {rows === undefined ? t('common.loading') : filtered ? t('archives.noMatch') : emptyText}
          </Text>
        }
      />
    </Stack>
  )
}
