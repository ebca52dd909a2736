/**
 * 往来账月结 (制度：负责往来账项的管理，并于每月末与财务进行核对): every
 * month's close (month, step, who prepared, who signed off), newest first;
 * the clerk starts the month's from its last week on — this month's, or last
 * month's while it has none — and opens it.
 */
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCalendarCheck } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import { closeWindowOpens, monthOf, previousMonth } from '@shared/procedures/collections/monthClose'
import type { MonthCloseRecord } from '@shared/procedures/collections/records'
import { errorText } from '../../../components/errorText'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { readMonthCloses, startMonthClose } from '../../../data/repositories/collections/monthClosesRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { monthCloseStepColor, monthLabel } from './agingView'

/**
 * The month a close may be started for: last month while it has none (it
 * is overdue), else this month from its last week (dueMonthCloses); none
 * when both are started.
 */
export function monthToStart(
  today: string,
  closes: readonly Pick<MonthCloseRecord, 'month'>[],
): string | null {
  const month = monthOf(today)
  const started = (m: string) => closes.some((c) => c.month === m)
  if (!started(previousMonth(month))) return previousMonth(month)
  return today >= closeWindowOpens(month) && !started(month) ? month : null
}

export function MonthClosesPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const closes = useLiveQuery(() => readMonthCloses(appDb()), [])
  const [busy, setBusy] = useState(false)
  const month = closes ? monthToStart(todayIso(new Date()), closes) : null

  const start = async () => {
    if (!month) return
    setBusy(true)
    try {
      await startMonthClose(appDb(), { month }, write())
      notifications.show({
        color: 'green',
        message: t('agingScreen.monthClose.started', { month: monthLabel(month) }),
      })
      navigate(`/month-closes/${month}`)
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(false)
    }
  }

  const columns = useMemo<VirtualColumn<MonthCloseRecord>[]>(
    () => [
      {
        key: 'month',
        header: t('agingScreen.monthClose.month'),
        width: 120,
        render: (c) => monthLabel(c.month),
      },
      {
        key: 'step',
        header: t('agingScreen.monthClose.step'),
        width: 130,
        render: (c) => (
          <Badge size="sm" variant="light" color={monthCloseStepColor[c.step]}>
            {t(`collections.monthCloses.steps.${c.step}`)}
          </Badge>
        ),
      },
      {
        key: 'preparedBy',
        header: t('agingScreen.monthClose.preparedBy'),
        width: 180,
        grow: 1,
        render: (c) => [c.preparedBy, c.preparedOn].filter(Boolean).join('　'),
      },
      {
        key: 'signedOffBy',
        header: t('agingScreen.monthClose.signedOffBy'),
        width: 180,
        grow: 1,
        render: (c) => [c.signedOffBy, c.signedOffOn].filter(Boolean).join('　'),
      },
    ],
    [t],
  )
  const onOpen = useCallback((c: MonthCloseRecord) => navigate(`/month-closes/${c.month}`), [navigate])

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{t('agingScreen.monthClose.title')}</Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('agingScreen.monthClose.rule')}
          </Text>
        </div>
        {month && can(actor, 'collections.monthClose') && (
          <Button leftSection={<IconCalendarCheck size={16} />} loading={busy} onClick={() => void start()}>
            {t('agingScreen.monthClose.start', { month: monthLabel(month) })}
          </Button>
        )}
      </Group>
      <VirtualTable
        label={t('agingScreen.monthClose.title')}
        rows={closes ?? []}
        columns={columns}
        rowKey={(c) => c.id}
        onOpen={onOpen}
        empty={
          <Text c="dimmed" ta="center">
            {closes === undefined ? t('common.loading') : t('agingScreen.monthClose.empty')}
          </Text>
        }
      />
    </Stack>
  )
}
