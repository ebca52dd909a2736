/**
 * 收款登记: every receipt with its customer, day, payer, method, amount,
 * bill number and step, newest first; search by number, customer, payer or
 * bill number; filter by step, or the bills not yet with finance. The
 * 工作台's links open it filtered (?step=pending, ?bills=waiting).
 */
import { Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { type ReceiptRecord, receiptSteps } from '@shared/procedures/collections/records'
import { isLive } from '@shared/types/records'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useTableRows } from '../../../data/tableRows'
import { useActor } from '../../../stores/session'
import { useRefNames } from '../../archives/useRefOptions'
import { receiptStepColor } from './receiptView'

type Row = ReceiptRecord & { billWaitingSince?: string }

export function ReceiptListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  // The filters live in the address: the 工作台's links set them, the menu's plain link clears them.
  const [search, setSearch] = useSearchParams()
  const rows = useTableRows(appDb(), 'receipts') as readonly Row[] | undefined
  const customerName = useRefNames('customers')
  const [query, setQuery] = useState('')
  const step = search.get('step')
  const billsWaiting = search.get('bills') === 'waiting'
  const filter = (key: 'step' | 'bills', value: string | null) =>
    setSearch(
      (p) => {
        const next = new URLSearchParams(p)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true },
    )

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (rows ?? [])
      .filter((r) => isLive(r) && (!step || r.step === step) && (!billsWaiting || !!r.billWaitingSince))
      .filter(
        (r) =>
          q === '' ||
          [r.number, customerName('customers', r.customerId), r.payer, r.billNo]
            .join(' ')
            .toLowerCase()
            .includes(q),
      )
      .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.number.localeCompare(a.number))
  }, [rows, query, step, billsWaiting, customerName])

  const columns = useMemo<VirtualColumn<Row>[]>(
    () => [
      { key: 'number', header: t('receiptFields.number'), width: 140, render: (r) => r.number },
      {
        key: 'customer',
        header: t('receiptFields.customerId'),
        width: 180,
        grow: 1,
        render: (r) => customerName('customers', r.customerId),
      },
      { key: 'receivedOn', header: t('receiptFields.receivedOn'), width: 100, render: (r) => r.receivedOn },
      { key: 'payer', header: t('receiptFields.payer'), width: 170, render: (r) => r.payer },
      {
        key: 'method',
        header: t('receiptFields.method'),
        width: 110,
        render: (r) => t(`collections.methods.${r.method}`),
      },
      {
        key: 'amount',
        header: t('receiptFields.amountFen'),
        width: 130,
        align: 'right',
        render: (r) => formatFen(r.amountFen),
      },
      { key: 'billNo', header: t('receiptFields.billNo'), width: 140, render: (r) => r.billNo },
      {
        key: 'step',
        header: t('receiptFields.step'),
        width: 110,
        render: (r) => (
          <Badge size="sm" color={receiptStepColor(r.step)} variant="light">
            {t(`collections.receipts.steps.${r.step}`)}
          </Badge>
        ),
      },
    ],
    [t, customerName],
  )
  const onOpen = useCallback((r: Row) => navigate(`/receipts/${r.id}`), [navigate])
  const empty = useMemo(
    () => (
      <Text c="dimmed" ta="center">
        {rows === undefined
          ? t('common.loading')
          : rows.length === 0
            ? t('receiptsScreen.empty')
            : t('receiptsScreen.listEmpty')}
      </Text>
    ),
    [rows, t],
  )
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('receiptsScreen.title')}</Title>
        {can(actor, 'collections.register') && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/receipts/new')}>
            {t('receiptsScreen.create')}
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <TextInput
          w={320}
          leftSection={<IconSearch size={16} />}
          placeholder={t('receiptsScreen.search')}
          aria-label={t('receiptsScreen.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Select
          w={170}
          clearable
          placeholder={t('receiptsScreen.allSteps')}
          aria-label={t('receiptFields.step')}
          data={receiptSteps.map((s) => ({ value: s, label: t(`collections.receipts.steps.${s}`) }))}
          value={step}
          onChange={(v) => filter('step', v)}
        />
        <Checkbox
          label={t('receiptsScreen.billsWaiting')}
          checked={billsWaiting}
          onChange={(e) => filter('bills', e.currentTarget.checked ? 'waiting' : null)}
        />
      </Group>
      <VirtualTable
        label={t('receiptsScreen.title')}
        rows={visible}
        columns={columns}
        rowKey={(r) => r.id}
        onOpen={onOpen}
        empty={empty}
      />
    </Stack>
  )
}
