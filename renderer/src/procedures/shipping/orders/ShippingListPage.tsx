/**
 * 设备采购单 and 发运单 lists: every record with its contract (or phone
 * order), customer, step and dates, newest first; search by number,
 * contract, customer or manufacturer, filter by step.
 */
import { Badge, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import {
  type PurchaseOrderRecord,
  type ShipmentRecord,
  purchaseOrderSteps,
  shipmentSteps,
} from '@shared/procedures/shipping/records'
import { isLive } from '@shared/types/records'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useTableRows } from '../../../data/tableRows'
import { useRefNames } from '../../archives/useRefOptions'
import { orderStepColor, shipmentStepColor } from './shippingView'

/** The contract's or phone order's number of a record, by id. */
function useSupplyNumbers(): (row: { contractId: string; phoneOrderId: string }) => string {
  const contracts = useTableRows(appDb(), 'contracts')
  const phoneOrders = useTableRows(appDb(), 'phoneOrders')
  return useMemo(() => {
    const numbers = new Map<string, string>()
    for (const rows of [contracts, phoneOrders])
      for (const r of (rows ?? []) as readonly AnyRecord[]) numbers.set(r.id, String(r.number ?? ''))
    return (row) => numbers.get(row.contractId || row.phoneOrderId) ?? ''
  }, [contracts, phoneOrders])
}

interface ListProps<T extends { id: string; number: string; step: string }> {
  title: string
  table: 'purchaseOrders' | 'shipments'
  steps: readonly string[]
  stepWords: string
  extraColumns: (names: { supplier: (id: string) => string }) => VirtualColumn<T>[]
  /** What the search matches besides number, contract and customer. */
  alsoMatches?: (row: T, names: { supplier: (id: string) => string }) => string
  stepColor: (step: T['step']) => string
  path: string
  empty: string
}

interface ListRow {
  id: string
  number: string
  step: string
  contractId: string
  phoneOrderId: string
  customerId: string
  deletedAt?: string | null
}

