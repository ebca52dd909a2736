/**
 * On 同步冲突: other PCs' changes this PC could not write (sync/setAside.ts),
 * by record — which PC sent them, what they touch and why they failed —
 * with 重试 and 保留本机的值. Everything else keeps syncing meanwhile.
 */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ROW_GROUP } from '@shared/sync/syncOp'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { useActor, useWriteContext } from '../../stores/session'
import { useSyncStatus } from '../../stores/syncStatus'
import {
  type FailedRecord,
  keepCurrentOverFailed,
  listFailedRecords,
  retryFailed,
} from '../../sync/failedOps'
import { fieldLabel, recordName, tableName } from '../audit/recordText'
import { maySettle, pcName } from './conflictText'

function fieldsText(t: ReturnType<typeof useTranslation>['t'], rec: FailedRecord): string {
  const keys = [...new Set(rec.ops.filter((p) => p.op.f !== ROW_GROUP).map((p) => p.op.f))]
  return keys.map((f) => fieldLabel(t, rec.t, rec.r, f)).join(t('common.listSep'))
}

export function FailedChanges({ self }: { self: string | undefined }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const records = useLiveQuery(() => listFailedRecords(appDb()), [])
  const [busy, setBusy] = useState<string | null>(null)
  if (!records?.length) return null

  const act = async (rec: FailedRecord, work: () => Promise<{ color: string; message: string }>) => {
    setBusy(`${rec.t}/${rec.r}`)
    try {
      notifications.show(await work())
      useSyncStatus.getState().requestSync()
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <Paper withBorder p="md" radius="md" data-testid="failed-changes">
      <Stack gap="sm">
        <Title order={5}>{t('sync.failed.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('sync.failed.intro')}
        </Text>
        {records.map((rec) => {
          const key = `${rec.t}/${rec.r}`
          const created = rec.ops.find((p) => p.op.f === ROW_GROUP)
          const values = rec.row ?? (created?.op.v as Record<string, unknown> | undefined)
          const fields = fieldsText(t, rec)
          return (
            <Group
              key={key}
              justify="space-between"
              wrap="nowrap"
              align="flex-start"
              data-testid="failed-record"
            >
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {tableName(t, rec.t)}「{recordName(rec.t, values, rec.r, t)}」
                  {!rec.row && ` ${t('sync.failed.created')}`}
                </Text>
                <Text size="sm">
                  {t('sync.failed.row', {
                    pc: rec.from.map((d) => pcName(t, d, self)).join(t('common.listSep')),
                    count: rec.ops.length,
                  })}
                </Text>
                {fields && (
                  <Text size="xs" c="dimmed">
                    {t('sync.failed.fields', { fields })}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {t('sync.failed.error', { error: rec.error })}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  loading={busy === key}
                  onClick={() =>
                    void act(rec, async () => {
                      if ((await retryFailed(appDb(), rec, Date.now())) === 0)
                        return { color: 'green', message: t('sync.failed.retried') }
                      const still = (await listFailedRecords(appDb())).find(
                        (r) => r.t === rec.t && r.r === rec.r,
                      )
                      return {
                        color: 'orange',
                        message: t('sync.failed.stillFailing', { error: still?.error ?? '' }),
                      }
                    })
                  }
                >
                  {t('sync.failed.retry')}
                </Button>
                {rec.row && fields && (
                  <Button
                    size="xs"
                    disabled={!maySettle(actor, rec.t)}
                    onClick={() =>
                      void act(rec, async () => {
                        await keepCurrentOverFailed(appDb(), rec, write())
                        return { color: 'green', message: t('sync.failed.kept') }
                      })
                    }
                  >
                    {t('sync.failed.keepCurrent')}
                  </Button>
                )}
              </Group>
            </Group>
          )
        })}
      </Stack>
    </Paper>
  )
}
