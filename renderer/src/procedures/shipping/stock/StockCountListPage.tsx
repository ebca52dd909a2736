/**
 * 月末盘点: every month's count (month, step, who counted, who signed off),
 * newest first. 开始本月盘点 starts this month's (one per month whichever PC
 * starts it) and opens it; the count may be submitted to finance from the
 * month's last week on (制度：库房…并于每月末与财务进行核对).
 */
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconClipboardList } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { todayIso } from '@shared/kernel/workdays'
import type { StockCountRecord, StockCountStep } from '@shared/procedures/shipping/records'
import { monthEnd, monthOf } from '@shared/procedures/shipping/stock'
import { errorText } from '../../../components/errorText'
import { type VirtualColumn, VirtualTable } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { startCount } from '../../../data/repositories/shipping/stockCountsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { loadCounts } from './stockData'
import { monthLabel } from './StockListPage'

export const countStepColor: Record<StockCountStep, string> = {
  counting: 'blue',
  toSignOff: 'orange',
  signedOff: 'green',
}

/** The first day of the month's last week: a count may go to finance from then on. */
export function submitFrom(month: string): string {
  const end = monthEnd(month)
  return `${month}-${String(Number(end.slice(8)) - 6).padStart(2, '0')}`
}

const rowKey = (c: StockCountRecord) => c.id

export function StockCountListPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const counts = useLiveQuery(() => loadCounts(appDb()), [])
  const [busy, setBusy] = useState(false)
  const month = monthOf(todayIso(new Date()))
  const current = counts?.find((c) => c.month === month)

  const start = async () => {
    setBusy(true)
    try {
      await startCount(appDb(), { month }, write())
      notifications.show({
        color: 'green',
        message: t('shipping.counts.started', { month: monthLabel(month) }),
      })
      navigate(`/stock-counts/${month}`)
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(false)
    }
  }

  const columns = useMemo<VirtualColumn<StockCountRecord>[]>(
    () => [
      { key: 'month', header: t('shipping.counts.month'), width: 130, render: (c) => monthLabel(c.month) },
      {
        key: 'step',
        header: t('shipping.counts.step'),
        width: 130,
        render: (c) => (
          <Badge size="sm" variant="light" color={countStepColor[c.step]}>
            {t(`shipping.counts.steps.${c.step}`)}
          </Badge>
        ),
      },
      {
        key: 'countedBy',
        header: t('shipping.counts.countedBy'),
        width: 200,
        grow: 1,
        render: (c) => [c.countedBy, c.countedOn].filter(Boolean).join('　'),
      },
      {
        key: 'signedOffBy',
        header: t('shipping.counts.signedOffBy'),
        width: 200,
        grow: 1,
        render: (c) => [c.signedOffBy, c.signedOffOn].filter(Boolean).join('　'),
      },
    ],
    [t],
  )
  const onOpen = useCallback((c: StockCountRecord) => navigate(`/stock-counts/${c.month}`), [navigate])

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{t('shipping.counts.title')}</Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('shipping.counts.submitFrom', { month: monthLabel(month), from: submitFrom(month) })}
          </Text>
        </div>
        {current ? (
          <Button variant="default" onClick={() => navigate(`/stock-counts/${month}`)}>
            {t('shipping.counts.open')}
          </Button>
        ) : (
          can(actor, 'stock.edit') &&
          counts !== undefined && (
            <Button leftSection={<IconClipboardList size={16} />} loading={busy} onClick={() => void start()}>
              {t('shipping.counts.start')}
            </Button>
          )
        )}
      </Group>
      <VirtualTable
        label={t('shipping.counts.title')}
        rows={counts ?? []}
        columns={columns}
        rowKey={rowKey}
        onOpen={onOpen}
        empty={
          <Text c="dimmed" ta="center">
            {counts === undefined ? t('common.loading') : t('shipping.counts.empty')}
          </Text>
        }
      />
    </Stack>
  )
}
