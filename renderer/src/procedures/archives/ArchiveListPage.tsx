/** One archive's list: search (with pinyin), filters, sort, 停用 records, Excel in and out. */
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconFileSpreadsheet, IconPlus, IconSearch, IconUpload } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import { optionSets } from '@shared/masterData/optionSets'
import { type VirtualColumn, VirtualTable } from '../../components/virtualTable/VirtualTable'
import { appDb } from '../../data/db'
import { useTableRows } from '../../data/tableRows'
import { useActor } from '../../stores/session'
import { ExportButton } from './ExportButton'
import { ImportModal } from './ImportModal'
import { cellText, fieldLabel, optionLabel } from './labels'
import { type ListState, useArchiveList } from './useArchiveList'
import { useRefNames } from './useRefOptions'

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
  const filterFields = spec.fields.filter((f) => f.filter)

  const columns = useMemo<VirtualColumn<AnyRecord>[]>(
    () =>
      spec.fields
        .filter((f) => f.column)
        .map((f) => ({
          key: f.key,
          header: fieldLabel(t, table, f.key),
          width: f.column ?? 120,
          align: f.kind === 'money' || f.kind === 'rate' ? 'right' : 'left',
          render: (row) =>
            f.key === 'name' && row.deletedAt ? (
              <Group gap={6} wrap="nowrap">
                <span>{String(row.name)}</span>
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

  const setFilter = (key: string, value: string) =>
    setState((s) => ({ ...s, filters: { ...s.filters, [key]: value } }))
  const onSort = (key: string) =>
    setState((s) => ({ ...s, sort: { key, dir: s.sort.key === key ? (s.sort.dir === 1 ? -1 : 1) : 1 } }))
  const mayEdit = can(actor, spec.edit)
  const mayImport = spec.importable && mayEdit && can(actor, 'archives.import')
  const isFiltered = state.query.trim() !== '' || Object.values(state.filters).some((v) => v !== '')

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
          <TextInput
            aria-label={t('common.search')}
            placeholder={t(`archives.${table}.searchHint`)}
            leftSection={<IconSearch size={16} />}
            value={state.query}
            onChange={(e) => {
              const query = e.currentTarget.value
              setState((s) => ({ ...s, query }))
            }}
            w={340}
          />
          {filterFields.map((f) =>
            f.kind === 'bool' ? (
              <SegmentedControl
                key={f.key}
                aria-label={fieldLabel(t, table, f.key)}
                size="sm"
                value={state.filters[f.key] ?? ''}
                onChange={(v) => setFilter(f.key, v)}
                data={[
                  {
                    value: '',
                    label: t('common.labelValue', {
                      label: fieldLabel(t, table, f.key),
                      value: t('common.all'),
                    }),
                  },
                  { value: 'true', label: t('common.yes') },
                  { value: 'false', label: t('common.no') },
                ]}
              />
            ) : (
              <Select
                key={f.key}
                aria-label={fieldLabel(t, table, f.key)}
                placeholder={fieldLabel(t, table, f.key)}
                w={140}
                clearable
                value={state.filters[f.key] || null}
                onChange={(v) => setFilter(f.key, v ?? '')}
                data={(f.optionSet ? optionSets[f.optionSet] : []).map((v) => ({
                  value: v,
                  label: optionLabel(t, f.optionSet ?? 'grade', v),
                }))}
              />
            ),
          )}
          <Switch
            label={t('archives.showArchived')}
            checked={state.showArchived}
            onChange={(e) => {
              const showArchived = e.currentTarget.checked
              setState((s) => ({ ...s, showArchived }))
            }}
            mb={6}
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
        rowKey={(r) => r.id}
        onOpen={(r) => navigate(`${spec.route}/${r.id}`)}
        sort={state.sort}
        onSort={onSort}
        empty={
          <Text c="dimmed" ta="center">
            {loading ? t('common.loading') : isFiltered ? t('archives.noMatch') : t('archives.empty')}
          </Text>
        }
      />
      {importing && <ImportModal table={table} onClose={() => setImporting(false)} />}
      <Text size="xs" c="dimmed">
        <IconFileSpreadsheet size={12} /> {t('archives.listHint')}
      </Text>
    </Stack>
  )
}
