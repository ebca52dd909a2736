/** The sync status in the frame header; a click shows the details and 立即同步. */
import { Anchor, Badge, Button, Group, Popover, Progress, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconAlertTriangle, IconCloud, IconCloudOff, IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useSyncStatus } from '../../stores/syncStatus'
import { tableName } from '../audit/recordText'
import { useDivergentTables } from './DivergenceAlert'
import { useMinuteClock } from './useMinuteClock'
import { ReceivedDeletes, ReceivedDeletesBadge } from './ReceivedDeletes'
import {
  PROGRESS_BAR_MIN,
  agoText,
  clockText,
  statusLabel,
  statusWarnings,
  stopReason,
} from './syncStatusText'

export const CONFLICTS_PATH = '/sync/conflicts'
export const DUPLICATES_PATH = '/sync/duplicates'

export function SyncIndicator() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const status = useSyncStatus()
  const now = useMinuteClock()
  const [opened, setOpened] = useState(false)
  const label = statusLabel(t, status, now)
  const warnings = statusWarnings(t, status)
  // 数据不一致 (sync/divergence.ts): another PC holds other records after the same changes.
  const diverged = useDivergentTables()
  const bar = status.progress && status.progress.total > PROGRESS_BAR_MIN ? status.progress : null
  const go = (path: string) => {
    setOpened(false)
    navigate(path)
  }
  const icon =
    status.phase === 'offline' ? (
      <IconCloudOff size={16} />
    ) : warnings.length > 0 || diverged.length > 0 ? (
      <IconAlertTriangle size={16} />
    ) : (
      <IconCloud size={16} />
    )

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton
          data-testid="sync-indicator"
          data-last-sync={status.lastSyncAt ?? ''}
          aria-label={t('sync.status.details')}
          onClick={() => setOpened((o) => !o)}
        >
          <Stack gap={2}>
            <Group gap={6} wrap="nowrap">
              <Badge
                color={label.color}
                variant={label.muted ? 'light' : 'filled'}
                leftSection={icon}
                data-testid="sync-label"
              >
                {label.text}
              </Badge>
              {warnings.map((w) => (
                <Badge key={w} color="yellow" variant="light" data-testid="sync-warning">
                  {w}
                </Badge>
              ))}
              {diverged.length > 0 && (
                <Badge color="red" variant="filled" data-testid="sync-divergence">
                  {t('sync.divergence.badge')}
                </Badge>
              )}
              <ReceivedDeletesBadge />
            </Group>
            {bar && <Progress size="xs" value={(bar.done / bar.total) * 100} aria-label={label.text} />}
          </Stack>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-testid="sync-details">
        <Stack gap="xs">
          <Text fw={600}>{t('sync.status.details')}</Text>
          <Text size="sm">{label.text}</Text>
          {status.phase !== 'notConfigured' && (
            <>
              <Text size="sm" c="dimmed">
                {t('sync.current.lastSync')}：{agoText(t, status.lastSyncAt, now)}
              </Text>
              <Text size="sm">{t('sync.status.waitingLine', { count: status.waiting })}</Text>
              {status.conflicts > 0 && (
                <Anchor size="sm" onClick={() => go(CONFLICTS_PATH)}>
                  {t('sync.status.conflictsLine', { count: status.conflicts })}
                </Anchor>
              )}
              {status.failed > 0 && (
                <Anchor size="sm" onClick={() => go(CONFLICTS_PATH)}>
                  {t('sync.failed.statusLine', { count: status.failed })}
                </Anchor>
              )}
              {status.duplicates > 0 && (
                <Anchor size="sm" onClick={() => go(DUPLICATES_PATH)} data-testid="sync-duplicates-line">
                  {t('sync.duplicates.statusLine', { count: status.duplicates })}
                </Anchor>
              )}
              {diverged.length > 0 && (
                <Anchor
                  size="sm"
                  c="red"
                  onClick={() => go(CONFLICTS_PATH)}
                  data-testid="sync-divergence-line"
                >
                  {t('sync.divergence.statusLine', {
                    tables: diverged.map((x) => tableName(t, x)).join('、'),
                  })}
                </Anchor>
              )}
              {status.quarantined > 0 && (
                <Text size="sm" c="orange">
                  {t('sync.status.quarantinedLine', { count: status.quarantined })}
                </Text>
              )}
              {status.clockOffsetMs !== null && (
                <Text size="sm" c="dimmed">
                  {clockText(t, status.clockOffsetMs)}
                </Text>
              )}
              {status.newIdentityFrom && (
                <Text size="sm" c="blue" data-testid="sync-new-identity">
                  {t('sync.status.newIdentityLine', { id: status.newIdentityFrom })}
                </Text>
              )}
              {(status.error || status.stop) && (
                <Text size="sm" c="red">
                  {stopReason(t, status)}
                </Text>
              )}
            </>
          )}
          <ReceivedDeletes />
          <Group gap="xs" mt="xs">
            {status.phase !== 'notConfigured' && (
              <Button
                size="xs"
                leftSection={<IconRefresh size={14} />}
                loading={status.phase === 'syncing'}
                onClick={() => {
                  // The header shows the cycle; the popover would only cover the page.
                  setOpened(false)
                  status.requestSync()
                }}
              >
                {t('sync.syncNow')}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => go('/settings?tab=share')}>
              {t('sync.status.openSettings')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
