/**
 * 库存: every product that has moved, with its balance and its last
 * movement, found by name, spec or model. One small stock row per product
 * (stockList), never the ledger. 登记入库 opens the dialog; a row opens the
 * product's 库存台账. The months finance has signed off are named, since no
 * movement can be dated in them.
 */
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconLock, IconPackageImport, IconSearch } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { nextMonth } from '@shared/procedures/shipping/stock'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readSignedOffMonths, type StockRow, stockList } from '../../../data/repositories/shipping/stockRepo'
import { useActor } from '../../../stores/session'
import { StockInModal } from './StockInModal'

export const monthLabel = (m: string) => dayjs(`${m}-01`).format('YYYY年M月')

const rowKey = (r: StockRow) => r.productId

/** The months finance has signed off, named where a clerk records movements: none can be dated in them. */
export function ClosedMonthsAlert() {
  const { t } = useTranslation()
  const signedOff = useLiveQuery(() => readSignedOffMonths(appDb()), [])
  const last = signedOff && signedOff.size > 0 ? [...signedOff].sort().at(-1) : undefined
  if (!last) return null
  return (
    <Alert color="gray" variant="light" p="xs" icon={<IconLock size={16} />} data-testid="stock-closed">
      {t('shipping.stock.closedUpTo', { month: monthLabel(last), open: monthLabel(nextMonth(last)) })}
    </Alert>
  )
}

export function StockListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const rows = useLiveQuery(() => stockList(appDb()), [])
  const [query, setQuery] = useState('')
  const [adding, setAdding] = useState(false)

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    if (q === '') return rows ?? []
    return (rows ?? []).filter((r) => `${r.name} ${r.spec} ${r.model}`.toLowerCase().includes(q))
  }, [rows, query])

  const columns = useMemo<VirtualColumn<StockRow>[]>(
    () => [
      { key: 'name', header: t('shipping.stock.name'), width: 200, grow: 1, render: (r) => r.name },
      { key: 'spec', header: t('shipping.stock.spec'), width: 160, grow: 1, render: (r) => r.spec },
      { key: 'model', header: t('shipping.stock.model'), width: 130, render: (r) => r.model },
      { key: 'unit', header: t('shipping.stock.unit'), width: 60, render: (r) => r.unit },
      {
        key: 'balance',
        header: t('shipping.stock.balance'),
        width: 90,
        align: 'right',
        render: (r) => (
          <Text span fw={600} size="sm" c={r.balance === 0 ? 'dimmed' : undefined}>
            {r.balance}
          </Text>
        ),
      },
      { key: 'movedOn', header: t('shipping.stock.movedOn'), width: 120, render: (r) => r.movedOn },
      {
        key: 'movements',
        header: t('shipping.stock.movements'),
        width: 100,
        align: 'right',
        render: (r) => r.movements,
      },
    ],
    [t],
  )
  const onOpen = useCallback((r: StockRow) => navigate(`/stock/${r.productId}`), [navigate])
  const filtered = query.trim() !== ''

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('shipping.stock.list')}</Title>
        {can(actor, 'stock.edit') && (
          <Button leftSection={<IconPackageImport size={16} />} onClick={() => setAdding(true)}>
            {t('shipping.stock.newIn')}
          </Button>
        )}
      </Group>
      <ClosedMonthsAlert />
      <Paper withBorder radius="md" p="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            aria-label={t('common.search')}
            placeholder={t('shipping.stock.search')}
            leftSection={<IconSearch size={16} />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            w={340}
          />
          <Text size="sm" c="dimmed" ml="auto" mb={6} data-testid="list-count">
            {filtered
              ? t('shipping.stock.found', { count: visible.length, total: rows?.length ?? 0 })
              : t('shipping.stock.count', { count: rows?.length ?? 0 })}
          </Text>
        </Group>
      </Paper>
      <VirtualTable
        label={t('shipping.stock.list')}
        rows={visible}
        columns={columns}
        rowKey={rowKey}
        onOpen={onOpen}
        empty={
          rows === undefined ? (
            <Text c="dimmed" ta="center">
              {t('common.loading')}
            </Text>
          ) : filtered ? (
            <Text c="dimmed" ta="center">
              {t('shipping.stock.noMatch')}
            </Text>
          ) : (
            <Stack align="center" gap={4}>
              <Text fw={600}>{t('shipping.stock.empty')}</Text>
              <Text size="sm" c="dimmed">
                {t('shipping.stock.emptyHint')}
              </Text>
            </Stack>
          )
        }
      />
      <StockInModal opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  )
}
