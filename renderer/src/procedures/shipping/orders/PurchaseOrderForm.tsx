/**
 * A 设备采购单's form (PurchaseOrderPage.tsx loads it): for a stored order its
 * head, stepper, step panel with the actions this user may take and
 * finance's view; the manufacturer, delivery and lines.
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { purchaseOrderChecklists } from '@shared/procedures/shipping/checklist'
import {
  type PurchaseOrderAction,
  type PurchaseOrderPayloads,
  purchaseOrderMachine,
} from '@shared/procedures/shipping/machines/purchaseOrder'
import {
  orderableQuantities,
  quantityProblems,
  unshippedOnOrder,
} from '@shared/procedures/shipping/quantities'
import type { PurchaseOrderRecord } from '@shared/procedures/shipping/records'
import { type PurchaseOrderInput, purchaseOrderInputSchema } from '@shared/procedures/shipping/schema'
import { appDb } from '../../../data/db'
import {
  purchaseOrderAction,
  purchaseOrderDraft,
  purchaseOrderFacts,
  savePurchaseOrder,
} from '../../../data/repositories/shipping/purchaseOrdersRepo'
import { supplyRefOf } from '../../../data/repositories/shipping/shippingReads'
import { machineContext } from '../../../data/repositories/takeTransition'
import { useActor, useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { type FieldErrors, fromProblems, fromSchema } from '../../contracts/shared/fieldErrors'
import { ReasonModal } from '../../contracts/shared/ReasonModal'
import { RecordSelect } from '../../contracts/shared/RecordSelect'
import { showRefusal } from '../../contracts/shared/showRefusal'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { OrderLinesEditor } from './OrderLinesEditor'
import { StepBox } from './StepBox'
import { ReviewCard } from './ReviewCard'
import { orderStepColor, orderStepIndex, orderStepperSteps, whoMayAct } from './shippingView'
import { purchaseOrderModel } from './shippingModels'
import { type SupplyView } from './useSupply'

type Payload = Partial<{ comment: string; orderRef: string; promisedOn: string }>

/** The form, and for a stored order its head, stepper, step panel and finance's view. */
export function OrderForm({
  order,
  initial,
  view,
  editable,
}: {
  order: PurchaseOrderRecord | null
  initial: PurchaseOrderInput
  view: SupplyView
  editable: boolean
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const [values, setValues] = useState<PurchaseOrderInput>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [payload, setPayload] = useState<Payload>({})
  /** A step's own field typed: its old problem goes. */
  const edit = (patch: Payload) => {
    setPayload((p) => ({ ...p, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k]
      return next
    })
  }
  const [asking, setAsking] = useState<'void' | 'close' | null>(null)

  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const set = (patch: Partial<PurchaseOrderInput>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k]
      if ('lines' in patch) for (const k of Object.keys(next)) if (k.startsWith('lines')) delete next[k]
      return next
    })
  }
  const text = (key: 'deliveryPlace' | 'recipient' | 'recipientPhone' | 'note') => ({
    value: values[key],
    onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value }),
    error: err(key),
    readOnly: !editable,
  })

  const orderable = orderableQuantities(
    view.sourceLines,
    view.shipping.orders,
    view.shipping.orderLines,
    order?.id ?? '',
  )
  /** Every problem of the form at its field; true when there is none. */
  const check = () => {
    const found: FieldErrors = {
      ...fromProblems(
        quantityProblems(values.lines, orderable, view.sourceLines, 'shippingValidation.overOrderable'),
      ),
      ...fromSchema(purchaseOrderInputSchema, values),
    }
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
  const save = async (): Promise<PurchaseOrderRecord | null> => {
    if (!check()) return null
    const saved = await savePurchaseOrder(appDb(), { id: order?.id ?? null, input: values }, write())
    if (!order) navigate(`/purchase-orders/${saved.id}`, { replace: true })
    else notifications.show({ color: 'green', message: t('shippingOrders.saved') })
    return saved
  }
  const done = (action: PurchaseOrderAction) =>
    notifications.show({
      color: 'green',
      message: t('shippingOrders.done', { action: t(`shipping.purchaseOrders.actions.${action}`) }),
    })
  const act = async <A extends PurchaseOrderAction>(action: A, p: PurchaseOrderPayloads[A]) => {
    if (!order) return
    await purchaseOrderAction(appDb(), { id: order.id, action, payload: p }, write())
    done(action)
    setPayload({})
  }
  /** 提交财务审核: the form saved first, then every problem the review would find shown at its field. */
  const submit = () =>
    run(async () => {
      const saved = await save()
      if (!saved) return
      const db = appDb()
      const facts = await purchaseOrderFacts(db, saved)
      const problems = purchaseOrderMachine.problems(facts, 'submit', {}, await machineContext(db, write()))
      if (problems.length > 0) {
        setErrors(fromProblems(problems))
        notifications.show({ color: 'red', message: t(problems[0].messageKey, problems[0].params) })
        return
      }
      await act('submit', {})
    })

  const step = order?.step ?? 'draft'
  const open = order ? purchaseOrderMachine.actionsAt(step, actor.roles) : []
  const has = (a: PurchaseOrderAction) => open.includes(a)
  const ownLines = order ? view.shipping.orderLines.filter((l) => l.parentId === order.id) : []
  const unshipped = order
    ? unshippedOnOrder(
        ownLines,
        view.shipping.shipments.filter((s) => s.purchaseOrderId === order.id),
        view.shipping.shipmentLines,
      )
    : 0
  const askClose = () => (unshipped > 0 ? setAsking('close') : void run(() => act('close', {})))

  return (
    <Stack gap="md">
      {order && (
        <>
          <Group justify="space-between">
            <Group gap="sm">
              <Title order={3}>
                {t('shipping.purchaseOrders.one')} {order.number}
              </Title>
              <Badge color={orderStepColor(step)} data-testid="order-step">
                {t(`shipping.purchaseOrders.steps.${step}`)}
              </Badge>
            </Group>
            <DocumentButton
              label={t('shippingOrders.purchaseOrder.print')}
              build={() => purchaseOrderModel(appDb(), order.id, new Date().toISOString())}
            />
          </Group>
          {step === 'voided' ? (
            <Text c="dimmed">
              {t('shipping.purchaseOrders.steps.voided')}：{order.reason}（{order.closedOn}）
            </Text>
          ) : (
            <Stepper active={orderStepIndex(step)} size="xs" iconSize={24}>
              {orderStepperSteps.map((s) => (
                <Stepper.Step key={s} label={t(`shipping.purchaseOrders.steps.${s}`)} />
              ))}
            </Stepper>
          )}
          {step === 'returned' && (
            <Alert color="orange" data-testid="review-comment">
              {t('shippingOrders.purchaseOrder.returned', {
                by: order.reviewedBy,
                date: order.reviewedOn,
                comment: order.reviewComment,
              })}
            </Alert>
          )}
          {order.reviewedOn && step !== 'returned' && step !== 'review' && (
            <Text size="sm" c="dimmed">
              {t('shippingOrders.purchaseOrder.approved', { by: order.reviewedBy, date: order.reviewedOn })}
              {order.reviewComment ? `：${order.reviewComment}` : ''}
            </Text>
          )}
          {!purchaseOrderMachine.isEnded(step) && (
            <StepBoxFor step={step} hasActions={open.length > 0}>
              {(has('approve') || has('return')) && (
                <Textarea
                  label={t('shippingOrders.purchaseOrder.comment')}
                  description={t('shippingOrders.purchaseOrder.commentHint')}
                  autosize
                  minRows={2}
                  value={payload.comment ?? ''}
                  error={err('comment')}
                  onChange={(e) => edit({ comment: e.currentTarget.value })}
                />
              )}
              {has('order') && (
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput
                    label={t('purchaseOrderFields.orderRef')}
                    withAsterisk
                    value={payload.orderRef ?? ''}
                    error={err('orderRef')}
                    onChange={(e) => edit({ orderRef: e.currentTarget.value })}
                  />
                  <DayInput
                    label={t('purchaseOrderFields.promisedOn')}
                    editable
                    value={payload.promisedOn ?? ''}
                    error={err('promisedOn')}
                    onChange={(v) => edit({ promisedOn: v })}
                  />
                </SimpleGrid>
              )}
              <Group gap="xs">
                {has('submit') && (
                  <Button loading={busy} onClick={() => void submit()}>
                    {t('shipping.purchaseOrders.actions.submit')}
                  </Button>
                )}
                {has('approve') && (
                  <Button
                    color="green"
                    loading={busy}
                    onClick={() => void run(() => act('approve', { comment: payload.comment ?? '' }))}
                  >
                    {t('shipping.purchaseOrders.actions.approve')}
                  </Button>
                )}
                {has('return') && (
                  <Button
                    color="orange"
                    variant="light"
                    loading={busy}
                    onClick={() => void run(() => act('return', { comment: payload.comment ?? '' }))}
                  >
                    {t('shipping.purchaseOrders.actions.return')}
                  </Button>
                )}
                {has('order') && (
                  <Button
                    loading={busy}
                    onClick={() =>
                      void run(() =>
                        act('order', {
                          orderRef: payload.orderRef ?? '',
                          promisedOn: payload.promisedOn ?? '',
                        }),
                      )
                    }
                  >
                    {t('shipping.purchaseOrders.actions.order')}
                  </Button>
                )}
                {has('close') && (
                  <Button variant="light" loading={busy} onClick={askClose}>
                    {t('shipping.purchaseOrders.actions.close')}
                  </Button>
                )}
                {has('void') && (
                  <Button color="red" variant="light" onClick={() => setAsking('void')}>
                    {t('shipping.purchaseOrders.actions.void')}
                  </Button>
                )}
              </Group>
              {err('source') && (
                <Text c="red" size="sm">
                  {err('source')}
                </Text>
              )}
            </StepBoxFor>
          )}
          {order.orderRef && (
            <Group gap="lg" data-testid="order-facts">
              {(['orderRef', 'promisedOn', 'orderedOn'] as const).map((f) => (
                <Text key={f} size="sm">
                  {t(`purchaseOrderFields.${f}`)}：{order[f]}
                </Text>
              ))}
            </Group>
          )}
        </>
      )}
      {order && (step === 'review' || actor.roles.includes('finance')) && <ReviewCard view={view} />}
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('shippingOrders.sections.basics')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <TextInput label={t('purchaseOrderFields.contractId')} value={view.number} readOnly />
          <TextInput label={t('purchaseOrderFields.customerId')} value={view.customerName} readOnly />
          <RecordSelect
            table="suppliers"
            label={t('purchaseOrderFields.manufacturerId')}
            description={!order && editable ? t('shippingOrders.purchaseOrder.pickManufacturer') : undefined}
            withAsterisk={editable}
            readOnly={!editable}
            value={values.manufacturerId}
            error={err('manufacturerId')}
            onChange={(id) => {
              if (order) return set({ manufacturerId: id })
              // A new order: the contract's lines of the manufacturer picked (every line when it makes none).
              void (async () => {
                const ref = supplyRefOf(values)
                let draft = await purchaseOrderDraft(appDb(), ref, id)
                if (id && draft.lines.length === 0) draft = await purchaseOrderDraft(appDb(), ref, '')
                set({ manufacturerId: id, lines: draft.lines })
              })()
            }}
          />
          <TextInput
            label={t('purchaseOrderFields.deliveryPlace')}
            withAsterisk={editable}
            {...text('deliveryPlace')}
          />
          <TextInput
            label={t('purchaseOrderFields.recipient')}
            withAsterisk={editable}
            {...text('recipient')}
          />
          <TextInput
            label={t('purchaseOrderFields.recipientPhone')}
            withAsterisk={editable}
            {...text('recipientPhone')}
          />
          <DayInput
            label={t('purchaseOrderFields.requestedOn')}
            editable={editable}
            value={values.requestedOn}
            error={err('requestedOn')}
            onChange={(v) => set({ requestedOn: v })}
          />
          <Textarea
            style={{ gridColumn: 'span 2' }}
            label={t('purchaseOrderFields.note')}
            autosize
            minRows={1}
            {...text('note')}
          />
        </SimpleGrid>
      </Paper>
      <OrderLinesEditor
        lines={values.lines}
        onChange={(lines) => set({ lines })}
        sourceLines={view.sourceLines}
        orderable={orderable}
        editable={editable}
        err={err}
        emptyText={
          !order && !values.manufacturerId ? t('shippingOrders.purchaseOrder.pickManufacturer') : undefined
        }
      />
      {editable && (
        <Group>
          <Button
            variant={order ? 'default' : 'filled'}
            loading={busy}
            onClick={() => void run(async () => void (await save()))}
          >
            {t('shippingOrders.save')}
          </Button>
        </Group>
      )}
      <ReasonModal
        opened={asking !== null}
        action={asking ? t(`shipping.purchaseOrders.actions.${asking}`) : ''}
        label={
          asking === 'close' ? t('shippingOrders.purchaseOrder.closeReason') : t('shippingOrders.reason')
        }
        onClose={() => setAsking(null)}
        onConfirm={async (reason) => {
          if (asking) await act(asking, { reason })
        }}
      />
    </Stack>
  )
}

function StepBoxFor({
  step,
  hasActions,
  children,
}: {
  step: PurchaseOrderRecord['step']
  hasActions: boolean
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <StepBox
      title={t(`shipping.purchaseOrders.steps.${step}`)}
      checklist={purchaseOrderChecklists[step] ?? []}
      whoMay={whoMayAct(purchaseOrderMachine, step)}
      hasActions={hasActions}
    >
      {hasActions && children}
    </StepBox>
  )
}
