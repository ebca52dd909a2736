/**
 * Mass deletes another PC sent (sync/receivedDeletes.ts): 张三的电脑 停用了
 * 200 个客户, with 全部恢复 for an administrator (ordinary restores, so
 * they reach every PC) and 知道了. In the header's popover and on the
 * 共享文件夹 tab; the header shows a badge while any is open.
 */
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { readDevice } from '../../data/deviceMeta'
import { useLiveQuery } from '../../data/live'
import { useActor, useWriteContext } from '../../stores/session'
import { useSyncStatus } from '../../stores/syncStatus'
import {
  dismissReceivedDeletes,
  receivedMassDeletes,
  restoreReceivedDeletes,
} from '../../sync/receivedDeletes'
import { receivedDeleteText } from './receivedDeleteText'

function useReceived() {
  return useLiveQuery(() => receivedMassDeletes(appDb()), []) ?? []
}

export function ReceivedDeletesBadge() {
  const { t } = useTranslation()
  if (useReceived().length === 0) return null
  return (
    <Badge color="red" variant="light" data-testid="sync-received-deletes">
      {t('sync.receivedDeletes.badge')}
    </Badge>
  )
}

export function ReceivedDeletes() {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const received = useReceived()
  const self = useLiveQuery(() => readDevice(appDb()), [])?.deviceId
  if (received.length === 0) return null
  const mayRestore = can(actor, 'archives.restore')

  const act = async (work: () => Promise<string | null>) => {
    try {
      const message = await work()
      if (message) notifications.show({ color: 'green', message })
      useSyncStatus.getState().requestSync()
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  return (
    <Alert color="red" title={t('sync.receivedDeletes.title')} data-testid="received-deletes">
      <Stack gap="xs">
        <Text size="sm">{t('sync.receivedDeletes.text')}</Text>
        {received.map((n) => (
          <Stack key={n.id} gap={4} data-testid="received-delete">
            <Text size="sm" fw={500}>
              {receivedDeleteText(t, n, self)}
            </Text>
            <Group gap="xs">
              {mayRestore ? (
                <Button
                  size="xs"
                  color="red"
                  onClick={() =>
                    void act(async () => {
                      const count = await restoreReceivedDeletes(appDb(), { id: n.id }, write())
                      return t('sync.receivedDeletes.restored', { count })
                    })
                  }
                >
                  {t('sync.receivedDeletes.restoreAll')}
                </Button>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('sync.receivedDeletes.adminOnly')}
                </Text>
              )}
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  void act(async () => {
                    await dismissReceivedDeletes(appDb(), n.id)
                    return null
                  })
                }
              >
                {t('sync.receivedDeletes.dismiss')}
              </Button>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Alert>
  )
}
