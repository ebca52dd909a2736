/**
 * An 开票申请单's form (InvoicePage.tsx loads it): for a stored application
 * its head, stepper, step panel with the actions this user may take,
 * leadership's approvals when asked for, and the invoice as issued and
 * delivered; the contract's amounts, the buyer's details from the
 * customer's record, the invoice type and the lines.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { archiveSpecs } from '@shared/masterData/archiveSpecs'
import { invoiceChecklists } from '@shared/procedures/invoicing/checklist'
import { invoicedFen, openByLine, openToInvoice, invoiceTotals } from '@shared/procedures/invoicing/amounts'
import { buyerOf, buyerProblems } from '@shared/procedures/invoicing/buyer'
import {
  type InvoiceAction,
  type InvoicePayloads,
  invoiceMachine,
} from '@shared/procedures/invoicing/machines/invoice'
import { type InvoiceBuyer, type InvoiceRecord, invoiceKinds } from '@shared/procedures/invoicing/records'
import { type InvoiceInput, invoiceInputSchema } from '@shared/procedures/invoicing/schema'
import { appDb } from '../../data/db'
import { invoiceAction, invoiceFacts, saveInvoice } from '../../data/repositories/invoicing/invoicesRepo'
import type { ContractInvoicing } from '../../data/repositories/invoicing/invoiceReads'
import { machineContext } from '../../data/repositories/takeTransition'
import { useActor, useWriteContext } from '../../stores/session'
import { ApprovalPanel } from '../contracts/shared/ApprovalPanel'
import { type FieldErrors, fromProblems, fromSchema } from '../contracts/shared/fieldErrors'
import { ReasonModal } from '../contracts/shared/ReasonModal'
import { showRefusal } from '../contracts/shared/showRefusal'
import { StepBox } from '../shipping/orders/StepBox'
import { whoMayAct } from '../shipping/orders/shippingView'
import { DocumentButton } from '../contracts/documents/DocumentButton'
import { applicationModel } from './invoiceModels'
import { InvoiceLinesTable } from './InvoiceLinesTable'
import { InvoiceStepActions } from './InvoiceStepActions'
import { invoiceStepColor, stepperIndex, stepperSteps } from './invoiceView'

interface Props {
  invoice: InvoiceRecord | null
  initial: InvoiceInput
  read: ContractInvoicing
}

const buyerFields: (keyof InvoiceBuyer)[] = [
  'buyerName',
  'buyerTaxNo',
  'buyerAddressPhone',
  'buyerBankAccount',
]

export function InvoiceForm({ invoice, initial, read }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const [values, setValues] = useState<InvoiceInput>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [voiding, setVoiding] = useState(false)
  const step = invoice?.step ?? 'draft'
  const editable = invoiceMachine.isEditable(step)
  // While editable the buyer is the customer's record as it is now; after, what was submitted.
  const buyer: InvoiceBuyer = editable || !invoice ? buyerOf(read.customer) : invoice

  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const clear = (fields: string[]) =>
    setErrors((e) => {
      const next = { ...e }
      for (const k of fields) delete next[k]
      if (fields.includes('lines'))
        for (const k of Object.keys(next)) if (k.startsWith('lines')) delete next[k]
      return next
    })
  const set = (patch: Partial<InvoiceInput>) => {
    setValues((v) => ({ ...v, ...patch }))
    clear(Object.keys(patch))
  }
  const contractTotal = read.contract?.totalFen ?? 0
  const openFen = openToInvoice(contractTotal, read.invoices, invoice?.id ?? '')
  const openLines = openByLine(read.lines, read.invoices, read.invoiceLines, invoice?.id ?? '')
  const total = invoiceTotals(values.lines).totalFen

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
  /** Every problem of the form at its field; true when there is none. */
  const check = () => {
    const found: FieldErrors = { ...fromSchema(invoiceInputSchema, values) }
    setErrors(found)
    const first = Object.values(found)[0]
    if (first) notifications.show({ color: 'red', message: t(first.key, first.params) })
    return !first
  }
  const save = async (): Promise<InvoiceRecord | null> => {
    if (!check()) return null
    const saved = await saveInvoice(appDb(), { id: invoice?.id ?? null, input: values }, write())
    if (!invoice) navigate(`/invoices/${saved.id}`, { replace: true })
    else notifications.show({ color: 'green', message: t('invoicing.saved') })
    return saved
  }
  const act = <A extends InvoiceAction>(action: A, payload: InvoicePayloads[A]) =>
    run(async () => {
      if (!invoice) return
      await invoiceAction(appDb(), { id: invoice.id, action, payload }, write())
      notifications.show({
        color: 'green',
        message: t('invoicing.done', { action: t(`invoicing.actions.${action}`) }),
      })
    })
  /** 提交财务审核: saved first, then every problem finance's review would find shown at its field. */
  const submit = () =>
    run(async () => {
      const saved = await save()
      if (!saved) return
      const db = appDb()
      const facts = await invoiceFacts(db, saved)
      const problems = invoiceMachine.problems(facts, 'submit', {}, await machineContext(db, write()))
      if (problems.length > 0) {
        setErrors(fromProblems(problems))
        notifications.show({ color: 'red', message: t(problems[0].messageKey, problems[0].params) })
        return
      }
      await invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, write())
      notifications.show({
        color: 'green',
        message: t('invoicing.done', { action: t('invoicing.actions.submit') }),
      })
    })

  const open = invoice ? invoiceMachine.actionsAt(step, actor.roles) : []
  const withApproval = (invoice?.requiredApprovals.length ?? 0) > 0
  const missing = new Set(buyerProblems(values.kind, buyer).map((p) => p.field))

  return (
    <Stack gap="md">
      {invoice && (
        <>
          <Group justify="space-between">
            <Group gap="sm">
              <Title order={3}>
                {t('invoicing.one')} {invoice.number}
              </Title>
              <Badge color={invoiceStepColor(step)} data-testid="invoice-step">
                {t(`invoicing.steps.${step}`)}
              </Badge>
            </Group>
            <DocumentButton
              label={t('invoicing.print')}
              build={() => applicationModel(appDb(), invoice.id, new Date().toISOString())}
            />
          </Group>
          {step === 'voided' ? (
            <Text c="dimmed">
              {t('invoicing.steps.voided')}：{invoice.reason}（{invoice.closedOn}）
            </Text>
          ) : (
            <Stepper active={stepperIndex(step, withApproval)} size="xs" iconSize={24}>
              {stepperSteps(withApproval).map((s) => (
                <Stepper.Step key={s} label={t(`invoicing.steps.${s}`)} />
              ))}
            </Stepper>
          )}
          {step === 'returned' && (
            <Alert color="orange" data-testid="review-comment">
              {t('invoicing.returned', {
                by: invoice.reviewedBy,
                date: invoice.reviewedOn,
                comment: invoice.reviewComment,
              })}
            </Alert>
          )}
          {invoice.reviewedOn && step !== 'returned' && step !== 'review' && (
            <Text size="sm" c="dimmed">
              {t('invoicing.approved', { by: invoice.reviewedBy, date: invoice.reviewedOn })}
              {invoice.reviewComment ? `：${invoice.reviewComment}` : ''}
            </Text>
          )}
          {withApproval && <ApprovalPanel table="invoices" subject={invoice} />}
          {!invoiceMachine.isEnded(step) && (
            <StepBox
              title={t(`invoicing.steps.${step}`)}
              checklist={invoiceChecklists[step] ?? []}
              whoMay={whoMayAct(invoiceMachine, step)}
              hasActions={open.length > 0}
            >
              {open.length > 0 && (
                <InvoiceStepActions
                  key={step}
                  invoice={invoice}
                  open={open}
                  busy={busy}
                  err={err}
                  onEdit={clear}
                  act={act}
                  onSubmit={() => void submit()}
                  onVoid={() => setVoiding(true)}
                />
              )}
            </StepBox>
          )}
          {invoice.invoiceNo && (
            <Stack gap={2} data-testid="invoice-facts">
              <Text size="sm">
                {t('invoicing.issuedFacts', {
                  no: [invoice.invoiceCode, invoice.invoiceNo].filter(Boolean).join(' '),
                  date: invoice.issuedOn,
                  amount: formatFen(invoice.issuedFen),
                  tax: formatFen(invoice.issuedTaxFen),
                })}
              </Text>
              {invoice.deliveredOn && (
                <Text size="sm">
                  {t('invoiceFields.deliveryWay')}：
                  {t('invoicing.deliveredFacts', {
                    way: invoice.deliveryWay ? t(`invoicing.deliveryWays.${invoice.deliveryWay}`) : '',
                    date: invoice.deliveredOn,
                  })}
                  {invoice.trackingNo ? ` · ${t('invoiceFields.trackingNo')} ${invoice.trackingNo}` : ''}
                </Text>
              )}
              {invoice.confirmedOn && (
                <Text size="sm">
                  {t('invoicing.confirmedFacts', { by: invoice.confirmedBy, date: invoice.confirmedOn })}
                </Text>
              )}
            </Stack>
          )}
        </>
      )}
      <Paper withBorder p="md" data-testid="invoice-contract">
        <Group gap="xl">
          <Text size="sm">
            {t('invoiceFields.contractId')}：
            <Anchor size="sm" onClick={() => navigate(`/contracts/${values.contractId}?tab=invoicing`)}>
              {read.contract?.number}
            </Anchor>
          </Text>
          <Text size="sm">
            {t('invoicing.contractTotal')}：{formatFen(contractTotal)}
          </Text>
          <Text size="sm">
            {t('invoicing.invoiced')}：{formatFen(invoicedFen(read.invoices))}
          </Text>
          <Text size="sm">
            {t('invoicing.thisApplication')}：{formatFen(total)}
          </Text>
          <Text size="sm" fw={600} data-testid="invoice-open">
            {t('invoicing.openAfter')}：{formatFen(openFen - total)}
          </Text>
        </Group>
        {editable && total > openFen && (
          <Alert color="yellow" mt="sm" data-testid="over-open">
            {t('invoicing.overOpen', { amount: formatFen(total), open: formatFen(Math.max(0, openFen)) })}
          </Alert>
        )}
      </Paper>
      <Paper withBorder p="md" data-testid="invoice-buyer">
        <Group justify="space-between" mb="sm">
          <Group gap="sm">
            <Title order={5}>{t('invoicing.buyer')}</Title>
            {editable && (
              <Text size="sm" c="dimmed">
                {t('invoicing.buyerHint')}
              </Text>
            )}
          </Group>
          {editable && read.contract && (
            <Anchor
              size="sm"
              onClick={() => navigate(`${archiveSpecs.customers.route}/${read.contract?.customerId}`)}
            >
              {t('invoicing.editCustomer')}
            </Anchor>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {buyerFields.map((f) => (
            <TextInput
              key={f}
              label={t(`invoiceFields.${f}`)}
              value={buyer[f]}
              readOnly
              withAsterisk={editable && missing.has(f)}
              error={err(f)}
            />
          ))}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Select
            label={t('invoiceFields.kind')}
            data={invoiceKinds.map((k) => ({ value: k, label: t(`invoicing.kinds.${k}`) }))}
            value={values.kind}
            readOnly={!editable}
            allowDeselect={false}
            onChange={(v) => v && set({ kind: v as InvoiceInput['kind'] })}
          />
          <Textarea
            label={t('invoiceFields.note')}
            autosize
            minRows={1}
            readOnly={!editable}
            value={values.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Paper>
      <InvoiceLinesTable
        lines={values.lines}
        onChange={(lines) => set({ lines })}
        open={openLines}
        editable={editable}
        err={err}
      />
      {editable && (
        <Group>
          <Button
            variant={invoice ? 'default' : 'filled'}
            loading={busy}
            onClick={() => void run(async () => void (await save()))}
          >
            {t('invoicing.save')}
          </Button>
        </Group>
      )}
      <ReasonModal
        opened={voiding}
        action={t('invoicing.actions.void')}
        label={t('invoicing.reason')}
        onClose={() => setVoiding(false)}
        onConfirm={async (reason) => {
          if (invoice)
            await invoiceAction(appDb(), { id: invoice.id, action: 'void', payload: { reason } }, write())
        }}
      />
    </Stack>
  )
}
