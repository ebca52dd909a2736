/**
 * 开票申请: every application with its contract, customer, type, amount,
 * invoice number and step, newest first; search by number, invoice number,
 * contract or customer; filter by step (the 工作台's links open it filtered).
 */
import { Badge, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { type InvoiceRecord, invoiceSteps } from '@shared/procedures/invoicing/records'
import { isLive } from '@shared/types/records'
import { type VirtualColumn, VirtualTable } from '../../components/virtualTable/VirtualTable'
import { appDb } from '../../data/db'
import { useTableRows } from '../../data/tableRows'
import { useRefNames } from '../archives/useRefOptions'
import { invoiceStepColor } from './invoiceView'

export function InvoiceListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const rows = useTableRows(appDb(), 'invoices') as readonly InvoiceRecord[] | undefined
  const customerName = useRefNames('customers')
  const contracts = useTableRows(appDb(), 'contracts')
  // A contract is named by its number (useRefNames reads archives' names).
  const contractName = useMemo(() => {
    const numbers = new Map((contracts ?? []).map((c) => [c.id, String(c.number ?? '')]))
    return (_table: string, id: string) => numbers.get(id) ?? ''
  }, [contracts])
  const [query, setQuery] = useState('')
  const [step, setStep] = useState<string | null>(search.get('step'))

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (rows ?? [])
      .filter((r) => isLive(r) && (!step || r.step === step))
      .filter(
        (r) =>
          q === '' ||
          [
            r.number,
            r.invoiceNo,
            contractName('contracts', r.contractId),
            customerName('customers', r.customerId),
          ]
            .join(' ')
            .toLowerCase()
            .includes(q),
      )
      .sort((a, b) => b.number.localeCompare(a.number))
  }, [rows, query, step, customerName, contractName])

  const columns = useMemo<VirtualColumn<InvoiceRecord>[]>(
    () => [
      { key: 'number', header: t('invoiceFields.number'), width: 150, render: (r) => r.number },
      {
        key: 'contract',
        header: t('invoiceFields.contractId'),
        width: 150,
        render: (r) => contractName('contracts', r.contractId),
      },
      {
        key: 'customer',
        header: t('invoiceFields.customerId'),
        width: 220,
        grow: 1,
        render: (r) => customerName('customers', r.customerId),
      },
      {
        key: 'kind',
        header: t('invoiceFields.kind'),
        width: 130,
        render: (r) => t(`invoicing.kinds.${r.kind}`),
      },
      {
        key: 'total',
        header: t('invoiceFields.totalFen'),
        width: 130,
        align: 'right',
        render: (r) => formatFen(r.totalFen),
      },
      { key: 'invoiceNo', header: t('invoiceFields.invoiceNo'), width: 190, render: (r) => r.invoiceNo },
      { key: 'issuedOn', header: t('invoiceFields.issuedOn'), width: 110, render: (r) => r.issuedOn },
      {
        key: 'step',
        header: t('invoiceFields.step'),
        width: 120,
        render: (r) => (
          <Badge size="sm" color={invoiceStepColor(r.step)} variant="light">
            {t(`invoicing.steps.${r.step}`)}
          </Badge>
        ),
      },
    ],
    [t, contractName, customerName],
  )
  const onOpen = useCallback((r: InvoiceRecord) => navigate(`/invoices/${r.id}`), [navigate])
  const empty = useMemo(
    () => (
      <Text c="dimmed" ta="center">
        {rows === undefined
          ? t('common.loading')
          : rows.length === 0
            ? t('invoicing.empty')
            : t('invoicing.listEmpty')}
      </Text>
    ),
    [rows, t],
  )
  return (
    <Stack gap="sm">
      <Title order={3}>{t('invoicing.title')}</Title>
      <Group gap="sm">
        <TextInput
          w={320}
          leftSection={<IconSearch size={16} />}
          placeholder={t('invoicing.search')}
          aria-label={t('invoicing.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Select
          w={170}
          clearable
          placeholder={t('invoicing.all')}
          aria-label={t('invoiceFields.step')}
          data={invoiceSteps.map((s) => ({ value: s, label: t(`invoicing.steps.${s}`) }))}
          value={step}
          onChange={setStep}
        />
      </Group>
      <VirtualTable
        label={t('invoicing.title')}
        rows={visible}
        columns={columns}
        rowKey={(r) => r.id}
        onOpen={onOpen}
        empty={empty}
      />
    </Stack>
  )
}
