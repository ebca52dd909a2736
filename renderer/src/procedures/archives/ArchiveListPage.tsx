/** One archive's list: search (with pinyin), filters, sort, 停用 records, Excel in and out. */
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFileSpreadsheet, IconPlus, IconUpload } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import { type VirtualColumn, VirtualTable } from '../../components/virtualTable/VirtualTable'
import { appDb } from '../../data/db'
import { useTableRows } from '../../data/tableRows'
import { useActor } from '../../stores/session'
import { ExportButton } from './ExportButton'
import { ImportModal } from './ImportModal'
import { cellText, fieldLabel } from './labels'
import { ListFilters, ListSearchBox } from './ListToolbar'
import { type ListState, useArchiveList } from './useArchiveList'
import { useRefNames } from './useRefOptions'

const rowId = (r: AnyRecord) => r.id
/** A name beside its badge, cut with "…" like the other cells. */
const cut = { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' } as const

export function ArchiveListPage({ table }: { table: ArchiveTable }) {
  const { t } = useTranslation()
  const actor = useActor()
  const navigate = useNavigate()
  const spec = archiveSpecs[table]
  const rows = useTableRows(appDb(), table)
  const [importing, setImporting] = useState(false)
  const [state, setState] = useState<ListState>({
    query: '',
    filters: {},
    sort: { key: 'name', dir: 1 },
    showArchived: false,
  })
  const { loading, visible, total } = useArchiveList(rows, spec.fields, state)
  const refField = spec.fields.find((f) => f.kind === 'ref')
  const refName = useRefNames(refField?.refTable)
  const filterFields = useMemo(() => spec.fields.filter((f) => f.filter), [spec.fields])

  const columns = useMemo<VirtualColumn<AnyRecord>[]>(
    () =>
      spec.fields
        .filter((f) => f.column)
        .map((f) => ({
          key: f.key,
          header: fieldLabel(t, table, f.key),
          width: f.column ?? 120,
          // The record's name takes the width the other columns leave.
          ...(f.key === 'name' ? { grow: 1 } : {}),
          align: f.kind === 'money' || f.kind === 'rate' ? 'right' : 'left',
          render: (row) =>
            f.key === 'name' && row.deletedAt ? (
              <Group gap={6} wrap="nowrap">
                <span style={cut}>{String(row.name)}</span>
                <Badge size="xs" color="gray">
                  {t('archives.archived')}
                </Badge>
              </Group>
            ) : (
              cellText(t, f, row[f.key], refName)
            ),
        })),
    [spec.fields, t, table, refName],
  )

  // Stable callbacks: the memoised filters and table re-render only when their own inputs change.
  const setQuery = useCallback((query: string) => setState((s) => ({ ...s, query })), [])
  const setFilter = useCallback(
    (key: string, value: string) => setState((s) => ({ ...s, filters: { ...s.filters, [key]: value } })),
    [],
  )
  const setShowArchived = useCallback(
    (showArchived: boolean) => setState((s) => ({ ...s, showArchived })),
    [],
  )
  const onSort = useCallback(
    (key: string) =>
      setState((s) => ({ ...s, sort: { key, dir: s.sort.key === key ? (s.sort.dir === 1 ? -1 : 1) : 1 } })),
    [],
  )
  const onOpen = useCallback((r: AnyRecord) => navigate(`${spec.route}/${r.id}`), [navigate, spec.route])
  const mayEdit = can(actor, spec.edit)
  const mayImport = spec.importable && mayEdit && can(actor, 'archives.import')
  const isFiltered = state.query.trim() !== '' || Object.values(state.filters).some((v) => v !== '')

  const emptyText = loading ? t('common.loading') : isFiltered ? t('archives.noMatch') : t('archives.empty')
  // An empty archive says how to fill it: by hand, or from the Excel template.
  const firstRecord = !loading && !isFiltered && total === 0
  const what = t(`archives.${table}.one`)
  const emptyNote = useMemo(
    () => (
      <Stack align="center" gap="sm" data-testid="list-empty">
        <Text c="dimmed" ta="center">
          {firstRecord ? t('archives.emptyStart', { what }) : emptyText}
        </Text>
        {firstRecord && (mayEdit || mayImport) && (
          <Group gap="xs">
            {mayEdit && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => navigate(`${spec.route}/new`)}>
                {t('archives.create', { what })}
              </Button>
            )}
            {mayImport && (
              <Button
                variant="default"
                leftSection={<IconUpload size={16} />}
                onClick={() => setImporting(true)}
              >
                {t('archives.import.button')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    ),
    [emptyText, firstRecord, mayEdit, mayImport, navigate, spec.route, t, what],
  )

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t(`archives.${table}.title`)}</Title>
        <Group gap="xs">
          {mayImport && (
            <Button
              variant="default"
              leftSection={<IconUpload size={16} />}
              onClick={() => setImporting(true)}
            >
              {t('archives.import.button')}
            </Button>
          )}
          <ExportButton table={table} rows={visible} state={state} refName={refName} />
          {mayEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate(`${spec.route}/new`)}>
              {t('archives.create', { what: t(`archives.${table}.one`) })}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder radius="md" p="sm">
        <Group gap="sm" align="flex-end">
          <ListSearchBox table={table} onQuery={setQuery} />
          <ListFilters
            table={table}
            fields={filterFields}
            filters={state.filters}
            showArchived={state.showArchived}
            onFilter={setFilter}
            onShowArchived={setShowArchived}
          />
          <Text size="sm" c="dimmed" ml="auto" mb={6} data-testid="list-count">
            {isFiltered
              ? t('archives.found', { count: visible.length, total })
              : t('archives.count', { count: total })}
          </Text>
        </Group>
      </Paper>
      <VirtualTable
        label={t(`archives.${table}.title`)}
        rows={visible}
        columns={columns}
        rowKey={rowId}
        onOpen={onOpen}
        sort={state.sort}
        onSort={onSort}
        empty={emptyNote}
      />
      {importing && <ImportModal table={table} onClose={() => setImporting(false)} />}
      <Text size="xs" c="dimmed">
        <IconFileSpreadsheet size={12} /> {t('archives.listHint')}
      </Text>
    </Stack>
  )
}
