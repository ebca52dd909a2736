/**
 * One 电话/传真订货: who ordered what by phone or fax, and why there is no
 * formal contract. Nothing ships before leadership confirms it (the red
 * banner says so until mayShipAgainst); leadership decides in the approvals
 * panel, or the clerk enters the signed paper form with its scan. Once
 * approved, 补签正式合同 makes the contract draft.
 */
import {
  Alert,
  Button,
  Grid,
  Paper,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import {
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconDeviceFloppy,
  IconInfoCircle,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import {
  mayShipAgainst,
  phoneOrderEditable,
  phoneOrderMachine,
} from '@shared/procedures/contracts/machines/phoneOrder'
import { type PhoneOrderInput, phoneOrderInputSchema } from '@shared/procedures/contracts/schema'
import type { PhoneOrderRecord } from '@shared/procedures/contracts/records'
import { appDb } from '../../../data/db'
import { useLandingTab } from '../../../components/useLandingTab'
import { RecordPanelBodies, RecordPanelTabs } from '../../recordPanels'
import { useLiveQuery } from '../../../data/live'
import { roundApprovals } from '../../../data/repositories/contracts/approvalsRepo'
import { lineInputOf } from '../../../data/repositories/contracts/childLines'
import {
  contractFromPhoneOrder,
  savePhoneOrder,
  voidPhoneOrder,
} from '../../../data/repositories/contracts/phoneOrdersRepo'
import { useActor } from '../../../stores/session'
import { AttachmentsSection } from '../../archives/AttachmentsSection'
import { RecordHistory } from '../../archives/RecordHistory'
import { approvalFormModel } from '../documents/documentModels'
import { DocumentButton } from '../documents/DocumentButton'
import { ApprovalPanel } from '../shared/ApprovalPanel'
import { ContractLink } from '../shared/ContractLink'
import { CustomerSelect } from '../shared/CustomerSelect'
import { DayInput } from '../shared/DayInput'
import { fromSchema } from '../shared/fieldErrors'
import { emptyLine } from '../shared/LinesEditor'
import { LinesSection } from '../shared/LinesSection'
import { ReasonModal } from '../shared/ReasonModal'
import { ToContractButton, TradeRecordHeader, VoidButton } from '../shared/TradeRecordHeader'
import { TradeRecordShell } from '../shared/TradeRecordShell'
import { useTradeForm } from '../shared/useTradeForm'
import { type TradeLoaded, useTradeRecord } from '../shared/useTradeRecord'
import { waitsForApprovals } from '../shared/waitsForApprovals'
import { phoneOrderStepColors } from './PhoneOrderListPage'
import { DuplicateWarning } from '../../sync/DuplicateWarning'

type Loaded = TradeLoaded<PhoneOrderRecord>

export function PhoneOrderPage() {
  const { id = 'new' } = useParams()
  const loaded = useTradeRecord('phoneOrders', id, async () => ({}))

  return (
    <TradeRecordShell loaded={loaded} listPath="/phone-orders" procedure="phoneOrders">
      {(l) => <PhoneOrderForm loaded={l} />}
    </TradeRecordShell>
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
        {phoneOrderMachine.isEnded(order.step) ? t('phoneOrders.converted') : t('phoneOrders.mayShipHint')}
      </Alert>
    )
  // Over without goods going out: voided.
  if (order && phoneOrderMachine.isEnded(order.step))
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
      title={
        order && !waitsForApprovals('phoneOrders', order.step)
          ? t('phoneOrders.rejected')
          : t('phoneOrders.noShipping')
      }
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
  const { row } = loaded
  const [voiding, setVoiding] = useState(false)
  const { tab, setTab, scrollRef } = useLandingTab('approvals')
  // Decisions taken in this round; undefined while they are read.
  const decisions = useLiveQuery(async () => (row ? (await roundApprovals(appDb(), row)).length : 0), [row])
  const mayEdit = can(actor, 'contracts.edit')
  // Read only once leadership has decided in this round, even while the step still waits.
  const editable =
    mayEdit &&
    (!row || (decisions !== undefined && phoneOrderEditable({ step: row.step, decisionsInRound: decisions })))
  const form = useTradeForm<PhoneOrderInput>(
    () =>
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
    editable,
  )
  const { values, set, busy, run, write } = form

  const onSave = () =>
    run(async () => {
      if (!form.accept(fromSchema(phoneOrderInputSchema, values))) return
      const saved = await savePhoneOrder(appDb(), { id: row?.id ?? null, input: values }, write())
      notifications.show({ color: 'green', message: t('phoneOrders.saved') })
      if (!row) navigate(`/phone-orders/${saved.id}`, { replace: true })
      else await form.reloadLines(saved.id)
    })

  const onContract = () =>
    run(async () => {
      if (!row) return
      const contract = await contractFromPhoneOrder(appDb(), { id: row.id }, write())
      navigate(`/contracts/${contract.id}`)
    })

  const onVoid = async (reason: string) => {
    if (!row) return
    await voidPhoneOrder(appDb(), { id: row.id, reason }, write())
    notifications.show({ color: 'green', message: t('phoneOrders.voidedDone') })
  }

  const step = row?.step ?? phoneOrderMachine.initial
  const open = (action: 'convert' | 'void') => phoneOrderMachine.availability(step, action, actor.roles).open
  return (
    <Stack gap="md">
      <TradeRecordHeader
        title={row?.number ?? t('phoneOrders.unsaved')}
        status={t(`phoneOrders.steps.${step}`)}
        statusColor={phoneOrderStepColors[step]}
      >
        {row && (
          <DocumentButton
            label={t('contracts.documents.approvalForm')}
            build={() => approvalFormModel(appDb(), 'phoneOrders', row.id, new Date().toISOString())}
          />
        )}
        {row && mayEdit && open('void') && (
          <VoidButton label={t('phoneOrders.void')} onClick={() => setVoiding(true)} />
        )}
        {editable && (
          <Button leftSection={<IconDeviceFloppy size={16} />} loading={busy} onClick={() => void onSave()}>
            {t('common.save')}
          </Button>
        )}
        {row && open('convert') && mayEdit && (
          <ToContractButton
            label={t('phoneOrders.toContract')}
            busy={busy}
            onClick={() => void onContract()}
          />
        )}
      </TradeRecordHeader>
      {row && <DuplicateWarning table="phoneOrders" id={row.id} />}

      <ShippingAlert order={row} />
      {row && mayShipAgainst(row) && phoneOrderMachine.isEnded(row.step) && row.contractId && (
        <ContractLink
          text={t('phoneOrders.converted')}
          openLabel={t('phoneOrders.openContract')}
          contractId={row.contractId}
        />
      )}
      {row && phoneOrderMachine.isEditable(row.step) && !!decisions && mayEdit && (
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
            <CustomerSelect label={t('phoneOrders.customer')} {...form.field('customerId')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <DayInput label={t('phoneOrders.receivedOn')} {...form.field('receivedOn')} />
          </Grid.Col>
          <Grid.Col span={4}>
            <TextInput label={t('phoneOrders.caller')} withAsterisk={editable} {...form.text('caller')} />
          </Grid.Col>
          <Grid.Col span={8}>
            <TextInput
              label={t('phoneOrders.reasonNoContract')}
              withAsterisk={editable}
              {...form.text('reasonNoContract')}
            />
          </Grid.Col>
        </Grid>
      </Paper>

      <LinesSection
        lines={values.lines}
        onChange={editable ? (lines) => set({ lines }) : undefined}
        errors={form.errors}
      >
        <Textarea mt="md" label={t('phoneOrders.note')} autosize minRows={2} {...form.text('note')} />
      </LinesSection>

      {row && (
        <Tabs ref={scrollRef} value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="approvals">{t('contracts.tabs.approvals')}</Tabs.Tab>
            <Tabs.Tab value="attachments">{t('contracts.tabs.attachments')}</Tabs.Tab>
            <RecordPanelTabs table="phoneOrders" />
            <Tabs.Tab value="history">{t('contracts.tabs.history')}</Tabs.Tab>
          </Tabs.List>
          <RecordPanelBodies table="phoneOrders" id={row.id} />
          <Tabs.Panel value="approvals" pt="sm">
            <ApprovalPanel table="phoneOrders" subject={row} />
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

      <ReasonModal
        opened={voiding}
        action={t('phoneOrders.void')}
        title={t('phoneOrders.voidTitle')}
        label={t('phoneOrders.voidReason')}
        onClose={() => setVoiding(false)}
        onConfirm={onVoid}
      />
    </Stack>
  )
}
