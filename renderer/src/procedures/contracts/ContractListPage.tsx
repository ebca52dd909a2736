/**
 * 销售合同 list: every contract with its customer, amount and step, newest
 * first; search by number, customer or name, filter by step.
 */
import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconPlus, IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { type ContractRecord, contractSteps } from '@shared/procedures/contracts/records'
import { isLive } from '@shared/types/records'
import { type VirtualColumn, VirtualTable } from '../../components/virtualTable/VirtualTable'
import { appDb } from '../../data/db'
import { useTableRows } from '../../data/tableRows'
import { useActor } from '../../stores/session'
import { useRefNames } from '../archives/useRefOptions'
import { stepColor } from './contract/contractStepView'

export function ContractListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const rows = useTableRows(appDb(), 'contracts') as ContractRecord[] | undefined
  const customerName = useRefNames('customers')
  const [query, setQuery] = useState('')
  const [step, setStep] = useState<string | null>(null)

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (rows ?? [])
      .filter((c) => isLive(c) && (!step || c.step === step))
      .filter(
        (c) =>
          q === '' ||
          c.number.toLowerCase().includes(q) ||
          c.title.toLowerCase().includes(q) ||
          customerName('customers', c.customerId).toLowerCase().includes(q),
      )
      .sort((a, b) => b.number.localeCompare(a.number))
  }, [rows, query, step, customerName])

  const columns = useMemo<VirtualColumn<ContractRecord>[]>(
    () => [
      { key: 'number', header: t('contracts.number'), width: 150, render: (c) => c.number },
      {
        key: 'customer',
        header: t('contracts.customer'),
        width: 240,
        grow: 1,
        render: (c) => customerName('customers', c.customerId),
      },
      { key: 'title', header: t('contracts.name'), width: 200, grow: 1, render: (c) => c.title },
      {
        key: 'amount',
        header: t('contracts.amount'),
        width: 140,
        align: 'right',
        render: (c) => formatFen(c.totalFen),
      },
      {
        key: 'step',
        header: t('contracts.step'),
        width: 100,
        render: (c) => (
          <Badge size="sm" color={stepColor(c.step)} variant="light">
            {t(`contracts.steps.${c.step}`)}
          </Badge>
        ),
      },
      { key: 'signedOn', header: t('contracts.signedOn'), width: 110, render: (c) => c.signedOn },
    ],
    [t, customerName],
  )
  const onOpen = useCallback((c: ContractRecord) => navigate(`/contracts/${c.id}`), [navigate])
  const empty = useMemo(
    () => (
      <Text c="dimmed" ta="center">
        {rows === undefined ? t('common.loading') : t('contracts.empty')}
      </Text>
    ),
    [rows, t],
  )

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('contracts.title')}</Title>
        {can(actor, 'contracts.edit') && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/contracts/new')}>
            {t('contracts.create')}
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <TextInput
          w={320}
          leftSection={<IconSearch size={16} />}
          placeholder={t('contracts.search')}
          aria-label={t('contracts.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Select
          w={160}
          clearable
          placeholder={t('contracts.allSteps')}
          aria-label={t('contracts.step')}
          data={contractSteps.map((s) => ({ value: s, label: t(`contracts.steps.${s}`) }))}
          value={step}
          onChange={setStep}
        />
      </Group>
      <VirtualTable
        label={t('contracts.title')}
        rows={visible}
        columns={columns}
        rowKey={(c) => c.id}
        onOpen={onOpen}
        empty={empty}
      />
    </Stack>
  )
}