function ShippingList<T extends ListRow>({
  title,
  table,
  steps,
  stepWords,
  extraColumns,
  alsoMatches,
  stepColor,
  path,
  empty: emptyText,
}: ListProps<T>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const rows = useTableRows(appDb(), table) as readonly T[] | undefined
  const customerName = useRefNames('customers')
  const supplierName = useRefNames('suppliers')
  const supplyNumber = useSupplyNumbers()
  const [query, setQuery] = useState('')
  const [step, setStep] = useState<string | null>(null)
  const names = useMemo(() => ({ supplier: (id: string) => supplierName('suppliers', id) }), [supplierName])

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (rows ?? [])
      .filter((r) => isLive(r) && (!step || r.step === step))
      .filter(
        (r) =>
          q === '' ||
          [r.number, supplyNumber(r), customerName('customers', r.customerId), alsoMatches?.(r, names) ?? '']
            .join(' ')
            .toLowerCase()
            .includes(q),
      )
      .sort((a, b) => b.number.localeCompare(a.number))
  }, [rows, query, step, supplyNumber, customerName, alsoMatches, names])

  const columns = useMemo<VirtualColumn<T>[]>(
    () => [
      {
        key: 'number',
        header: t(`${table === 'shipments' ? 'shipmentFields' : 'purchaseOrderFields'}.number`),
        width: 150,
        render: (r) => r.number,
      },
      { key: 'source', header: t('shippingOrders.sourceNumber'), width: 150, render: (r) => supplyNumber(r) },
      {
        key: 'customer',
        header: t('purchaseOrderFields.customerId'),
        width: 220,
        grow: 1,
        render: (r) => customerName('customers', r.customerId),
      },
      ...extraColumns(names),
      {
        key: 'step',
        header: t('purchaseOrderFields.step'),
        width: 120,
        render: (r) => (
          <Badge size="sm" color={stepColor(r.step)} variant="light">
            {t(`${stepWords}.${r.step}`)}
          </Badge>
        ),
      },
    ],
    [t, table, supplyNumber, customerName, extraColumns, names, stepColor, stepWords],
  )
  const onOpen = useCallback((r: T) => navigate(`${path}/${r.id}`), [navigate, path])
  const empty = useMemo(
    () => (
      <Text c="dimmed" ta="center">
        {rows === undefined ? t('common.loading') : emptyText}
      </Text>
    ),
    [rows, t, emptyText],
  )
  return (
    <Stack gap="sm">
      <Title order={3}>{title}</Title>
      <Group gap="sm">
        <TextInput
          w={320}
          leftSection={<IconSearch size={16} />}
          placeholder={t('shippingOrders.search')}
          aria-label={t('shippingOrders.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Select
          w={170}
          clearable
          placeholder={t('shippingOrders.allSteps')}
          aria-label={t('purchaseOrderFields.step')}
          data={steps.map((s) => ({ value: s, label: t(`${stepWords}.${s}`) }))}
          value={step}
          onChange={setStep}
        />
      </Group>
      <VirtualTable
        label={title}
        rows={visible}
        columns={columns}
        rowKey={(r) => r.id}
        onOpen={onOpen}
        empty={empty}
      />
    </Stack>
  )
}

const orderExtra = (t: (k: string) => string) => (names: { supplier: (id: string) => string }) => [
  {
    key: 'manufacturer',
    header: t('purchaseOrderFields.manufacturerId'),
    width: 200,
    grow: 1,
    render: (o: PurchaseOrderRecord) => names.supplier(o.manufacturerId),
  },
  {
    key: 'requestedOn',
    header: t('purchaseOrderFields.requestedOn'),
    width: 120,
    render: (o: PurchaseOrderRecord) => o.requestedOn,
  },
  {
    key: 'promisedOn',
    header: t('purchaseOrderFields.promisedOn'),
    width: 140,
    render: (o: PurchaseOrderRecord) => o.promisedOn,
  },
]

export function PurchaseOrderListPage() {
  const { t } = useTranslation()
  const extra = useMemo(() => orderExtra(t), [t])
  const also = useCallback(
    (o: PurchaseOrderRecord, names: { supplier: (id: string) => string }) => names.supplier(o.manufacturerId),
    [],
  )
  return (
    <ShippingList<PurchaseOrderRecord>
      title={t('shipping.purchaseOrders.title')}
      table="purchaseOrders"
      steps={purchaseOrderSteps}
      stepWords="shipping.purchaseOrders.steps"
      extraColumns={extra}
      alsoMatches={also}
      stepColor={orderStepColor}
      path="/purchase-orders"
      empty={t('shipping.purchaseOrders.empty')}
    />
  )
}

export function ShipmentListPage() {
  const { t } = useTranslation()
  const extra = useMemo(
    () => () => [
      {
        key: 'source',
        header: t('shipmentFields.source'),
        width: 110,
        render: (s: ShipmentRecord) => t(`shipping.shipments.sources.${s.source}`),
      },
      {
        key: 'carrier',
        header: t('shipmentFields.carrier'),
        width: 140,
        render: (s: ShipmentRecord) => s.carrier,
      },
      {
        key: 'shippedOn',
        header: t('shipmentFields.shippedOn'),
        width: 110,
        render: (s: ShipmentRecord) => s.shippedOn,
      },
      {
        key: 'receivedOn',
        header: t('shipmentFields.receivedOn'),
        width: 110,
        render: (s: ShipmentRecord) => s.receivedOn,
      },
    ],
    [t],
  )
  const also = useCallback((s: ShipmentRecord) => `${s.carrier} ${s.trackingNo}`, [])
  return (
    <ShippingList<ShipmentRecord>
      title={t('shipping.shipments.title')}
      table="shipments"
      steps={shipmentSteps}
      stepWords="shipping.shipments.steps"
      extraColumns={extra}
      alsoMatches={also}
      stepColor={shipmentStepColor}
      path="/shipments"
      empty={t('shipping.shipments.empty')}
    />
  )
}
