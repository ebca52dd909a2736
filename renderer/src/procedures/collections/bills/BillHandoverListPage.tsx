/**
 * 票据交接: the bills finance does not have yet — on no slip (oldest first,
 * the overdue ones marked: still not with finance after the day they were
 * due there) or on a slip finance has not signed — with 新建签收单 for the
 * clerk; and every 票据交接签收单, newest first, searchable and filtered
 * by step.
 */
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { type BillHandoverRecord, billHandoverSteps } from '@shared/procedures/collections/records'
import { isLive } from '@shared/types/records'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readWaitingBills } from '../../../data/repositories/collections/billHandoversReads'
import { useTableRows } from '../../../data/tableRows'
import { useActor } from '../../../stores/session'
import { BillsTable } from './BillsTable'
import { slipStepColor } from './billView'

const rowKey = (s: BillHandoverRecord) => s.id

export function BillHandoverListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const [search] = useSearchParams()
  const today = todayIso(new Date())
  const waiting = useLiveQuery(() => readWaitingBills(appDb(), today), [today])
  const slips = useTableRows(appDb(), 'billHandovers') as readonly BillHandoverRecord[] | undefined
  const [query, setQuery] = useState('')
  const [step, setStep] = useState<string | null>(search.get('step'))

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (slips ?? [])
      .filter((s) => isLive(s) && (!step || s.step === step))
      .filter((s) => q === '' || [s.number, s.handedBy, s.receivedBy].join(' ').toLowerCase().includes(q))
      .sort((a, b) => b.handedOn.localeCompare(a.handedOn) || b.number.localeCompare(a.number))
  }, [slips, query, step])

  const columns = useMemo<VirtualColumn<BillHandoverRecord>[]>(
    () => [
      { key: 'number', header: t('billHandoverFields.number'), width: 150, render: (s) => s.number },
      { key: 'handedOn', header: t('billHandoverFields.handedOn'), width: 110, render: (s) => s.handedOn },
      { key: 'handedBy', header: t('billHandoverFields.handedBy'), width: 110, render: (s) => s.handedBy },
      {
        key: 'bills',
        header: t('billsScreen.slips.bills'),
        width: 90,
        align: 'right',
        render: (s) => s.receiptIds.length,
      },
      {
        key: 'receivedBy',
        header: t('billHandoverFields.receivedBy'),
        width: 120,
        grow: 1,
        render: (s) => s.receivedBy,
      },
      { key: 'signedOn', header: t('billHandoverFields.signedOn'), width: 110, render: (s) => s.signedOn },
      {
        key: 'step',
        header: t('billHandoverFields.step'),
        width: 120,
        render: (s) => (
          <Badge size="sm" variant="light" color={slipStepColor(s.step)}>
            {t(`collections.billHandovers.steps.${s.step}`)}
          </Badge>
        ),
      },
    ],
    [t],
  )
  const onOpen = useCallback((s: BillHandoverRecord) => navigate(`/bill-handovers/${s.id}`), [navigate])
  const empty = (
    <Text c="dimmed" ta="center">
      {slips === undefined
        ? t('common.loading')
        : slips.length === 0
          ? t('billsScreen.slips.empty')
          : t('billsScreen.slips.listEmpty')}
    </Text>
  )
  const free = (waiting ?? []).filter((b) => !b.slip)
  const overdue = free.filter((b) => b.overdue).length
  const mayHand = can(actor, 'collections.handover')

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3}>{t('billsScreen.title')}</Title>
        {mayHand && (
          <Button disabled={free.length === 0} onClick={() => navigate('/bill-handovers/new')}>
            {t('billsScreen.create')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('billsScreen.rule')}
      </Text>
      <Paper withBorder p="md" data-testid="waiting-bills">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('billsScreen.waiting.title')}</Title>
          {waiting && waiting.length > 0 && (
            <Text size="sm" c={overdue > 0 ? 'red' : undefined}>
              {t('billsScreen.waiting.summary', {
                count: waiting.length,
                amount: formatFen(waiting.reduce((sum, b) => sum + b.receipt.amountFen, 0)),
                overdue,
              })}
            </Text>
          )}
        </Group>
        {waiting === undefined ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : waiting.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('billsScreen.waiting.empty')}
          </Text>
        ) : (
          <BillsTable label={t('billsScreen.waiting.title')} rows={waiting} withState />
        )}
      </Paper>
      <Title order={5}>{t('billsScreen.slips.title')}</Title>
      <Group gap="sm">
        <TextInput
          w={320}
          leftSection={<IconSearch size={16} />}
          placeholder={t('billsScreen.slips.search')}
          aria-label={t('billsScreen.slips.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Select
          w={170}
          clearable
          placeholder={t('billsScreen.slips.all')}
          aria-label={t('billHandoverFields.step')}
          data={billHandoverSteps.map((s) => ({
            value: s,
            label: t(`collections.billHandovers.steps.${s}`),
          }))}
          value={step}
          onChange={setStep}
        />
      </Group>
      <VirtualTable
        label={t('billsScreen.slips.title')}
        rows={visible}
        columns={columns}
        rowKey={rowKey}
        onOpen={onOpen}
        empty={empty}
        height="max(240px, calc(100vh - 560px))"
      />
    </Stack>
  )
}
