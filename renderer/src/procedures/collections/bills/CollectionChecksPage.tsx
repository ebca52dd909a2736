/**
 * 每日回款核对: today's receipts counted and summed by step (by the day the
 * money arrived: what the clerk checks against finance's books), whether
 * today is checked, the working days missed since the department began
 * (each can be recorded afterwards), the form, and every check recorded.
 */
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import type { CollectionCheckRecord } from '@shared/procedures/collections/records'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import {
  checkHistory,
  missedDays,
  receiptsOfDay,
} from '../../../data/repositories/collections/dailyChecksRepo'
import { useActor } from '../../../stores/session'
import { DailyCheckForm } from './DailyCheckForm'

const rowKey = (c: CollectionCheckRecord) => c.id
/** Days offered for recording at once; the rest follow as those are done. */
const MAX_BUTTONS = 15

export function CollectionChecksPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const today = todayIso(new Date())
  const [day, setDay] = useState(today)
  const data = useLiveQuery(async () => {
    const db = appDb()
    const [summary, history, missed] = await Promise.all([
      receiptsOfDay(db, today),
      checkHistory(db),
      missedDays(db, today),
    ])
    return { summary, history, missed }
  }, [today])
  const columns = useMemo<VirtualColumn<CollectionCheckRecord>[]>(
    () => [
      { key: 'day', header: t('collectionCheckFields.day'), width: 110, render: (c) => c.day },
      { key: 'clerk', header: t('collectionCheckFields.clerk'), width: 110, render: (c) => c.clerk },
      { key: 'finance', header: t('collectionCheckFields.finance'), width: 120, render: (c) => c.finance },
      {
        key: 'difference',
        header: t('collectionCheckFields.differenceFen'),
        width: 130,
        align: 'right',
        render: (c) => (
          <Text size="sm" c={c.differenceFen !== 0 ? 'red' : undefined}>
            {formatFen(c.differenceFen)}
          </Text>
        ),
      },
      { key: 'note', header: t('collectionCheckFields.note'), width: 240, grow: 1, render: (c) => c.note },
    ],
    [t],
  )
  if (!data) return <Text c="dimmed">{t('common.loading')}</Text>
  const { summary, history, missed } = data
  const counted = summary.filter((s) => s.step !== 'voided')
  const checkedToday = history.some((c) => c.day === today)
  const mayCheck = can(actor, 'collections.dailyCheck')

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Title order={3}>{t('billsScreen.checks.title')}</Title>
        <Badge color={checkedToday ? 'green' : 'orange'} data-testid="today-checked">
          {t(checkedToday ? 'billsScreen.checks.checkedToday' : 'billsScreen.checks.notToday')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('billsScreen.checks.rule')}
      </Text>
      <Paper withBorder p="md" data-testid="today-receipts">
        <Title order={5} mb="sm">
          {t('billsScreen.checks.today', { day: today })}
        </Title>
        {/* Steps across, as a clerk reads a day's figures to finance over the phone. */}
        <Table withTableBorder fz="sm" verticalSpacing={4} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80} />
              {summary.map((s) => (
                <Table.Th key={s.step} ta="right">
                  {t(`collections.receipts.steps.${s.step}`)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('billsScreen.checks.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>{t('billsScreen.checks.count')}</Table.Td>
              {summary.map((s) => (
                <Table.Td key={s.step} ta="right">
                  {s.count}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {counted.reduce((n, s) => n + s.count, 0)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('billsScreen.checks.amount')}</Table.Td>
              {summary.map((s) => (
                <Table.Td key={s.step} ta="right">
                  {formatFen(s.amountFen)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {formatFen(counted.reduce((n, s) => n + s.amountFen, 0))}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      {missed.length > 0 ? (
        <Alert color="orange" data-testid="missed-days">
          <Text size="sm" mb={mayCheck ? 'xs' : 0}>
            {missed.length === 1
              ? t('billsScreen.checks.missedOne', { day: missed[0] })
              : t('billsScreen.checks.missed', {
                  count: missed.length,
                  from: missed[0],
                  to: missed[missed.length - 1],
                })}
          </Text>
          {mayCheck && (
            <Group gap={6}>
              {/* The earliest first: the oldest gaps are the first to run out of the look-back window. */}
              {missed.slice(0, MAX_BUTTONS).map((d) => (
                <Button key={d} size="compact-xs" variant="light" color="orange" onClick={() => setDay(d)}>
                  {t('billsScreen.checks.makeGood', { day: d })}
                </Button>
              ))}
              {missed.length > MAX_BUTTONS && <Text size="sm">…</Text>}
            </Group>
          )}
        </Alert>
      ) : (
        history.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('billsScreen.checks.noneMissed')}
          </Text>
        )
      )}
      {mayCheck && (
        <DailyCheckForm
          key={`${day}:${history.find((c) => c.day === day)?.updatedAt ?? ''}`}
          day={day}
          onDay={setDay}
          existing={history.find((c) => c.day === day)}
        />
      )}
      <Title order={5}>{t('billsScreen.checks.history')}</Title>
      <VirtualTable
        label={t('billsScreen.checks.history')}
        rows={history}
        columns={columns}
        rowKey={rowKey}
        onOpen={(c) => mayCheck && setDay(c.day)}
        empty={
          <Text c="dimmed" ta="center">
            {t('billsScreen.checks.historyEmpty')}
          </Text>
        }
        height="max(200px, calc(100vh - 720px))"
      />
    </Stack>
  )
}
