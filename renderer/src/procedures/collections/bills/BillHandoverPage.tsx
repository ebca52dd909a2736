/**
 * One 票据交接签收单 (/bill-handovers/:id), or a new one from the bills
 * waiting for finance (/bill-handovers/new): the slip's number and step,
 * its print button, the step panel quoting the rules with what this user
 * may do, who handed and who signed, its bills and total, and the scans
 * of the slip signed on paper.
 */
import { Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { todayIso } from '@shared/kernel/workdays'
import { billHandoverChecklists } from '@shared/procedures/collections/checklist'
import { billHandoverMachine } from '@shared/procedures/collections/machines/billHandover'
import type { BillHandoverRecord } from '@shared/procedures/collections/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readSlipBills, readWaitingBills } from '../../../data/repositories/collections/billHandoversReads'
import { useActor } from '../../../stores/session'
import { AttachmentsSection } from '../../archives/AttachmentsSection'
import { DocumentButton } from '../../contracts/documents/DocumentButton'
import { ShippingCrumbs } from '../../shipping/orders/ShippingCrumbs'
import { StepBox } from '../../shipping/orders/StepBox'
import { whoMayAct } from '../../shipping/orders/shippingView'
import { BillHandoverStepActions } from './BillHandoverStepActions'
import { billHandoverModel } from './billModels'
import { BillsTable } from './BillsTable'
import { slipStepColor } from './billView'
import { NewBillHandover } from './NewBillHandover'

function Crumbs({ title }: { title: string }) {
  return <ShippingCrumbs list="/bill-handovers" labelKey="billsScreen.title" title={title} />
}

export function BillHandoverPage() {
  const { id = 'new' } = useParams()
  return id === 'new' ? <NewSlip /> : <Slip id={id} />
}

function NewSlip() {
  const { t } = useTranslation()
  const today = todayIso(new Date())
  // Bills on an unsigned slip are that slip's. A bill registered meanwhile starts the form again, all ticked.
  const bills = useLiveQuery(
    async () => (await readWaitingBills(appDb(), today)).filter((b) => !b.slip),
    [today],
  )
  if (bills === undefined) return <Loader />
  return (
    <Stack gap="md">
      <Crumbs title={t('billsScreen.newTitle')} />
      <NewBillHandover key={bills.length} bills={bills} />
    </Stack>
  )
}

function Slip({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLiveQuery(async () => {
    const db = appDb()
    const slip = await db.billHandovers.get(id)
    return slip && !slip.deletedAt ? { slip, bills: await readSlipBills(db, slip) } : null
  }, [id])
  if (loaded === undefined) return <Loader />
  if (!loaded) return <Text c="red">{t('errors.data.notFound')}</Text>
  return (
    <Stack gap="md">
      <Crumbs title={loaded.slip.number} />
      <SlipView key={`${id}:${loaded.slip.step}`} slip={loaded.slip} bills={loaded.bills} />
    </Stack>
  )
}

function SlipView({
  slip,
  bills,
}: {
  slip: BillHandoverRecord
  bills: Awaited<ReturnType<typeof readSlipBills>>
}) {
  const { t } = useTranslation()
  const actor = useActor()
  const open = billHandoverMachine.actionsAt(slip.step, actor.roles)
  return (
    <>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>
            {t('billsScreen.one')} {slip.number}
          </Title>
          <Badge color={slipStepColor(slip.step)} data-testid="slip-step">
            {t(`collections.billHandovers.steps.${slip.step}`)}
          </Badge>
        </Group>
        <DocumentButton
          label={t('billsScreen.print')}
          build={() => billHandoverModel(appDb(), slip.id, new Date().toISOString())}
        />
      </Group>
      <Stack gap={2} data-testid="slip-facts">
        <Text size="sm">{t('billsScreen.facts.handed', { by: slip.handedBy, date: slip.handedOn })}</Text>
        {slip.step === 'signed' && (
          <Text size="sm">
            {t('billsScreen.facts.signed', { by: slip.receivedBy, date: slip.signedOn })}
            {t(slip.signedScanId ? 'billsScreen.facts.onPaper' : 'billsScreen.facts.inApp')}
          </Text>
        )}
        {slip.step === 'voided' && (
          <Text size="sm" c="red">
            {t('billsScreen.facts.voided', { reason: slip.voidReason })}
          </Text>
        )}
      </Stack>
      {!billHandoverMachine.isEnded(slip.step) && (
        <StepBox
          title={t(`collections.billHandovers.steps.${slip.step}`)}
          checklist={billHandoverChecklists[slip.step] ?? []}
          whoMay={whoMayAct(billHandoverMachine, slip.step)}
          hasActions={open.length > 0}
        >
          {open.length > 0 && <BillHandoverStepActions slip={slip} open={open} />}
        </StepBox>
      )}
      <Paper withBorder p="md">
        <BillsTable label={t('billHandoverFields.receiptIds')} rows={bills} withParties />
      </Paper>
      <Stack gap="xs">
        <Title order={5}>{t('billsScreen.scans')}</Title>
        <AttachmentsSection
          owner={{ table: 'billHandovers', id: slip.id }}
          ownerArchived={billHandoverMachine.isEnded(slip.step)}
        />
      </Stack>
    </>
  )
}
