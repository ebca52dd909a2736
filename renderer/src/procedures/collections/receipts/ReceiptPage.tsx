/**
 * One 收款登记: a new one (?customer=…, or ?contract=… whose customer it
 * takes and whose milestones it lists first), or a stored one.
 */
import { Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { todayIso } from '@shared/kernel/workdays'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { allocationsOf } from '../../../data/repositories/collections/collectionsReads'
import { ShippingCrumbs } from '../../shipping/orders/ShippingCrumbs'
import { ReceiptForm } from './ReceiptForm'
import { blankDraft, draftOf } from './receiptView'

function Crumbs({ title }: { title: string }) {
  return <ShippingCrumbs list="/receipts" labelKey="receiptsScreen.title" title={title} />
}

export function ReceiptPage() {
  const { id = 'new' } = useParams()
  const [search] = useSearchParams()
  if (id === 'new')
    return <NewReceipt customerId={search.get('customer') ?? ''} contractId={search.get('contract') ?? ''} />
  return <ExistingReceipt id={id} />
}

function NewReceipt({ customerId, contractId }: { customerId: string; contractId: string }) {
  const { t } = useTranslation()
  // Read once: the clerk's form takes it from there. Who paid is usually the customer itself.
  const customer = useLiveQuery(async () => {
    const db = appDb()
    const id = contractId ? ((await db.contracts.get(contractId))?.customerId ?? customerId) : customerId
    const record = id ? await db.customers.get(id) : undefined
    return { id, name: String(record?.name ?? '') }
  }, [customerId, contractId])
  if (customer === undefined) return <Loader />
  return (
    <Stack gap="md">
      <Crumbs title={t('receiptsScreen.newTitle')} />
      <Title order={3}>{t('receiptsScreen.newTitle')}</Title>
      <ReceiptForm
        receipt={null}
        initial={{ ...blankDraft(customer.id, todayIso(new Date())), payer: customer.name }}
        contractId={contractId}
      />
    </Stack>
  )
}

function ExistingReceipt({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLiveQuery(async () => {
    const db = appDb()
    const receipt = await db.receipts.get(id)
    return receipt ? { receipt, parts: await allocationsOf(db, id) } : null
  }, [id])
  if (loaded === undefined) return <Loader />
  if (!loaded) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { receipt, parts } = loaded
  return (
    <Stack gap="md">
      <Crumbs title={receipt.number} />
      {/* A new step or a saved change starts the form again from what is stored. */}
      <ReceiptForm
        key={`${receipt.id}:${receipt.updatedAt}`}
        receipt={receipt}
        initial={draftOf(receipt, parts)}
      />
    </Stack>
  )
}
