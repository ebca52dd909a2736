/**
 * One 报价单: customer, dates (valid for the department's default number of
 * days), the priced lines, delivery and payment terms. A draft is saved,
 * then 发出 to the customer; from then on it is read only, and either
 * 转为合同 (a contract draft carrying each quoted price) or 作废.
 */
import { Alert, Button, Grid, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconInfoCircle, IconSend, IconSignature } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { quotationMachine } from '@shared/procedures/contracts/machines/quotation'
import { type QuotationInput, quotationInputSchema } from '@shared/procedures/contracts/schema'
import type { QuotationRecord } from '@shared/procedures/contracts/records'
import { todayIso } from '@shared/kernel/workdays'
import { appDb } from '../../../data/db'
import { lineInputOf } from '../../../data/repositories/contracts/childLines'
import {
  contractFromQuotation,
  quotationAction,
  saveQuotation,
} from '../../../data/repositories/contracts/quotationsRepo'
import { readSettings } from '../../../data/repositories/settingsRepo'
import { useActor } from '../../../stores/session'
import { RecordHistory } from '../../archives/RecordHistory'
import { ContractLink } from '../shared/ContractLink'
import { CustomerSelect } from '../shared/CustomerSelect'
import { DayInput } from '../shared/DayInput'
import { fromSchema } from '../shared/fieldErrors'
import { emptyLine } from '../shared/LinesEditor'
import { LinesSection } from '../shared/LinesSection'
import { ToContractButton, TradeRecordHeader, VoidButton } from '../shared/TradeRecordHeader'
import { TradeRecordShell } from '../shared/TradeRecordShell'
import { useTradeForm } from '../shared/useTradeForm'
import { type TradeLoaded, useTradeRecord } from '../shared/useTradeRecord'
import { quotationStatusColors } from './QuotationListPage'
import { QuotationPdfButton } from './QuotationPdfButton'
import { DuplicateWarning } from '../../sync/DuplicateWarning'

type Loaded = TradeLoaded<QuotationRecord> & { validDays: number }

export function QuotationPage() {
  const { id = 'new' } = useParams()
  const loaded = useTradeRecord('quotations', id, async (db) => ({
    validDays: (await readSettings(db))['quotations.validDays'],
  }))

  return (
    <TradeRecordShell loaded={loaded} listPath="/quotations" procedure="quotations">
      {(l) => <QuotationForm loaded={l} />}
    </TradeRecordShell>
  )
}

function plusDays(day: string, days: number): string {
  return dayjs(day).add(days, 'day').format('YYYY-MM-DD')
}

