/**
 * One 电话/传真订货: who ordered what by phone or fax, and why there is no
 * formal contract. Nothing ships before leadership confirms it (the red
 * banner says so until mayShipAgainst); leadership decides in the approvals
 * panel, or the clerk enters the signed paper form with its scan. Once
 * approved, 补签正式合同 makes the contract draft.
 */
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconDeviceFloppy,
  IconSignature,
  IconInfoCircle,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import { type PhoneOrderInput, phoneOrderInputSchema } from '@shared/procedures/contracts/contractInputs'
import type { PhoneOrderRecord, TradeLineRecord } from '@shared/procedures/contracts/contractRecords'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { roundApprovals } from '../../../data/repositories/contracts/approvalsRepo'
import { lineInputOf, liveLines } from '../../../data/repositories/contracts/childLines'
import {
  contractFromPhoneOrder,
  mayShipAgainst,
  savePhoneOrder,
  voidPhoneOrder,
} from '../../../data/repositories/contracts/phoneOrdersRepo'
import { useActor } from '../../../stores/session'
import { AttachmentsSection } from '../../archives/AttachmentsSection'
import { RecordHistory } from '../../archives/RecordHistory'
import { useRefOptions } from '../../archives/useRefOptions'
import { ApprovalPanel } from '../shared/ApprovalPanel'
import { type FieldErrors, fromFailure, fromSchema } from '../shared/fieldErrors'
import { emptyLine, LinesEditor } from '../shared/LinesEditor'
import { phoneOrderStepColors } from './PhoneOrderListPage'

interface Loaded {
  row: PhoneOrderRecord | null
  lines: TradeLineRecord[]
}

export function PhoneOrderPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id = 'new' } = useParams()
  const loaded = useLiveQuery(async (): Promise<Loaded | false> => {
    if (id === 'new') return { row: null, lines: [] }
    const row = await appDb().phoneOrders.get(id)
    if (!row || row.deletedAt) return false
    return { row, lines: await liveLines(appDb(), id) }
  }, [id])

  const title = loaded ? (loaded.row?.number ?? t('phoneOrders.unsaved')) : t('phoneOrders.one')
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor onClick={() => navigate('/phone-orders')}>{t('phoneOrders.title')}</Anchor>
        <Text>{title}</Text>
      </Breadcrumbs>
      {loaded === undefined ? (
        <Loader />
      ) : loaded === false ? (
        <Text c="red">{t('errors.data.notFound')}</Text>
      ) : (
        <PhoneOrderForm key={loaded.row?.id ?? 'new'} loaded={loaded} />
      )}
    </Stack>
  )
}

/** The banner that says whether goods may go out against this order. */
function ShippingAlert({ order }: { order: PhoneOrderRecord | null }) {
  const { t } = useTranslation()
  if (order && mayShipAgainst(order))
    return (
      <Alert
        color="green"
        variant="filled"
        icon={<IconCircleCheck size={22} />}
        title={t('phoneOrders.mayShip')}
        data-testid="shipping"
      >
        {order.step === 'approved' ? t('phoneOrders.mayShipHint') : t('phoneOrders.converted')}
      </Alert>
    )
  if (order?.step === 'voided')
    return (
      <Alert color="gray" icon={<IconBan size={22} />} data-testid="shipping">
        {t('phoneOrders.voided', { reason: order.voidReason })}
      </Alert>
    )
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertTriangle size={22} />}
      title={order?.step === 'rejected' ? t('phoneOrders.rejected') : t('phoneOrders.noShipping')}
      data-testid="shipping"
    >
      {t('phoneOrders.noShippingHint')}
    </Alert>
  )
}

