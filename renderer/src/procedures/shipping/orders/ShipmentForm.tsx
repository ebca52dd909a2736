/**
 * A 发运单's form (ShipmentPage.tsx loads it): its head, stepper, step panel
 * with the actions this user may take, vouchers, and the shipment's source,
 * carrier, delivery and lines with their serial numbers.
 */
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import { shipmentChecklists } from '@shared/procedures/shipping/checklist'
import {
  type ShipmentAction,
  type ShipmentPayloads,
  shipmentMachine,
} from '@shared/procedures/shipping/machines/shipment'
import { openQuantities, quantityProblems } from '@shared/procedures/shipping/quantities'
import type { PurchaseOrderRecord, ShipmentRecord, ShipmentSource } from '@shared/procedures/shipping/records'
import { type ShipmentInput, shipmentInputSchema } from '@shared/procedures/shipping/schema'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { supplyFields } from '../../../data/repositories/shipping/shippingReads'
import {
  saveShipment,
  shipmentAction,
  shipmentFacts,
  vouchersOf,
} from '../../../data/repositories/shipping/shipmentsRepo'
import { machineContext } from '../../../data/repositories/takeTransition'
import { useActor, useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { type FieldErrors, fromProblems, fromSchema } from '../../contracts/shared/fieldErrors'
import { ReasonModal } from '../../contracts/shared/ReasonModal'
import { showRefusal } from '../../contracts/shared/showRefusal'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { ShipLinesEditor, type ShipLineValue, splitSerials } from './ShipLinesEditor'
import { receiptModel } from './shippingModels'
import {
  shipmentStepColor,
  shipmentStepIndex,
  shipmentStepperSteps,
  supplyPath,
  whoMayAct,
} from './shippingView'
import { StepBox } from './StepBox'
import { type SupplyView } from './useSupply'
import { VoucherBox, VoucherTable, VoucherUpload } from './VouchersSection'

/** The form's values: the shipment's fields, and per contract line the quantity and serials typed. */
export interface ShipValues extends Omit<ShipmentInput, 'lines' | 'contractId' | 'phoneOrderId'> {
  lines: Record<string, ShipLineValue>
}

export const orderedOrders = (view: SupplyView) => view.shipping.orders.filter((o) => o.step === 'ordered')

/** What picking a purchase order fills in: its delivery details and its lines, as far as they are open. */
export function fromOrder(
  view: SupplyView,
  order: PurchaseOrderRecord | undefined,
  open: ReadonlyMap<string, number>,
) {
  if (!order) return {}
  const lines: Record<string, ShipLineValue> = {}
  for (const l of view.shipping.orderLines)
    if (l.parentId === order.id)
      lines[l.sourceLineId] = { qty: Math.min(l.qty, open.get(l.sourceLineId) ?? 0), serials: '' }
  return {
    purchaseOrderId: order.id,
    deliveryPlace: order.deliveryPlace,
    recipient: order.recipient,
    recipientPhone: order.recipientPhone,
    lines,
  }
}

type Payload = Partial<{ shippedOn: string; receivedOn: string; signedReceiptId: string }>

export function ShipmentForm({
  shipment,
  initial,
  view,
}: {
  shipment: ShipmentRecord | null
  initial: ShipValues
  view: SupplyView
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const step = shipment?.step ?? 'draft'
  const editable = shipmentMachine.isEditable(step)
  const [values, setValues] = useState<ShipValues>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [payload, setPayload] = useState<Payload>({ shippedOn: todayIso(new Date()), receivedOn: '' })
  /** A step's own field typed: its old problem goes. */
  const edit = (patch: Payload) => {
    setPayload((p) => ({ ...p, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k]
      return next
    })
  }
  const [voiding, setVoiding] = useState(false)
  const vouchers =
    useLiveQuery(
      () =>
        shipment
          ? vouchersOf(appDb(), view.ref).then((rows) => rows.filter((v) => v.parentId === shipment.id))
          : Promise.resolve([]),
      [shipment?.id, view.ref.id],
    ) ?? []

  const open = openQuantities(
    view.sourceLines,
    view.shipping.shipments,
    view.shipping.shipmentLines,
    shipment?.id ?? '',
  )
  const input = (): ShipmentInput => ({
    ...supplyFields(view.ref),
    source: values.source,
    purchaseOrderId: values.source === 'direct' ? values.purchaseOrderId : '',
    carrier: values.carrier,
    trackingNo: values.trackingNo,
    deliveryPlace: values.deliveryPlace,
    recipient: values.recipient,
    recipientPhone: values.recipientPhone,
    lines: view.lines
      .filter((l) => (values.lines[l.id]?.qty ?? 0) > 0)
      .map((l) => ({
        sourceLineId: l.id,
        productId: l.productId,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        qty: values.lines[l.id].qty,
        serials: splitSerials(values.lines[l.id].serials),
      })),
  })
  const sent = input()
  const errAt = (sourceLineId: string, field: 'qty' | 'serials') => {
    const i = sent.lines.findIndex((l) => l.sourceLineId === sourceLineId)
    const e = i < 0 ? undefined : errors[`lines.${i}.${field}`]
    return e ? t(e.key, e.params) : undefined
  }
  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const set = (patch: Partial<ShipValues>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k]
      if ('lines' in patch) for (const k of Object.keys(next)) if (k.startsWith('lines')) delete next[k]
      return next
    })
  }
  const setLine = (id: string, patch: Partial<ShipLineValue>) =>
    set({ lines: { ...values.lines, [id]: { ...(values.lines[id] ?? { qty: 0, serials: '' }), ...patch } } })
  const text = (key: 'carrier' | 'trackingNo' | 'deliveryPlace' | 'recipient' | 'recipientPhone') => ({
    value: values[key],
    onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value }),
    error: err(key),
    readOnly: !editable,
  })

  /** Shows every problem found at its field (and the first as a notice); true when there is none. */
  const accept = (found: FieldErrors) => {
    setErrors(found)
    const first = Object.values(found)[0]
    if (first) notifications.show({ color: 'red', message: t(first.key, first.params) })
    return !first
  }
  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }
  const save = async (): Promise<ShipmentRecord | null> => {
    const data = input()
    const found: FieldErrors = {
      ...fromProblems(quantityProblems(data.lines, open, view.sourceLines, 'shippingValidation.overOpen')),
      ...fromSchema(shipmentInputSchema, data),
      ...(data.source === 'direct' && !data.purchaseOrderId
        ? { purchaseOrderId: { key: 'shippingValidation.notOrdered' } }
        : {}),
    }
    if (!accept(found)) return null
    const saved = await saveShipment(appDb(), { id: shipment?.id ?? null, input: data }, write())
    if (!shipment) navigate(`/shipments/${saved.id}`, { replace: true })
    else notifications.show({ color: 'green', message: t('shippingOrders.saved') })
    return saved
  }
  const done = (action: ShipmentAction) =>
    notifications.show({
      color: 'green',
      message: t('shippingOrders.done', { action: t(`shipping.shipments.actions.${action}`) }),
    })
  const act = async <A extends ShipmentAction>(action: A, p: ShipmentPayloads[A]) => {
    if (!shipment) return
    await shipmentAction(appDb(), { id: shipment.id, action, payload: p }, write())
    done(action)
  }
  /** 确认发货: the form saved, then every problem of leaving (quantities, serials, stock) at its field. */
  const ship = () =>
    run(async () => {
      const saved = await save()
      if (!saved) return
      const p = { shippedOn: payload.shippedOn ?? '', carrier: values.carrier, trackingNo: values.trackingNo }
      const db = appDb()
      const facts = await shipmentFacts(db, saved)
      const problems = shipmentMachine.problems(facts, 'ship', p, await machineContext(db, write()))
      if (!accept(fromProblems(problems))) return
      await act('ship', p)
    })

  const openActions = shipment ? shipmentMachine.actionsAt(step, actor.roles) : []
  const has = (a: ShipmentAction) => openActions.includes(a)
  const receipts = vouchers.filter((v) => v.kind === 'signedReceipt')
  const orders = orderedOrders(view)
  const mayAttach = shipment && can(actor, 'shipping.attach') && step !== 'filed' && step !== 'voided'

  // Once the goods are out the signed receipt is what is asked for: its upload comes right under the step.
  const vouchersBox = shipment && (
    <VoucherBox title={t('shipping.vouchers.title')}>
      {mayAttach && (
        <VoucherUpload
          shipmentId={shipment.id}
          initialKind={step === 'draft' ? 'dispatchNote' : 'signedReceipt'}
        />
      )}
      <VoucherTable rows={vouchers} withShipment={false} />
    </VoucherBox>
  )

  return (
    <Stack gap="md">
      {shipment && (
        <>
          <Group justify="space-between">
            <Group gap="sm">
              <Title order={3}>
                {t('shipping.shipments.one')} {shipment.number}
              </Title>
              <Badge color={shipmentStepColor(step)} data-testid="shipment-step">
                {t(`shipping.shipments.steps.${step}`)}
              </Badge>
              <Badge variant="outline">{t(`shipping.shipments.sources.${shipment.source}`)}</Badge>
            </Group>
            {step !== 'voided' && (
              <DocumentButton
                label={t('shippingOrders.shipment.print')}
                build={() => receiptModel(appDb(), shipment.id, new Date().toISOString())}
              />
            )}
          </Group>
          {step === 'voided' ? (
            <Text c="dimmed">{t('shippingOrders.shipment.voided', { reason: shipment.reason })}</Text>
          ) : (
            <Stepper active={shipmentStepIndex(step)} size="xs" iconSize={24}>
              {shipmentStepperSteps.map((s) => (
                <Stepper.Step key={s} label={t(`shipping.shipments.steps.${s}`)} />
              ))}
            </Stepper>
          )}
          {!shipmentMachine.isEnded(step) && (
            <StepBox
              title={t(`shipping.shipments.steps.${step}`)}
              checklist={shipmentChecklists[step] ?? []}
              whoMay={whoMayAct(shipmentMachine, step)}
              hasActions={openActions.length > 0}
            >
              {has('ship') && (
                <DayInput
                  w={200}
                  label={t('shippingOrders.shipment.shipDate')}
                  editable
                  value={payload.shippedOn ?? ''}
                  error={err('shippedOn')}
                  onChange={(v) => edit({ shippedOn: v })}
                />
              )}
              {has('sign') && (
                <SimpleGrid cols={2} spacing="sm">
                  <DayInput
                    label={t('shippingOrders.shipment.receivedOn')}
                    editable
                    value={payload.receivedOn ?? ''}
                    error={err('receivedOn')}
                    onChange={(v) => edit({ receivedOn: v })}
                  />
                  <Select
                    label={t('shippingOrders.shipment.receipt')}
                    withAsterisk
                    data={receipts.map((v) => ({ value: v.id, label: v.fileName }))}
                    value={payload.signedReceiptId ?? null}
                    error={err('signedReceiptId')}
                    placeholder={receipts.length === 0 ? t('shippingOrders.shipment.receiptHint') : undefined}
                    onChange={(v) => edit({ signedReceiptId: v ?? '' })}
                  />
                </SimpleGrid>
              )}
              {has('sign') && receipts.length === 0 && (
                <Text size="xs" c="dimmed">
                  {t('shippingOrders.shipment.receiptHint')}
                </Text>
              )}
              <Group gap="xs">
                {has('ship') && (
                  <Button loading={busy} onClick={() => void ship()}>
                    {t('shipping.shipments.actions.ship')}
                  </Button>
                )}
                {has('sign') && (
                  <Button
                    loading={busy}
                    onClick={() =>
                      void run(() =>
                        act('sign', {
                          receivedOn: payload.receivedOn ?? '',
                          signedReceiptId: payload.signedReceiptId ?? '',
                        }),
                      )
                    }
                  >
                    {t('shipping.shipments.actions.sign')}
                  </Button>
                )}
                {has('file') && (
                  <Button loading={busy} onClick={() => void run(() => act('file', {}))}>
                    {t('shipping.shipments.actions.file')}
                  </Button>
                )}
                {has('void') && (
                  <Button color="red" variant="light" onClick={() => setVoiding(true)}>
                    {t('shipping.shipments.actions.void')}
                  </Button>
                )}
              </Group>
            </StepBox>
          )}
          {(shipment.shippedOn || shipment.receivedOn) && (
            <Text size="sm" c="dimmed">
              {shipment.shippedOn &&
                t('shippingOrders.shipment.shippedInfo', {
                  date: shipment.shippedOn,
                  carrier: shipment.carrier,
                })}
              {shipment.receivedOn &&
                `；${t('shippingOrders.shipment.signedInfo', { date: shipment.receivedOn })}`}
              {shipment.filedOn && `；${t('shippingOrders.shipment.filed', { date: shipment.filedOn })}`}
            </Text>
          )}
          {step !== 'draft' && vouchersBox}
        </>
      )}
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('shippingOrders.sections.delivery')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <TextInput label={t('shipmentFields.contractId')} value={view.number} readOnly />
          <TextInput label={t('shipmentFields.customerId')} value={view.customerName} readOnly />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('shipmentFields.source')}
            </Text>
            <SegmentedControl
              aria-label={t('shipmentFields.source')}
              disabled={!editable}
              data={(['direct', 'stock'] as const).map((s) => ({
                value: s,
                label: t(`shipping.shipments.sources.${s}`),
              }))}
              value={values.source}
              onChange={(v) => set({ source: v as ShipmentSource })}
            />
            {err('source') && (
              <Text size="xs" c="red">
                {err('source')}
              </Text>
            )}
          </Stack>
          {values.source === 'direct' && (
            <Select
              label={t('shippingOrders.shipment.pickOrder')}
              withAsterisk={editable}
              readOnly={!editable}
              data={(shipment?.purchaseOrderId && !orders.some((o) => o.id === shipment.purchaseOrderId)
                ? [...orders, ...view.shipping.orders.filter((o) => o.id === shipment.purchaseOrderId)]
                : orders
              ).map((o) => ({ value: o.id, label: `${o.number}（${o.orderRef}）` }))}
              value={values.purchaseOrderId || null}
              error={
                err('purchaseOrderId') ??
                (editable && orders.length === 0 ? t('shippingOrders.shipment.noOrders') : undefined)
              }
              onChange={(v) =>
                set({
                  purchaseOrderId: v ?? '',
                  ...fromOrder(
                    view,
                    orders.find((o) => o.id === v),
                    open,
                  ),
                })
              }
            />
          )}
          <TextInput label={t('shipmentFields.carrier')} withAsterisk={editable} {...text('carrier')} />
          <TextInput label={t('shipmentFields.trackingNo')} {...text('trackingNo')} />
          <TextInput label={t('shipmentFields.deliveryPlace')} {...text('deliveryPlace')} />
          <TextInput label={t('shipmentFields.recipient')} {...text('recipient')} />
          <TextInput label={t('shipmentFields.recipientPhone')} {...text('recipientPhone')} />
        </SimpleGrid>
        <Anchor size="sm" mt="xs" display="inline-block" onClick={() => navigate(supplyPath(view.ref))}>
          {t('shippingOrders.review.openContract')}
        </Anchor>
      </Paper>
      <ShipLinesEditor
        lines={view.lines}
        values={values.lines}
        onChange={setLine}
        open={open}
        serialized={view.serialized}
        editable={editable}
        errAt={errAt}
        linesError={err('lines')}
      />
      {editable && (
        <Group>
          <Button
            variant={shipment ? 'default' : 'filled'}
            loading={busy}
            onClick={() => void run(async () => void (await save()))}
          >
            {t('shippingOrders.save')}
          </Button>
        </Group>
      )}
      {step === 'draft' && vouchersBox}
      <ReasonModal
        opened={voiding}
        action={t('shipping.shipments.actions.void')}
        label={t('shippingOrders.reason')}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) => act('void', { reason })}
      />
    </Stack>
  )
}
