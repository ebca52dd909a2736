/**
 * The 发货 tab of a contract or phone order: its delivery state, derived
 * from its shipments (未发货 / 部分发货 / 已全部发出 / 已交货, never typed), each
 * line contracted, ordered, shipped, signed for and open, its purchase
 * orders and shipments with their steps, every delivery voucher, and the
 * buttons that start a purchase order or a shipment — disabled, with the
 * reason, while the contract may not ship (not filed; a phone order
 * leadership has not approved: 不得发货).
 */
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { mayShipFrom, sourceProblems } from '@shared/procedures/shipping/machines/sources'
import { deliveryState, openQuantities } from '@shared/procedures/shipping/quantities'
import type { SyncedTable } from '@shared/tables/tableSpecs'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import type { SupplyRef } from '../../../data/repositories/shipping/shippingReads'
import { vouchersOf } from '../../../data/repositories/shipping/shipmentsRepo'
import { useActor } from '../../../stores/session'
import { useRefNames } from '../../archives/useRefOptions'
import { orderStepColor, shipmentStepColor, supplyQuery } from './shippingView'
import { SupplyLinesTable } from './SupplyLinesTable'
import { useSupply } from './useSupply'
import { VoucherBox, VoucherTable } from './VouchersSection'

const deliveryColor = { none: 'gray', partial: 'yellow', shipped: 'blue', delivered: 'green' } as const

export function SupplyPanel({ table, id }: { table: SyncedTable; id: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const ref: SupplyRef = table === 'phoneOrders' ? { table: 'phoneOrders', id } : { table: 'contracts', id }
  const view = useSupply(ref)
  const vouchers = useLiveQuery(() => vouchersOf(appDb(), ref), [ref.table, ref.id]) ?? []
  const supplierName = useRefNames('suppliers')
  if (view === undefined) return <Loader />
  if (!view) return <Text c="red">{t('errors.data.notFound')}</Text>
  const state = deliveryState(view.sourceLines, view.shipping.shipments, view.shipping.shipmentLines)
  const mayShip = mayShipFrom(view.source)
  const mayEdit = can(actor, 'shipping.edit')
  // Every line gone out (or on its way): nothing is left to order or to ship.
  const open = openQuantities(view.sourceLines, view.shipping.shipments, view.shipping.shipmentLines)
  const nothingOpen = view.sourceLines.length > 0 && [...open.values()].every((q) => q === 0)
  const why = !mayShip
    ? t(sourceProblems(view.source)[0]?.messageKey ?? 'errors.data.notFound')
    : !mayEdit
      ? t('shippingOrders.supply.mayNotEdit')
      : nothingOpen
        ? t('shippingOrders.supply.nothingOpen')
        : null
  const start = (path: string) => navigate(`${path}/new?${supplyQuery(ref)}`)
  const startButton = (label: string, path: string) => (
    <Tooltip label={why} disabled={!why}>
      <Button
        size="sm"
        leftSection={<IconPlus size={16} />}
        disabled={why !== null}
        onClick={() => start(path)}
      >
        {label}
      </Button>
    </Tooltip>
  )
  const { orders, shipments } = view.shipping
  return (
    <Stack gap="md" data-testid="supply-panel">
      <Group justify="space-between">
        <Group gap="sm">
          <Text fw={600}>{t('shippingOrders.supply.delivery')}</Text>
          <Badge size="lg" color={deliveryColor[state]} data-testid="delivery-state">
            {t(`shipping.delivery.states.${state}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          {startButton(t('shippingOrders.supply.newOrder'), '/purchase-orders')}
          {startButton(t('shippingOrders.supply.newShipment'), '/shipments')}
        </Group>
      </Group>
      {!mayShip && (
        <Alert color="red" p="xs" data-testid="may-not-ship">
          {why}
        </Alert>
      )}
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('shippingOrders.supply.lines')}
        </Text>
        <SupplyLinesTable view={view} />
      </div>
      <Paper withBorder p="md">
        <Title order={6} mb="xs">
          {t('shippingOrders.supply.orders')}
        </Title>
        {orders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('shippingOrders.supply.noOrders')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} highlightOnHover data-testid="supply-orders">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchaseOrderFields.number')}</Table.Th>
                <Table.Th>{t('purchaseOrderFields.manufacturerId')}</Table.Th>
                <Table.Th>{t('purchaseOrderFields.step')}</Table.Th>
                <Table.Th>{t('purchaseOrderFields.requestedOn')}</Table.Th>
                <Table.Th>{t('purchaseOrderFields.promisedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orders.map((o) => (
                <Table.Tr
                  key={o.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(`/purchase-orders/${o.id}`)}
                >
                  <Table.Td>{o.number}</Table.Td>
                  <Table.Td>{supplierName('suppliers', o.manufacturerId)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={orderStepColor(o.step)}>
                      {t(`shipping.purchaseOrders.steps.${o.step}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{o.requestedOn}</Table.Td>
                  <Table.Td>{o.promisedOn}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={6} mb="xs">
          {t('shippingOrders.supply.shipments')}
        </Title>
        {shipments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('shippingOrders.supply.noShipments')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} highlightOnHover data-testid="supply-shipments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('shipmentFields.number')}</Table.Th>
                <Table.Th>{t('shipmentFields.source')}</Table.Th>
                <Table.Th>{t('shipmentFields.step')}</Table.Th>
                <Table.Th>{t('shipmentFields.carrier')}</Table.Th>
                <Table.Th>{t('shipmentFields.shippedOn')}</Table.Th>
                <Table.Th>{t('shipmentFields.receivedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shipments.map((s) => (
                <Table.Tr
                  key={s.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(`/shipments/${s.id}`)}
                >
                  <Table.Td>{s.number}</Table.Td>
                  <Table.Td>{t(`shipping.shipments.sources.${s.source}`)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={shipmentStepColor(s.step)}>
                      {t(`shipping.shipments.steps.${s.step}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{s.carrier}</Table.Td>
                  <Table.Td>{s.shippedOn}</Table.Td>
                  <Table.Td>{s.receivedOn}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <VoucherBox title={t('shippingOrders.supply.vouchers')}>
        <VoucherTable rows={vouchers} withShipment />
      </VoucherBox>
    </Stack>
  )
}