function PhoneOrderForm({ loaded }: { loaded: Loaded }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const customers = useRefOptions('customers')
  const { row } = loaded
  const [values, setValues] = useState<PhoneOrderInput>(() =>
    row
      ? {
          channel: row.channel,
          customerId: row.customerId,
          receivedOn: row.receivedOn,
          caller: row.caller,
          reasonNoContract: row.reasonNoContract,
          note: row.note,
          lines: loaded.lines.map((l) => lineInputOf(l, true)),
        }
      : {
          channel: 'phone',
          customerId: '',
          receivedOn: todayIso(new Date()),
          caller: '',
          reasonNoContract: '',
          note: '',
          lines: [emptyLine()],
        },
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [voiding, setVoiding] = useState(false)
  const decided = useLiveQuery(
    async () => (row ? (await roundApprovals(appDb(), row)).length > 0 : false),
    [row],
  )

  const mayEdit = can(actor, 'contracts.edit')
  const editable = mayEdit && (!row || (row.step === 'waiting' && decided === false))
  const ctx = () => ({ actor, now: new Date() })
  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const set = (patch: Partial<PhoneOrderInput>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k]
      return next
    })
  }
  const refused = (e: unknown) => {
    const at = fromFailure(e)
    if (at) setErrors(at)
    notifications.show({ color: 'red', message: errorText(t, e) })
  }
  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } catch (e) {
      refused(e)
    } finally {
      setBusy(false)
    }
  }

  const onSave = () =>
    run(async () => {
      const found = fromSchema(phoneOrderInputSchema, values)
      setErrors(found)
      if (Object.keys(found).length > 0) return
      const saved = await savePhoneOrder(appDb(), row?.id ?? null, values, ctx())
      notifications.show({ color: 'green', message: t('phoneOrders.saved') })
      if (!row) navigate(`/phone-orders/${saved.id}`, { replace: true })
      else set({ lines: (await liveLines(appDb(), saved.id)).map((l) => lineInputOf(l, true)) })
    })

  const onContract = () =>
    run(async () => {
      if (!row) return
      const contract = await contractFromPhoneOrder(appDb(), row.id, ctx())
      navigate(`/contracts/${contract.id}`)
    })

  const step = row?.step ?? 'waiting'
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={3}>{row?.number ?? t('phoneOrders.unsaved')}</Title>
          <Badge variant="light" color={phoneOrderStepColors[step]} data-testid="status">
            {t(`phoneOrders.steps.${step}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          {row && mayEdit && step !== 'converted' && step !== 'voided' && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconBan size={16} />}
              onClick={() => setVoiding(true)}
            >
              {t('phoneOrders.void')}
            </Button>
          )}
          {editable && (
            <Button leftSection={<IconDeviceFloppy size={16} />} loading={busy} onClick={() => void onSave()}>
              {t('common.save')}
            </Button>
          )}
          {row && step === 'approved' && mayEdit && (
            <Button
              leftSection={<IconSignature size={16} />}
              loading={busy}
              onClick={() => void onContract()}
            >
              {t('phoneOrders.toContract')}
            </Button>
          )}
        </Group>
      </Group>

      <ShippingAlert order={row} />
      {row && row.step === 'converted' && row.contractId && (
        <Group gap="sm">
          <Text size="sm">{t('phoneOrders.converted')}</Text>
          <Anchor size="sm" onClick={() => navigate(`/contracts/${row.contractId}`)}>
            {t('phoneOrders.openContract')}
          </Anchor>
        </Group>
      )}
      {row && row.step === 'waiting' && decided && mayEdit && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          {t('phoneOrders.readOnly')}
        </Alert>
      )}

      <Paper withBorder radius="md" p="md">
        <Grid>
          <Grid.Col span={3}>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('phoneOrders.channel')}
              </Text>
              <SegmentedControl
                aria-label={t('phoneOrders.channel')}
                data={(['phone', 'fax'] as const).map((c) => ({
                  value: c,
                  label: t(`phoneOrders.channels.${c}`),
                }))}
                value={values.channel}
                onChange={(v) => set({ channel: v as PhoneOrderInput['channel'] })}
                readOnly={!editable}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={6}>
            <Select
              label={t('phoneOrders.customer')}
              withAsterisk={editable}
              searchable
              data={customers}
              value={values.customerId || null}
              onChange={(v) => set({ customerId: v ?? '' })}
              error={err('customerId')}
              readOnly={!editable}
              nothingFoundMessage={t('archives.noMatch')}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <DateInput
              label={t('phoneOrders.receivedOn')}
              withAsterisk={editable}
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              value={values.receivedOn || null}
              onChange={(v) => set({ receivedOn: v ?? '' })}
              error={err('receivedOn')}
              readOnly={!editable}
            />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput
              label={t('phoneOrders.caller')}
              withAsterisk={editable}
              value={values.caller}
              onChange={(e) => set({ caller: e.currentTarget.value })}
              error={err('caller')}
              readOnly={!editable}
            />
          </Grid.Col>
          <Grid.Col span={8}>
            <TextInput
              label={t('phoneOrders.reasonNoContract')}
              withAsterisk={editable}
              value={values.reasonNoContract}
              onChange={(e) => set({ reasonNoContract: e.currentTarget.value })}
              error={err('reasonNoContract')}
              readOnly={!editable}
            />
          </Grid.Col>
        </Grid>
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="sm">
          {t('contracts.sections.lines')}
        </Title>
        <LinesEditor
          lines={values.lines}
          onChange={editable ? (lines) => set({ lines }) : undefined}
          errors={errors}
        />
        <Textarea
          mt="md"
          label={t('phoneOrders.note')}
          autosize
          minRows={2}
          value={values.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          error={err('note')}
          readOnly={!editable}
        />
      </Paper>

      {row && (
        <Tabs defaultValue="approvals" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="approvals">{t('contracts.tabs.approvals')}</Tabs.Tab>
            <Tabs.Tab value="attachments">{t('contracts.tabs.attachments')}</Tabs.Tab>
            <Tabs.Tab value="history">{t('contracts.tabs.history')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="approvals" pt="sm">
            <ApprovalPanel table="phoneOrders" subject={row} waitingStep="waiting" />
          </Tabs.Panel>
          <Tabs.Panel value="attachments" pt="sm">
            <Text size="sm" c="dimmed" mb="xs">
              {t('phoneOrders.faxHint')}
            </Text>
            <AttachmentsSection owner={{ table: 'phoneOrders', id: row.id }} ownerArchived={false} />
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="sm">
            <RecordHistory table="phoneOrders" rowId={row.id} />
          </Tabs.Panel>
        </Tabs>
      )}

      {row && <VoidModal opened={voiding} onClose={() => setVoiding(false)} order={row} />}
    </Stack>
  )
}

function VoidModal({
  opened,
  onClose,
  order,
}: {
  opened: boolean
  onClose: () => void
  order: PhoneOrderRecord
}) {
  const { t } = useTranslation()
  const actor = useActor()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (reason.trim() === '') return setError(t('validation.required'))
    setBusy(true)
    try {
      await voidPhoneOrder(appDb(), order.id, reason, { actor, now: new Date() })
      notifications.show({ color: 'green', message: t('phoneOrders.voidedDone') })
      onClose()
    } catch (e) {
      const at = fromFailure(e)
      if (at?.reason) setError(t(at.reason.key, at.reason.params))
      else notifications.show({ color: 'red', message: errorText(t, e) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('phoneOrders.voidTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Textarea
          label={t('phoneOrders.voidReason')}
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value)
            setError(undefined)
          }}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void submit()}>
            {t('phoneOrders.void')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
