/**
 * One 开票申请单: a new one from a contract (?contract=…, with
 * &shipments=… when applied for by chosen shipments), or a stored one.
 */
import { Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import type { InvoiceInput } from '@shared/procedures/invoicing/schema'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { invoiceLinesOf, readContractInvoicing } from '../../data/repositories/invoicing/invoiceReads'
import { invoiceDraft } from '../../data/repositories/invoicing/invoicesRepo'
import { ShippingCrumbs } from '../shipping/orders/ShippingCrumbs'
import { InvoiceForm } from './InvoiceForm'

export function InvoicePage() {
  const { id = 'new' } = useParams()
  const [search] = useSearchParams()
  if (id === 'new') {
    const shipments = (search.get('shipments') ?? '').split(',').filter(Boolean)
    return <NewInvoice contractId={search.get('contract') ?? ''} shipmentIds={shipments} />
  }
  return <ExistingInvoice id={id} />
}

function Crumbs({ title }: { title: string }) {
  return <ShippingCrumbs list="/invoices" labelKey="invoicing.title" title={title} />
}

function NewInvoice({ contractId, shipmentIds }: { contractId: string; shipmentIds: string[] }) {
  const { t } = useTranslation()
  const key = shipmentIds.join(',')
  const loaded = useLiveQuery(
    async () => {
      const db = appDb()
      const read = await readContractInvoicing(db, contractId)
      return read.contract ? { read, draft: await invoiceDraft(db, contractId, shipmentIds) } : null
    },
    // Read once: the clerk's form takes it from there.
    [contractId, key],
  )
  if (loaded === undefined) return <Loader />
  if (!loaded) return <Text c="red">{t('errors.data.notFound')}</Text>
  return (
    <Stack gap="md">
      <Crumbs title={t('invoicing.newTitle')} />
      <Title order={3}>
        {t('invoicing.newTitle')} · {loaded.read.contract?.number}
      </Title>
      <InvoiceForm invoice={null} initial={loaded.draft} read={loaded.read} />
    </Stack>
  )
}

function ExistingInvoice({ id }: { id: string }) {
  const { t } = useTranslation()
  const loaded = useLiveQuery(async () => {
    const db = appDb()
    const invoice = await db.invoices.get(id)
    if (!invoice) return null
    const [lines, read] = await Promise.all([
      invoiceLinesOf(db, id),
      readContractInvoicing(db, invoice.contractId),
    ])
    return { invoice, lines, read }
  }, [id])
  if (loaded === undefined) return <Loader />
  if (!loaded) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { invoice: i, lines, read } = loaded
  const initial: InvoiceInput = {
    contractId: i.contractId,
    shipmentIds: i.shipmentIds,
    kind: i.kind,
    note: i.note,
    lines: lines.map((l) => ({
      sourceLineId: l.sourceLineId,
      name: l.name,
      spec: l.spec,
      unit: l.unit,
      qty: l.qty,
      amountFen: l.amountFen,
      taxRateBp: l.taxRateBp,
    })),
  }
  return (
    <Stack gap="md">
      <Crumbs title={i.number} />
      <InvoiceForm key={`${i.id}:${i.step}`} invoice={i} initial={initial} read={read} />
    </Stack>
  )
}
