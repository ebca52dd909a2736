/**
 * 客户对账 (制度：应在每年的6月底和12月底与客户核对往来账目): the half-year
 * picked, 生成本期对账单 for every customer with business (with progress),
 * the period's statements with their closing balance, step, answer and
 * difference (search by customer or number, filter by step), and the
 * period's report to the sales manager and finance.
 */
import { Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconFileStack, IconSearch } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { type StatementRecord, statementSteps } from '@shared/procedures/collections/records'
import { isHalfYear, periodSummary } from '@shared/procedures/collections/statements'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { periodStatements } from '../../../data/repositories/collections/statementsRepo'
import { useActor } from '../../../stores/session'
import { useRefNames } from '../../archives/useRefOptions'
import { StatementBatchModal } from './StatementBatchModal'
import { periodLabel, recentPeriods } from './statementModels'
import { StatementReportPanel } from './StatementReportPanel'
import { statementStepColor } from './statementView'

export function StatementsPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const [params, setParams] = useSearchParams()
  const periods = useMemo(() => recentPeriods(todayIso(new Date())), [])
  const asked = params.get('period') ?? ''
  const period = isHalfYear(asked) ? asked : periods[0]
  const statements = useLiveQuery(() => periodStatements(appDb(), period), [period])
  const customerName = useRefNames('customers')
  const [query, setQuery] = useState('')
  const [step, setStep] = useState<string | null>(params.get('step'))
  const [batch, setBatch] = useState(false)

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (statements ?? [])
      .filter((s) => !step || s.step === step)
      .filter(
        (s) => q === '' || `${s.number} ${customerName('customers', s.customerId)}`.toLowerCase().includes(q),
      )
      .sort((a, b) => a.number.localeCompare(b.number))
  }, [statements, query, step, customerName])
  const summary = periodSummary(statements ?? [])

  const columns = useMemo<VirtualColumn<StatementRecord>[]>(
    () => [
      { key: 'number', header: t('statementsScreen.columns.number'), width: 150, render: (s) => s.number },
      {
        key: 'customer',
        header: t('statementsScreen.columns.customer'),
        width: 240,
        grow: 1,
        render: (s) => customerName('customers', s.customerId),
      },
      {
        key: 'closing',
        header: t('statementsScreen.columns.closing'),
        width: 140,
        align: 'right',
        render: (s) => formatFen(s.closingFen),
      },
      {
        key: 'step',
        header: t('statementsScreen.columns.step'),
        width: 120,
        render: (s) => (
          <Badge size="sm" variant="light" color={statementStepColor[s.step]}>
            {t(`collections.statements.steps.${s.step}`)}
          </Badge>
        ),
      },
      {
        key: 'answer',
        header: t('statementsScreen.columns.answer'),
        width: 80,
        render: (s) =>
          s.answer ? t(`collections.statements.answers.${s.answer}`) : t('statementsScreen.noAnswer'),
      },
      {
        key: 'difference',
        header: t('statementsScreen.columns.difference'),
        width: 130,
        align: 'right',
        render: (s) => (s.differenceFen ? formatFen(s.differenceFen) : ''),
      },
      { key: 'sentOn', header: t('statementsScreen.columns.sentOn'), width: 110, render: (s) => s.sentOn },
    ],
    [t, customerName],
  )
  const onOpen = useCallback((s: StatementRecord) => navigate(`/statements/${s.id}`), [navigate])

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{t('statementsScreen.title')}</Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('statementsScreen.rule')}
          </Text>
        </div>
        <Group align="flex-end">
          <Select
            w={260}
            label={t('statementsScreen.period')}
            data={periods.map((p) => ({ value: p, label: periodLabel(t, p) }))}
            value={period}
            onChange={(v) => v && setParams({ period: v }, { replace: true })}
            allowDeselect={false}
          />
          {can(actor, 'collections.statements') && (
            <Button leftSection={<IconFileStack size={16} />} onClick={() => setBatch(true)}>
              {t('statementsScreen.produce')}
            </Button>
          )}
        </Group>
      </Group>
      <Group gap="sm">
        <TextInput
          w={300}
          leftSection={<IconSearch size={16} />}
          placeholder={t('statementsScreen.search')}
          aria-label={t('statementsScreen.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <Select
          w={160}
          clearable
          placeholder={t('statementsScreen.allSteps')}
          aria-label={t('statementsScreen.columns.step')}
          data={statementSteps.map((s) => ({ value: s, label: t(`collections.statements.steps.${s}`) }))}
          value={step}
          onChange={setStep}
        />
        <Text size="sm" c="dimmed" data-testid="statements-summary">
          {t('statementsScreen.summary', { count: summary.count, ...summary.steps })}
        </Text>
      </Group>
      <VirtualTable
        label={t('statementsScreen.title')}
        rows={visible}
        columns={columns}
        rowKey={(s) => s.id}
        onOpen={onOpen}
        height="max(240px, calc(100vh - 470px))"
        empty={
          <Text c="dimmed" ta="center">
            {statements === undefined
              ? t('common.loading')
              : statements.length === 0
                ? t('statementsScreen.empty')
                : t('statementsScreen.listEmpty')}
          </Text>
        }
      />
      <StatementReportPanel period={period} summary={summary} />
      <StatementBatchModal period={period} opened={batch} onClose={() => setBatch(false)} />
    </Stack>
  )
}
