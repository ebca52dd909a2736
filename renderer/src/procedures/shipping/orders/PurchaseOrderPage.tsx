/**
 * One 设备采购单: where it stands (起草 → 待财务审核 → 财务已审核 → 已向厂家订货
 * → 已发货 → 已完结), the current step's rules and the actions this user may
 * take, what finance reviews (the contract, its approvals, its payments and
 * what is ordered and shipped so far), and the form: the manufacturer, where
 * and to whom the goods go, and the lines from the contract with what is
 * left to order. A new one is started from the contract's 发货 tab.
 */
import { Alert, Loader, Stack, Text, Title } from '@mantine/core'
import { ShippingCrumbs } from './ShippingCrumbs'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { purchaseOrderMachine } from '@shared/procedures/shipping/machines/purchaseOrder'
import { mayShipFrom, sourceProblems } from '@shared/procedures/shipping/machines/sources'
import type { PurchaseOrderLineRecord, PurchaseOrderRecord } from '@shared/procedures/shipping/records'
import { type PurchaseOrderInput } from '@shared/procedures/shipping/schema'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { purchaseOrderDraft } from '../../../data/repositories/shipping/purchaseOrdersRepo'
import { childLinesOf, type SupplyRef, supplyRefOf } from '../../../data/repositories/shipping/shippingReads'
import { supplyRefFromQuery } from './shippingView'
import { useSupply } from './useSupply'
import { OrderForm } from './PurchaseOrderForm'
export function PurchaseOrderPage() {
  const { id = 'new' } = useParams()
  const [search] = useSearchParams()
  if (id === 'new') return <NewOrder supplyRef={supplyRefFromQuery(search)} />
  return <ExistingOrder id={id} />
}

function Crumbs({ title }: { title: string }) {
  return <ShippingCrumbs list="/purchase-orders" labelKey="shipping.purchaseOrders.title" title={title} />
}

function NewOrder({ supplyRef }: { supplyRef: SupplyRef | null }) {
  const { t } = useTranslation()
  const view = useSupply(supplyRef)
  const draft = useLiveQuery(
    () => (supplyRef ? purchaseOrderDraft(appDb(), supplyRef) : Promise.resolve(null)),
    // Read once: the clerk's form takes it from there.
    [supplyRef?.table, supplyRef?.id],
  )
  if (view === undefined || draft === undefined) return <Loader />
  if (!view || !draft || !supplyRef) return <Text c="red">{t('errors.data.notFound')}</Text>
  return (
    <Stack gap="md">
      <Crumbs title={t('shippingOrders.purchaseOrder.newTitle')} />
      <Title order={3}>
        {t('shippingOrders.purchaseOrder.newTitle')} · {view.number}
      </Title>
      {!mayShipFrom(view.source) && (
        <Alert color="red">{t(sourceProblems(view.source)[0]?.messageKey ?? 'errors.data.notFound')}</Alert>
      )}
      <OrderForm order={null} initial={{ ...draft, manufacturerId: '', lines: [] }} view={view} editable />
    </Stack>
  )
}

interface LoadedOrder {
  order: PurchaseOrderRecord
  lines: PurchaseOrderLineRecord[]
}

function ExistingOrder({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLiveQuery(async (): Promise<LoadedOrder | null> => {
    const db = appDb()
    const order = await db.purchaseOrders.get(id)
    if (!order) return null
    return { order, lines: await childLinesOf<PurchaseOrderLineRecord>(db, 'purchaseOrderLines', id) }
  }, [id])
  const ref = loaded ? supplyRefOf(loaded.order) : null
  const view = useSupply(ref)
  if (loaded === undefined || (loaded && view === undefined)) return <Loader />
  if (!loaded || !view) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { order: o, lines } = loaded
  const initial: PurchaseOrderInput = {
    contractId: o.contractId,
    phoneOrderId: o.phoneOrderId,
    manufacturerId: o.manufacturerId,
    deliveryPlace: o.deliveryPlace,
    recipient: o.recipient,
    recipientPhone: o.recipientPhone,
    requestedOn: o.requestedOn,
    note: o.note,
    lines: lines.map((l) => ({
      sourceLineId: l.sourceLineId,
      productId: l.productId,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      qty: l.qty,
      unitFen: l.unitFen,
      note: l.note,
    })),
  }
  return (
    <Stack gap="md">
      <Crumbs title={o.number} />
      <OrderForm
        key={`${o.id}:${o.step}`}
        order={o}
        initial={initial}
        view={view}
        editable={purchaseOrderMachine.isEditable(o.step)}
      />
    </Stack>
  )
}