function QuotationForm({ loaded }: { loaded: Loaded }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const { row, validDays } = loaded
  const status = row?.status ?? quotationMachine.initial
  const mayEdit = can(actor, 'quotations.edit')
  const editable = quotationMachine.isEditable(status) && mayEdit
  const open = (action: 'accept' | 'void') => quotationMachine.availability(status, action, actor.roles).open
  const form = useTradeForm<QuotationInput>(() => {
    if (row)
      return {
        customerId: row.customerId,
        quotedOn: row.quotedOn,
        validUntil: row.validUntil,
        deliveryTerms: row.deliveryTerms,
        paymentTerms: row.paymentTerms,
        note: row.note,
        lines: loaded.lines.map((l) => lineInputOf(l, true)),
      }
    const today = todayIso(new Date())
    return {
      customerId: '',
      quotedOn: today,
      validUntil: plusDays(today, validDays),
      deliveryTerms: '',
      paymentTerms: '',
      note: '',
      lines: [emptyLine()],
    }
  }, editable)
  const { values, set, err, busy, run, write } = form
  // validUntil follows quotedOn until the clerk sets it.
  const [validTouched, setValidTouched] = useState(row !== null)
  const [voiding, setVoiding] = useState(false)

  /** Every problem at its field, then the repository; null when the form holds a problem. */
  const save = async (): Promise<QuotationRecord | null> => {
    const found = fromSchema(quotationInputSchema, values)
    if (!found.validUntil && !found.quotedOn && values.validUntil < values.quotedOn)
      found.validUntil = { key: 'validation.quotation.validUntil' }
    if (!form.accept(found)) return null
    const saved = await saveQuotation(appDb(), { id: row?.id ?? null, input: values }, write())
    if (row) await form.reloadLines(saved.id)
    return saved
  }

  const onSave = () =>
    run(async () => {
      const saved = await save()
      if (!saved) return
      notifications.show({ color: 'green', message: t('quotations.saved') })
      if (!row) navigate(`/quotations/${saved.id}`, { replace: true })
    })

  const onIssue = () =>
    run(async () => {
      const saved = await save()
      if (!saved) return
      try {
        await quotationAction(appDb(), { id: saved.id, action: 'issue' }, write())
        notifications.show({ color: 'green', message: t('quotations.issuedDone') })
      } finally {
        // Saved either way: its page from now on, so a second 保存 does not make a second quotation.
        if (!row) navigate(`/quotations/${saved.id}`, { replace: true })
      }
    })

  const onVoid = () =>
    run(async () => {
      if (!row) return
      await quotationAction(appDb(), { id: row.id, action: 'void' }, write())
      setVoiding(false)
      notifications.show({ color: 'green', message: t('quotations.voidedDone') })
    })

  const onContract = () =>
    run(async () => {
      if (!row) return
      const contract = await contractFromQuotation(appDb(), { id: row.id }, write())
      navigate(`/contracts/${contract.id}`)
    })

  return (
    <Stack gap="md">
      <TradeRecordHeader
        title={row?.number ?? t('quotations.unsaved')}
        status={t(`quotations.statuses.${status}`)}
        statusColor={quotationStatusColors[status]}
      >
        {row && <QuotationPdfButton quotation={row} />}
        {row && open('void') && mayEdit && (
          <VoidButton label={t('quotations.void')} onClick={() => setVoiding(true)} />
        )}
        {editable && (
          <>
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={busy}
              onClick={() => void onSave()}
            >
              {t('common.save')}
            </Button>
            <Button leftSection={<IconSend size={16} />} loading={busy} onClick={() => void onIssue()}>
              {t('quotations.issue')}
            </Button>
          </>
        )}
        {row && open('accept') && can(actor, 'contracts.edit') && (
          <ToContractButton
            label={t('quotations.toContract')}
            busy={busy}
            onClick={() => void onContract()}
          />
        )}
      </TradeRecordHeader>
      {row && <DuplicateWarning table="quotations" id={row.id} />}

      {/* Sent to the customer, not yet made a contract or voided: it stays as sent. */}
      {!quotationMachine.isEditable(status) && !quotationMachine.isEnded(status) && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          {t('quotations.readOnly')}
        </Alert>
      )}
      {row && quotationMachine.isEnded(status) && row.contractId && (
        <Alert color="green" icon={<IconSignature size={18} />}>
          <ContractLink
            text={t('quotations.contract')}
            openLabel={t('quotations.openContract')}
            contractId={row.contractId}
          />
        </Alert>
      )}

      <Paper withBorder radius="md" p="md">
        <Grid>
          <Grid.Col span={6}>
            <CustomerSelect label={t('quotations.customer')} {...form.field('customerId')} />
          </Grid.Col>
          <Grid.Col span={3}>
            <DayInput
              label={t('quotations.quotedOn')}
              value={values.quotedOn}
              onChange={(quotedOn) =>
                set(
                  !validTouched && quotedOn
                    ? { quotedOn, validUntil: plusDays(quotedOn, validDays) }
                    : { quotedOn },
                )
              }
              error={err('quotedOn')}
              editable={editable}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <DayInput
              label={t('quotations.validUntil')}
              value={values.validUntil}
              onChange={(validUntil) => {
                setValidTouched(true)
                set({ validUntil })
              }}
              error={err('validUntil')}
              description={editable ? t('quotations.defaultValidity', { days: validDays }) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              editable={editable}
            />
          </Grid.Col>
        </Grid>
      </Paper>

      <LinesSection
        lines={values.lines}
        onChange={editable ? (lines) => set({ lines }) : undefined}
        errors={form.errors}
      />

      <Paper withBorder radius="md" p="md">
        <Grid>
          <Grid.Col span={6}>
            <Textarea
              label={t('quotations.deliveryTerms')}
              autosize
              minRows={2}
              {...form.text('deliveryTerms')}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Textarea
              label={t('quotations.paymentTerms')}
              autosize
              minRows={2}
              {...form.text('paymentTerms')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('quotations.note')} autosize minRows={2} {...form.text('note')} />
          </Grid.Col>
        </Grid>
      </Paper>

      {row && (
        <Stack gap="xs">
          <Title order={5}>{t('archives.history')}</Title>
          <RecordHistory table="quotations" rowId={row.id} />
        </Stack>
      )}

      <Modal
        opened={voiding}
        onClose={() => setVoiding(false)}
        title={t('quotations.voidTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text size="sm">{t('quotations.voidConfirm', { number: row?.number ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setVoiding(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void onVoid()}>
              {t('quotations.void')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
