/**
 * 库存台账 of one product: its movements newest first — date, 入库 / 出库 /
 * 盘点调整, quantity, the document it comes from (a shipment's and a count's
 * open their page), who, and the balance after it. The balance is the
 * ledger's, never typed.
 */
import { Anchor, Badge, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPackageImport } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import type { MovementKind } from '@shared/procedures/shipping/records'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { type LedgerLine, productLedger } from '../../../data/repositories/shipping/stockRepo'
import { useActor } from '../../../stores/session'
import { loadProduct } from './stockData'
import { StockInModal } from './StockInModal'
import { ClosedMonthsAlert } from './StockListPage'

const kindColor: Record<MovementKind, string> = { in: 'green', out: 'blue', adjust: 'grape' }

/** 入库 +10, 出库 −3, 盘点调整 −1: what the movement did to the balance. */
export function signedText(m: Pick<LedgerLine, 'kind' | 'qty'>): string {
  const n = m.kind === 'out' ? -m.qty : m.qty
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`
}

/** Where a movement's document opens, when the app has a page for it. */
export function sourcePath(m: Pick<LedgerLine, 'sourceTable' | 'sourceId'>): string | null {
  if (!m.sourceId) return null
  if (m.sourceTable === 'shipments') return `/shipments/${m.sourceId}`
  if (m.sourceTable === 'stockCounts') return `/stock-counts/${m.sourceId}`
  return null
}

const rowKey = (m: LedgerLine) => m.id

export function StockLedgerPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const { productId = '' } = useParams()
  const product = useLiveQuery(() => loadProduct(appDb(), productId), [productId])
  const ledger = useLiveQuery(() => productLedger(appDb(), productId), [productId])
  const [adding, setAdding] = useState(false)
  const newestFirst = useMemo(() => (ledger ? [...ledger].reverse() : []), [ledger])
  const balance = ledger?.at(-1)?.balanceAfter ?? 0

  const columns = useMemo<VirtualColumn<LedgerLine>[]>(
    () => [
      { key: 'date', header: t('stockMovementFields.date'), width: 110, render: (m) => m.date },
      {
        key: 'kind',
        header: t('shipping.stock.kind'),
        width: 100,
        render: (m) => (
          <Badge size="sm" variant="light" color={kindColor[m.kind]}>
            {t(`shipping.stock.kinds.${m.kind}`)}
          </Badge>
        ),
      },
      {
        key: 'qty',
        header: t('shipping.stock.qty'),
        width: 80,
        align: 'right',
        render: (m) => signedText(m),
      },
      {
        key: 'source',
        header: t('shipping.stock.sourceNumber'),
        width: 170,
        render: (m) => {
          const to = sourcePath(m)
          return to ? (
            <Anchor component={Link} to={to} size="sm" onClick={(e) => e.stopPropagation()}>
              {m.sourceNumber}
            </Anchor>
          ) : (
            m.sourceNumber
          )
        },
      },
      { key: 'handledBy', header: t('shipping.stock.handledBy'), width: 100, render: (m) => m.handledBy },
      { key: 'note', header: t('shipping.stock.note'), width: 160, grow: 1, render: (m) => m.note },
      {
        key: 'balanceAfter',
        header: t('shipping.stock.balanceAfter'),
        width: 80,
        align: 'right',
        render: (m) => (
          <Text span fw={600} size="sm">
            {m.balanceAfter}
          </Text>
        ),
      },
    ],
    [t],
  )
  const onOpen = useCallback(
    (m: LedgerLine) => {
      const to = sourcePath(m)
      if (to) navigate(to)
    },
    [navigate],
  )

  const title = product ? [product.name, product.spec, product.model].filter(Boolean).join(' ') : ''
  return (
    <Stack gap="sm">
      <Breadcrumbs>
        <Anchor component={Link} to="/stock" size="sm">
          {t('shipping.stock.back')}
        </Anchor>
        <Text size="sm">{t('shipping.stock.ledger')}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{product === null ? t('shipping.stock.notFound') : title}</Title>
          <Text size="sm" c="dimmed">
            {t('shipping.stock.ledger')}
          </Text>
        </div>
        {can(actor, 'stock.edit') && product && (
          <Button leftSection={<IconPackageImport size={16} />} onClick={() => setAdding(true)}>
            {t('shipping.stock.newIn')}
          </Button>
        )}
      </Group>
      <ClosedMonthsAlert />
      <Paper withBorder radius="md" p="sm">
        <Group gap="xl">
          <div>
            <Text size="xs" c="dimmed">
              {t('shipping.stock.balanceNow')}
            </Text>
            <Text fw={700} size="xl" data-testid="stock-balance">
              {balance} {product?.unit}
            </Text>
          </div>
          {ledger && ledger.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('shipping.stock.lastMoved', {
                date: ledger.reduce((d, m) => (m.date > d ? m.date : d), ''),
              })}
            </Text>
          )}
        </Group>
      </Paper>
      <VirtualTable
        label={t('shipping.stock.ledger')}
        rows={newestFirst}
        columns={columns}
        rowKey={rowKey}
        onOpen={onOpen}
        empty={
          <Text c="dimmed" ta="center">
            {ledger === undefined ? t('common.loading') : t('shipping.stock.ledgerEmpty')}
          </Text>
        }
      />
      <StockInModal opened={adding} onClose={() => setAdding(false)} productId={productId} />
    </Stack>
  )
}
