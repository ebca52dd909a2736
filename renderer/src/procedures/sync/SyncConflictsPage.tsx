/**
 * 同步冲突: values overwritten by a PC that had not seen them, and records
 * deleted on one PC while edited on another. Read live, so a conflict
 * settled on another PC disappears here once it has synced.
 */
import { Alert, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { readDevice } from '../../data/deviceMeta'
import { useLiveQuery } from '../../data/live'
import { useActor, useWriteContext } from '../../stores/session'
import { useSyncStatus } from '../../stores/syncStatus'
import { type Settlement, settleConflict } from '../../sync/conflicts'
import { ConflictGroupCard, conflictKey } from './ConflictGroupCard'
import { DivergenceAlert } from './DivergenceAlert'
import { FailedChanges } from './FailedChanges'
import { type ShownConflict, loadConflictGroups } from './conflictGroups'
import { maySettle } from './conflictText'

export function SyncConflictsPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const groups = useLiveQuery(() => loadConflictGroups(appDb()), [])
  const self = useLiveQuery(() => readDevice(appDb()), [])?.deviceId
  const [busy, setBusy] = useState<string | null>(null)

  const settle = async (c: ShownConflict, how: Settlement) => {
    setBusy(conflictKey(c))
    try {
      await settleConflict(appDb(), c, how, write())
      notifications.show({ color: 'green', message: t('sync.conflicts.settled') })
      useSyncStatus.getState().requestSync()
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <Stack>
      <Title order={3}>{t('sync.conflicts.title')}</Title>
      <Text size="sm" c="dimmed" maw={820}>
        {t('sync.conflicts.intro')}
      </Text>
      <DivergenceAlert />
      <FailedChanges self={self} />
      {groups?.length === 0 && (
        <Alert color="teal" variant="light">
          {t('sync.conflicts.none')}
        </Alert>
      )}
      {groups?.map((g) => (
        <ConflictGroupCard
          key={`${g.t}|${g.r}`}
          group={g}
          self={self}
          allowed={maySettle(actor, g.t)}
          busy={busy}
          onSettle={(c, how) => void settle(c, how)}
        />
      ))}
    </Stack>
  )
}
