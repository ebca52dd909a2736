/**
 * One 发运单: where it stands (起草 → 已发货 → 已签收 → 已归档), the current
 * step's rules and actions (发货 with its date, 登记签收 with the signed
 * receipt's scan, 归档, 作废), the form — 厂家直发 against an ordered
 * purchase order or 库存发货, carrier and tracking number, where and to whom,
 * the quantity of each contract line with what is still open and the serial
 * numbers — and its vouchers. The 设备签收单 prints from here.
 */
import { Alert, Loader, Stack, Text, Title } from '@mantine/core'
import { ShippingCrumbs } from './ShippingCrumbs'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { mayShipFrom, sourceProblems } from '@shared/procedures/shipping/machines/sources'
import { openQuantities } from '@shared/procedures/shipping/quantities'
import type { ShipmentLineRecord } from '@shared/procedures/shipping/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { childLinesOf, type SupplyRef, supplyRefOf } from '../../../data/repositories/shipping/shippingReads'
import { supplyRefFromQuery } from './shippingView'
import { useSupply } from './useSupply'
import { type ShipValues, ShipmentForm, fromOrder, orderedOrders } from './ShipmentForm'
export function ShipmentPage() {
  const { id = 'new' } = useParams()
  const [search] = useSearchParams()
  if (id === 'new') return <NewShipment supplyRef={supplyRefFromQuery(search)} />
  return <ExistingShipment id={id} />
}

function Crumbs({ title }: { title: string }) {
  return <ShippingCrumbs list="/shipments" labelKey="shipping.shipments.title" title={title} />
}

function NewShipment({ supplyRef }: { supplyRef: SupplyRef | null }) {
  const { t } = useTranslation()
  const view = useSupply(supplyRef)
  if (view === undefined) return <Loader />
  if (!view || !supplyRef) return <Text c="red">{t('errors.data.notFound')}</Text>
  const open = openQuantities(view.sourceLines, view.shipping.shipments, view.shipping.shipmentLines)
  const first = orderedOrders(view)[0]
  const initial: ShipValues = {
    source: first ? 'direct' : 'stock',
    purchaseOrderId: '',
    carrier: '',
    trackingNo: '',
    deliveryPlace: '',
    recipient: '',
    recipientPhone: '',
    lines: {},
    ...fromOrder(view, first, open),
  }
  return (
    <Stack gap="md">
      <Crumbs title={t('shippingOrders.shipment.newTitle')} />
      <Title order={3}>
        {t('shippingOrders.shipment.newTitle')} · {view.number}
      </Title>
      {!mayShipFrom(view.source) && (
        <Alert color="red">{t(sourceProblems(view.source)[0]?.messageKey ?? 'errors.data.notFound')}</Alert>
      )}
      <ShipmentForm shipment={null} initial={initial} view={view} />
    </Stack>
  )
}

function ExistingShipment({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLiveQuery(async () => {
    const db = appDb()
    const shipment = await db.shipments.get(id)
    if (!shipment) return null
    return { shipment, lines: await childLinesOf<ShipmentLineRecord>(db, 'shipmentLines', id) }
  }, [id])
  const view = useSupply(loaded ? supplyRefOf(loaded.shipment) : null)
  if (loaded === undefined || (loaded && view === undefined)) return <Loader />
  if (!loaded || !view) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { shipment: s, lines } = loaded
  const initial: ShipValues = {
    source: s.source,
    purchaseOrderId: s.purchaseOrderId,
    carrier: s.carrier,
    trackingNo: s.trackingNo,
    deliveryPlace: s.deliveryPlace,
    recipient: s.recipient,
    recipientPhone: s.recipientPhone,
    lines: Object.fromEntries(
      lines.map((l) => [l.sourceLineId, { qty: l.qty, serials: l.serials.join('\n') }]),
    ),
  }
  return (
    <Stack gap="md">
      <Crumbs title={s.number} />
      <ShipmentForm key={`${s.id}:${s.step}`} shipment={s} initial={initial} view={view} />
    </Stack>
  )
}
