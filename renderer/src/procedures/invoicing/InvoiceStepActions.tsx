/**
 * The current step's own fields and the actions this user may take on an
 * application: finance's comment (审核通过 / 退回), the invoice as issued
 * (登记开具), how it reached the customer (登记交付) and who confirmed it
 * (登记客户确认). Every problem the machine finds shows at its field.
 */
import { Button, Group, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { InvoiceAction, InvoicePayloads } from '@shared/procedures/invoicing/machines/invoice'
import { type DeliveryWay, type InvoiceRecord, deliveryWays } from '@shared/procedures/invoicing/records'
import { DayInput } from '../contracts/shared/DayInput'
import { ScaledTextInput } from '../contracts/shared/ScaledTextInput'

type Payload = Partial<{
  comment: string
  invoiceCode: string
  invoiceNo: string
  issuedOn: string
  issuedFen: number
  issuedTaxFen: number
  deliveredOn: string
  deliveryWay: DeliveryWay | ''
  trackingNo: string
  confirmedOn: string
  confirmedBy: string
}>

interface Props {
  invoice: InvoiceRecord
  open: readonly InvoiceAction[]
  busy: boolean
  err: (field: string) => string | undefined
  /** Clears a field's problem when it is typed again. */
  onEdit: (fields: string[]) => void
  act: <A extends InvoiceAction>(action: A, payload: InvoicePayloads[A]) => void
  onSubmit: () => void
  onVoid: () => void
}

export function InvoiceStepActions({ invoice, open, busy, err, onEdit, act, onSubmit, onVoid }: Props) {
  const { t } = useTranslation()
  const [p, setP] = useState<Payload>({ issuedFen: invoice.totalFen, issuedTaxFen: invoice.taxFen })
  const has = (a: InvoiceAction) => open.includes(a)
  const edit = (patch: Payload) => {
    setP((v) => ({ ...v, ...patch }))
    onEdit(Object.keys(patch))
  }
  const label = (a: InvoiceAction) => t(`invoicing.actions.${a}`)
  return (
    <>
      {(has('approve') || has('return')) && (
        <Textarea
          label={t('invoicing.comment')}
          description={t('invoicing.commentHint')}
          autosize
          minRows={2}
          value={p.comment ?? ''}
          error={err('comment')}
          onChange={(e) => edit({ comment: e.currentTarget.value })}
        />
      )}
      {has('issue') && (
        <SimpleGrid cols={2} spacing="sm">
          {invoice.kind !== 'digital' && (
            <TextInput
              label={t('invoiceFields.invoiceCode')}
              withAsterisk
              value={p.invoiceCode ?? ''}
              error={err('invoiceCode')}
              onChange={(e) => edit({ invoiceCode: e.currentTarget.value })}
            />
          )}
          <TextInput
            label={t('invoiceFields.invoiceNo')}
            withAsterisk
            value={p.invoiceNo ?? ''}
            error={err('invoiceNo')}
            onChange={(e) => edit({ invoiceNo: e.currentTarget.value })}
          />
          <DayInput
            label={t('invoiceFields.issuedOn')}
            editable
            value={p.issuedOn ?? ''}
            error={err('issuedOn')}
            onChange={(v) => edit({ issuedOn: v })}
          />
          <ScaledTextInput
            label={t('invoiceFields.issuedFen')}
            scale="money"
            value={p.issuedFen ?? 0}
            error={err('issuedFen')}
            onValue={(v) => edit({ issuedFen: v ?? 0 })}
          />
          <ScaledTextInput
            label={t('invoiceFields.issuedTaxFen')}
            scale="money"
            value={p.issuedTaxFen ?? 0}
            error={err('issuedTaxFen')}
            onValue={(v) => edit({ issuedTaxFen: v ?? 0 })}
          />
        </SimpleGrid>
      )}
      {has('deliver') && (
        <SimpleGrid cols={2} spacing="sm">
          <DayInput
            label={t('invoiceFields.deliveredOn')}
            editable
            value={p.deliveredOn ?? ''}
            error={err('deliveredOn')}
            onChange={(v) => edit({ deliveredOn: v })}
          />
          <Select
            label={t('invoiceFields.deliveryWay')}
            withAsterisk
            data={deliveryWays.map((w) => ({ value: w, label: t(`invoicing.deliveryWays.${w}`) }))}
            value={p.deliveryWay || null}
            error={err('deliveryWay')}
            onChange={(v) => edit({ deliveryWay: (v ?? '') as DeliveryWay | '' })}
          />
          {p.deliveryWay === 'post' && (
            <TextInput
              label={t('invoiceFields.trackingNo')}
              withAsterisk
              value={p.trackingNo ?? ''}
              error={err('trackingNo')}
              onChange={(e) => edit({ trackingNo: e.currentTarget.value })}
            />
          )}
        </SimpleGrid>
      )}
      {has('confirm') && (
        <SimpleGrid cols={2} spacing="sm">
          <DayInput
            label={t('invoiceFields.confirmedOn')}
            editable
            value={p.confirmedOn ?? ''}
            error={err('confirmedOn')}
            onChange={(v) => edit({ confirmedOn: v })}
          />
          <TextInput
            label={t('invoiceFields.confirmedBy')}
            withAsterisk
            value={p.confirmedBy ?? ''}
            error={err('confirmedBy')}
            onChange={(e) => edit({ confirmedBy: e.currentTarget.value })}
          />
        </SimpleGrid>
      )}
      <Group gap="xs">
        {has('submit') && (
          <Button loading={busy} onClick={onSubmit}>
            {label('submit')}
          </Button>
        )}
        {has('approve') && (
          <Button color="green" loading={busy} onClick={() => act('approve', { comment: p.comment ?? '' })}>
            {label('approve')}
          </Button>
        )}
        {has('return') && (
          <Button
            color="orange"
            variant="light"
            loading={busy}
            onClick={() => act('return', { comment: p.comment ?? '' })}
          >
            {label('return')}
          </Button>
        )}
        {has('issue') && (
          <Button
            loading={busy}
            onClick={() =>
              act('issue', {
                invoiceCode: p.invoiceCode ?? '',
                invoiceNo: p.invoiceNo ?? '',
                issuedOn: p.issuedOn ?? '',
                issuedFen: p.issuedFen ?? 0,
                issuedTaxFen: p.issuedTaxFen ?? 0,
              })
            }
          >
            {label('issue')}
          </Button>
        )}
        {has('deliver') && (
          <Button
            loading={busy}
            onClick={() =>
              act('deliver', {
                deliveredOn: p.deliveredOn ?? '',
                deliveryWay: p.deliveryWay ?? '',
                trackingNo: p.trackingNo ?? '',
              })
            }
          >
            {label('deliver')}
          </Button>
        )}
        {has('confirm') && (
          <Button
            color="green"
            loading={busy}
            onClick={() =>
              act('confirm', { confirmedOn: p.confirmedOn ?? '', confirmedBy: p.confirmedBy ?? '' })
            }
          >
            {label('confirm')}
          </Button>
        )}
        {has('void') && (
          <Button color="red" variant="light" onClick={onVoid}>
            {label('void')}
          </Button>
        )}
      </Group>
    </>
  )
}
