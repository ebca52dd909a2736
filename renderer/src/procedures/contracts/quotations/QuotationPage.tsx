/**
 * One 报价单: customer, dates (valid for the department's default number of
 * days), the priced lines, delivery and payment terms. A draft is saved,
 * then 发出 to the customer; from then on it is read only, and either
 * 转为合同 (a contract draft carrying each quoted price) or 作废.
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
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { IconBan, IconDeviceFloppy, IconSignature, IconInfoCircle, IconSend } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { type QuotationInput, quotationInputSchema } from '@shared/procedures/contracts/contractInputs'
import type { QuotationRecord, TradeLineRecord } from '@shared/procedures/contracts/contractRecords'
import { todayIso } from '@shared/kernel/workdays'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { lineInputOf, liveLines } from '../../../data/repositories/contracts/childLines'
import {
  contractFromQuotation,
  saveQuotation,
  setQuotationStatus,
} from '../../../data/repositories/contracts/quotationsRepo'
import { readSettings } from '../../../data/repositories/settingsRepo'
import { useActor } from '../../../stores/session'
import { RecordHistory } from '../../archives/RecordHistory'
import { useRefOptions } from '../../archives/useRefOptions'
import { type FieldErrors, fromFailure, fromSchema } from '../shared/fieldErrors'
import { emptyLine, LinesEditor } from '../shared/LinesEditor'
import { quotationStatusColors } from './QuotationListPage'
import { QuotationPdfButton } from './QuotationPdfButton'

interface Loaded {
  row: QuotationRecord | null
  lines: TradeLineRecord[]
  validDays: number
}

export function QuotationPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id = 'new' } = useParams()
  const loaded = useLiveQuery(async (): Promise<Loaded | false> => {
    const db = appDb()
    const validDays = (await readSettings(db))['quotations.validDays']
    if (id === 'new') return { row: null, lines: [], validDays }
    const row = await db.quotations.get(id)
    if (!row || row.deletedAt) return false
    return { row, lines: await liveLines(db, id), validDays }
  }, [id])

  const title = loaded ? (loaded.row?.number ?? t('quotations.unsaved')) : t('quotations.one')
  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor onClick={() => navigate('/quotations')}>{t('quotations.title')}</Anchor>
        <Text>{title}</Text>
      </Breadcrumbs>
      {loaded === undefined ? (
        <Loader />
      ) : loaded === false ? (
        <Text c="red">{t('errors.data.notFound')}</Text>
      ) : (
        // A new quotation's page becomes the saved one's: the form starts again from what was stored.
        <QuotationForm key={loaded.row?.id ?? 'new'} loaded={loaded} />
      )}
    </Stack>
  )
}

function plusDays(day: string, days: number): string {
  return dayjs(day).add(days, 'day').format('YYYY-MM-DD')
}

function QuotationForm({ loaded }: { loaded: Loaded }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const customers = useRefOptions('customers')
  const { row, validDays } = loaded
  const [values, setValues] = useState<QuotationInput>(() => {
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
  })
  // validUntil follows quotedOn until the clerk sets it.
  const [validTouched, setValidTouched] = useState(row !== null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [voiding, setVoiding] = useState(false)

  const status = row?.status ?? 'draft'
  const mayEdit = can(actor, 'quotations.edit')
  const editable = status === 'draft' && mayEdit
  const ctx = () => ({ actor, now: new Date() })
  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const set = (patch: Partial<QuotationInput>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k]
      return next
    })
  }

  /** Every problem at its field, then the repository; false when something was refused. */
  const save = async (): Promise<QuotationRecord | null> => {
    const found = fromSchema(quotationInputSchema, values)
    if (!found.validUntil && !found.quotedOn && values.validUntil < values.quotedOn)
      found.validUntil = { key: 'validation.quotation.validUntil' }
    setErrors(found)
    if (Object.keys(found).length > 0) return null
    try {
      const saved = await saveQuotation(appDb(), row?.id ?? null, values, ctx())
      if (row) set({ lines: (await liveLines(appDb(), saved.id)).map((l) => lineInputOf(l, true)) })
      return saved
    } catch (e) {
      refused(e)
      return null
    }
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
    } finally {
      setBusy(false)
    }
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
        await setQuotationStatus(appDb(), saved.id, 'issued', ctx())
        notifications.show({ color: 'green', message: t('quotations.issuedDone') })
      } catch (e) {
        refused(e)
      } finally {
        // Saved either way: its page from now on, so a second 保存 does not make a second quotation.
        if (!row) navigate(`/quotations/${saved.id}`, { replace: true })
      }
    })

  const onVoid = () =>
    run(async () => {
      if (!row) return
      try {
        await setQuotationStatus(appDb(), row.id, 'voided', ctx())
        setVoiding(false)
        notifications.show({ color: 'green', message: t('quotations.voidedDone') })
      } catch (e) {
        refused(e)
      }
    })

  const onContract = () =>
    run(async () => {
      if (!row) return
      try {
        const contract = await contractFromQuotation(appDb(), row.id, ctx())
        navigate(`/contracts/${contract.id}`)
      } catch (e) {
        refused(e)
      }
    })

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={3}>{row?.number ?? t('quotations.unsaved')}</Title>
          <Badge variant="light" color={quotationStatusColors[status]} data-testid="status">
            {t(`quotations.statuses.${status}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          {row && <QuotationPdfButton quotation={row} />}
          {row && status !== 'accepted' && status !== 'voided' && mayEdit && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconBan size={16} />}
              onClick={() => setVoiding(true)}
            >
              {t('quotations.void')}
            </Button>
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
          {row && status === 'issued' && can(actor, 'contracts.edit') && (
            <Button
              leftSection={<IconSignature size={16} />}
              loading={busy}
              onClick={() => void onContract()}
            >
              {t('quotations.toContract')}
            </Button>
          )}
        </Group>
      </Group>

      {status === 'issued' && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          {t('quotations.readOnly')}
        </Alert>
      )}
      {row && status === 'accepted' && row.contractId && (
        <Alert color="green" icon={<IconSignature size={18} />}>
          <Group gap="sm">
            <Text size="sm">{t('quotations.contract')}</Text>
            <Anchor size="sm" onClick={() => navigate(`/contracts/${row.contractId}`)}>
              {t('quotations.openContract')}
            </Anchor>
          </Group>
        </Alert>
      )}

      <Paper withBorder radius="md" p="md">
        <Grid>
          <Grid.Col span={6}>
            <Select
              label={t('quotations.customer')}
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
              label={t('quotations.quotedOn')}
              withAsterisk={editable}
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              value={values.quotedOn || null}
              onChange={(v) => {
                const quotedOn = v ?? ''
                set(
                  !validTouched && quotedOn
                    ? { quotedOn, validUntil: plusDays(quotedOn, validDays) }
                    : { quotedOn },
                )
              }}
              error={err('quotedOn')}
              readOnly={!editable}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <DateInput
              label={t('quotations.validUntil')}
              withAsterisk={editable}
              valueFormat="YYYY-MM-DD"
              placeholder="YYYY-MM-DD"
              value={values.validUntil || null}
              onChange={(v) => {
                setValidTouched(true)
                set({ validUntil: v ?? '' })
              }}
              error={err('validUntil')}
              description={editable ? t('quotations.defaultValidity', { days: validDays }) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
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
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Grid>
          <Grid.Col span={6}>
            <Textarea
              label={t('quotations.deliveryTerms')}
              autosize
              minRows={2}
              value={values.deliveryTerms}
              onChange={(e) => set({ deliveryTerms: e.currentTarget.value })}
              error={err('deliveryTerms')}
              readOnly={!editable}
            />
          </Grid.Col>
          <Grid.Col span={6}>
            <Textarea
              label={t('quotations.paymentTerms')}
              autosize
              minRows={2}
              value={values.paymentTerms}
              onChange={(e) => set({ paymentTerms: e.currentTarget.value })}
              error={err('paymentTerms')}
              readOnly={!editable}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea
              label={t('quotations.note')}
              autosize
              minRows={2}
              value={values.note}
              onChange={(e) => set({ note: e.currentTarget.value })}
              error={err('note')}
              readOnly={!editable}
            />
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
