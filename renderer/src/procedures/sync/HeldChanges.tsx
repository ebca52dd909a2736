/**
 * Changes sync holds back until a person decides: this PC's deletes of a
 * large part of the records (SYNC.md case 19), and other PCs' changes
 * stamped more than a day ahead (the receive guard, case 6).
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { readDevice } from '../../data/deviceMeta'
import { useLiveQuery } from '../../data/live'
import { useActor } from '../../stores/session'
import { useSyncStatus } from '../../stores/syncStatus'
import { quarantineSummary, releaseQuarantine } from '../../sync/heldOps'
import { confirmWaitingDeletes, waitingDeletes } from '../../sync/massDelete'
import { pcPeople } from '../../sync/pcPeople'
import { pcName } from './conflictText'

export function HeldChanges() {
  const { t } = useTranslation()
  const actor = useActor()
  const stop = useSyncStatus((s) => s.stop)
  const quarantinedCount = useSyncStatus((s) => s.quarantined)
  const deletes = useLiveQuery(() => (stop === 'massDelete' ? waitingDeletes(appDb()) : undefined), [stop])
  const held = useLiveQuery(() => quarantineSummary(appDb()), [quarantinedCount])
  // The PC ahead is named by who works on it (张三的电脑).
  const aheadIds = (held ?? []).map((h) => h.deviceId)
  const people = useLiveQuery(() => pcPeople(appDb(), aheadIds), [aheadIds.join()]) ?? {}
  const self = useLiveQuery(() => readDevice(appDb()), [])?.deviceId

  const act = async (work: () => Promise<string>) => {
    try {
      notifications.show({ color: 'green', message: await work() })
      useSyncStatus.getState().requestSync()
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  return (
    <Stack gap="sm">
      {stop === 'massDelete' && deletes && (
        <Alert color="orange" title={t('sync.massDelete.title')} data-testid="mass-delete">
          <Stack gap="xs">
            <Text size="sm">
              {t('sync.massDelete.text', {
                deletes: deletes.deletes,
                records: deletes.records,
                waiting: deletes.waiting,
              })}
            </Text>
            <Group>
              <Button
                color="orange"
                size="xs"
                onClick={() =>
                  void act(async () => {
                    await confirmWaitingDeletes(appDb())
                    return t('sync.massDelete.confirmed')
                  })
                }
              >
                {t('sync.massDelete.confirm')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {held && held.length > 0 && (
        <Alert color="yellow" title={t('sync.quarantine.title')} data-testid="quarantine">
          <Stack gap="xs">
            <Text size="sm">{t('sync.quarantine.text')}</Text>
            {held.map((h) => (
              <Group key={h.deviceId} justify="space-between">
                <Text size="sm">
                  {t('sync.quarantine.row', {
                    pc: pcName(t, h.deviceId, self, people[h.deviceId]),
                    ops: h.ops,
                    hours: Math.round(h.aheadMs / 3_600_000),
                  })}
                </Text>
                {can(actor, 'share.manage') && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() =>
                      void act(async () => {
                        const count = await releaseQuarantine(appDb(), Date.now(), h.deviceId)
                        return t('sync.quarantine.accepted', { count })
                      })
                    }
                  >
                    {t('sync.quarantine.accept')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  )
}
