/**
 * 登记入库: goods from a manufacturer or supplier (or coming back) into the
 * store. The product is picked as a contract line picks it (name, model,
 * pinyin); the number is the delivery note's, or RK- when left empty. What
 * the procedure refuses — a date in a month finance signed off (naming the
 * month to put it in), a quantity that is not a whole positive number — is
 * shown at its field, and the dialog stays open.
 */
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { todayIso } from '@shared/kernel/workdays'
import { errorField, errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { receiveStock } from '../../../data/repositories/shipping/stockRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { RecordSelect } from '../../contracts/shared/RecordSelect'

interface Props {
  opened: boolean
  onClose: () => void
  /** The product already chosen (from its ledger). */
  productId?: string
}

interface Values {
  productId: string
  date: string
  qty: number | ''
  sourceNumber: string
  handledBy: string
  note: string
}

const text = (v: unknown) => (typeof v === 'string' ? v : '')
export const productLabel = (p: AnyRecord) => [text(p.name), text(p.spec)].filter(Boolean).join(' ')
const productNote = (p: AnyRecord) => [text(p.model), text(p.code)].filter(Boolean).join(' · ')

export function StockInModal({ opened, onClose, productId = '' }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('shipping.stock.inTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && <StockInForm productId={productId} onClose={onClose} />}
    </Modal>
  )
}

function StockInForm({ productId, onClose }: { productId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [values, setValues] = useState<Values>({
    productId,
    date: todayIso(new Date()),
    qty: '',
    sourceNumber: '',
    handledBy: actor.name,
    note: '',
  })
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({})
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k as keyof Values]
      return next
    })
  }

  const missing = (): Partial<Record<keyof Values, string>> => {
    const out: Partial<Record<keyof Values, string>> = {}
    if (!values.productId) out.productId = t('validation.required')
    if (!values.date) out.date = t('validation.required')
    if (values.qty === '' || !Number.isSafeInteger(values.qty) || values.qty <= 0)
      out.qty = t('shippingValidation.qty')
    if (values.handledBy.trim() === '') out.handledBy = t('validation.required')
    return out
  }

  const submit = async () => {
    const found = missing()
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    try {
      const row = await receiveStock(
        appDb(),
        { input: { ...values, kind: 'in', qty: Number(values.qty) } },
        write(),
      )
      const product = (await appDb().products.get(row.productId)) as AnyRecord | undefined
      notifications.show({
        color: 'green',
        message: t('shipping.stock.saved', {
          product: product ? productLabel(product) : '',
          qty: `${row.qty}${text(product?.unit)}`,
          number: row.sourceNumber,
        }),
      })
      onClose()
    } catch (err) {
      const field = errorField(err)
      if (field && field in values) setErrors({ [field]: errorText(t, err) })
      else notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <Stack gap="sm">
        <RecordSelect
          table="products"
          label={t('shipping.stock.product')}
          withAsterisk
          data-autofocus
          placeholder={t('shipping.stock.pickProduct')}
          optionLabel={productLabel}
          optionNote={productNote}
          nothingFoundMessage={t('archives.noMatch')}
          value={values.productId}
          error={errors.productId}
          onChange={(id) => set({ productId: id })}
        />
        <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
          <DayInput
            label={t('stockMovementFields.date')}
            editable
            value={values.date}
            error={errors.date}
            onChange={(date) => set({ date })}
          />
          <NumberInput
            label={t('stockMovementFields.qty')}
            withAsterisk
            min={1}
            allowDecimal={false}
            allowNegative={false}
            value={values.qty}
            error={errors.qty}
            onChange={(v) => set({ qty: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
          />
          <TextInput
            label={t('stockMovementFields.sourceNumber')}
            description={t('shipping.stock.sourceHint')}
            maxLength={40}
            value={values.sourceNumber}
            error={errors.sourceNumber}
            onChange={(e) => set({ sourceNumber: e.currentTarget.value })}
          />
          <TextInput
            label={t('stockMovementFields.handledBy')}
            description=" "
            withAsterisk
            maxLength={40}
            value={values.handledBy}
            error={errors.handledBy}
            onChange={(e) => set({ handledBy: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Textarea
          label={t('stockMovementFields.note')}
          autosize
          minRows={2}
          maxLength={200}
          value={values.note}
          error={errors.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('shipping.stock.inTitle')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
