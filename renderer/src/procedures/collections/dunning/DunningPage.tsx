/**
 * 催款: every payment milestone due and not paid by confirmed money, by
 * customer and sales rep — how many days overdue, the latest attempt and
 * the day promised (a promise passed is marked) — and each milestone's 催款
 * log with the form to record a call or a visit.
 */
import { Badge, Button, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { daysBetween } from '@shared/kernel/days'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { type OwedRow, owedMilestoneRows } from '../../../data/repositories/collections/dunningsRepo'
import { useTableRows } from '../../../data/tableRows'
import { useRefNames } from '../../archives/useRefOptions'
import { DunningModal } from './DunningModal'

export function DunningPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const today = todayIso(new Date())
  const rows = useLiveQuery(() => owedMilestoneRows(appDb()), [])
  const users = useTableRows(appDb(), 'users')
  const customerName = useRefNames('customers')
  const [query, setQuery] = useState('')
  const [rep, setRep] = useState<string | null>(null)
  const [overdueOnly, setOverdueOnly] = useState(false)
  const [open, setOpen] = useState<OwedRow | null>(null)
  const repName = useMemo(() => {
    const names = new Map((users ?? []).map((u) => [String(u.id), String(u.name ?? '')]))
    return (id: string | undefined) => (id ? (names.get(id) ?? '') : '')
  }, [users])
  const reps = useMemo(
    () =>
      [...new Set((rows ?? []).map((r) => r.contract.salesRepId ?? ''))].map((id) => ({
        value: id || '-',
        label: id ? repName(id) : t('contracts.salesRepNone'),
      })),
    [rows, repName, t],
  )
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (rows ?? []).filter(
      (r) =>
        (!overdueOnly || r.dueOn < today) &&
        (!rep || (r.contract.salesRepId || '-') === rep) &&
        (q === '' ||
          `${r.contract.number} ${customerName('customers', r.contract.customerId)}`
            .toLowerCase()
            .includes(q)),
    )
  }, [rows, query, rep, overdueOnly, today, customerName])
  const total = visible.reduce((s, r) => s + r.openFen, 0)
  const columns = useMemo<VirtualColumn<OwedRow>[]>(
    () => [
      {
        key: 'customer',
        header: t('receiptFields.customerId'),
        width: 220,
        grow: 1,
        render: (r) => customerName('customers', r.contract.customerId),
      },
      {
        key: 'contract',
        header: t('dunningFields.contractId'),
        width: 140,
        render: (r) => r.contract.number,
      },
      {
        key: 'rep',
        header: t('contractFields.salesRepId'),
        width: 90,
        render: (r) => repName(r.contract.salesRepId) || '—',
      },
      {
        key: 'kind',
        header: t('dunningFields.milestoneId'),
        width: 90,
        render: (r) => t(`contracts.milestone.kinds.${r.kind}`),
      },
      { key: 'due', header: t('contracts.milestone.dueOn'), width: 110, render: (r) => r.dueOn },
      {
        key: 'late',
        header: t('dunningScreen.late'),
        width: 100,
        render: (r) =>
          r.dueOn < today ? (
            <Badge color="red" variant="light">
              {t('dunningScreen.daysLate', { n: daysBetween(r.dueOn, today) })}
            </Badge>
          ) : (
            <Badge color="yellow" variant="light">
              {t('dunningScreen.daysLeft', { n: daysBetween(today, r.dueOn) })}
            </Badge>
          ),
      },
      {
        key: 'open',
        header: t('contracts.milestone.open'),
        width: 130,
        align: 'right',
        render: (r) => formatFen(r.openFen),
      },
      {
        key: 'last',
        header: t('dunningScreen.last'),
        width: 200,
        render: (r) =>
          r.last ? (
            <Text size="sm" c={r.last.promisedOn && r.last.promisedOn < today ? 'red' : undefined}>
              {r.last.contactedOn} {t(`collections.contactWays.${r.last.how}`)}
              {r.last.promisedOn ? ` · ${t('dunningScreen.promised', { date: r.last.promisedOn })}` : ''}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('dunningScreen.never')}
            </Text>
          ),
      },
      {
        key: 'act',
        header: '',
        width: 110,
        render: (r) => (
          <Button size="compact-sm" variant="light" onClick={(e) => (e.stopPropagation(), setOpen(r))}>
            {t('dunningScreen.record')}
          </Button>
        ),
      },
    ],
    [t, customerName, repName, today],
  )
  return (
    <Stack gap="sm">
      <Title order={3}>{t('dunningScreen.title')}</Title>
      <Group gap="sm">
        <TextInput
          w={300}
          leftSection={<IconSearch size={16} />}
          placeholder={t('dunningScreen.search')}
          aria-label={t('dunningScreen.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Select
          w={160}
          clearable
          placeholder={t('dunningScreen.allReps')}
          aria-label={t('contractFields.salesRepId')}
          data={reps}
          value={rep}
          onChange={setRep}
        />
        <Switch
          label={t('dunningScreen.overdueOnly')}
          checked={overdueOnly}
          onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
        />
        <Text size="sm" fw={600} data-testid="dunning-total">
          {t('dunningScreen.total', { count: visible.length, amount: formatFen(total) })}
        </Text>
      </Group>
      <VirtualTable
        label={t('dunningScreen.title')}
        rows={visible}
        columns={columns}
        rowKey={(r) => r.milestoneId}
        onOpen={(r) => navigate(`/contracts/${r.contract.id}?tab=receipts`)}
        empty={
          <Text c="dimmed" ta="center">
            {rows === undefined ? t('common.loading') : t('dunningScreen.empty')}
          </Text>
        }
      />
      <DunningModal key={open?.milestoneId ?? ''} row={open} onClose={() => setOpen(null)} />
    </Stack>
  )
}
