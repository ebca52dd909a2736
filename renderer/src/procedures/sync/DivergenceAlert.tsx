/**
 * 数据不一致 on the 同步冲突 page (sync/divergence.ts): the PCs whose records
 * differ from this PC's although both applied the same changes, the tables
 * and records that differ, the PCs that agree with this one (so the
 * administrator can tell which PC is wrong), and 从共享重建本机数据.
 */
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { readDevice } from '../../data/deviceMeta'
import type { DivergenceMeta } from '../../data/digestRows'
import { useLiveQuery } from '../../data/live'
import { useActor } from '../../stores/session'
import { useSyncStatus } from '../../stores/syncStatus'
import { divergentTables, readDivergence } from '../../sync/divergence'
import { ipcTransport } from '../../sync/ipcTransport'
import { pcPeople } from '../../sync/pcPeople'
import { rebuildFromShare } from '../../sync/rebuildFromShare'
import { recordName, tableName } from '../audit/recordText'
import { pcName } from './conflictText'

/** What this PC found when it compared its digest with the others' (live). */
export function useDivergence(): DivergenceMeta | undefined {
  return useLiveQuery(() => readDivergence(appDb()), [])
}

/** The tables that differ from some PC (none: no alarm). */
export function useDivergentTables(): string[] {
  const d = useDivergence()
  return d ? divergentTables(d) : []
}

/** Each named row's name as this PC holds it (undefined: this PC has no such row). */
async function rowNames(d: DivergenceMeta | undefined): Promise<Map<string, string | undefined>> {
  const names = new Map<string, string | undefined>()
  for (const w of Object.values(d?.with ?? {}))
    for (const x of w.tables)
      for (const r of x.rows ?? []) {
        const k = `${x.t}\u0000${r}`
        if (names.has(k)) continue
        const row = (await appDb().table(x.t).get(r)) as Record<string, unknown> | undefined
        names.set(k, row ? recordName(x.t, row, r) : undefined)
      }
  return names
}

export function DivergenceAlert() {
  const { t } = useTranslation()
  const actor = useActor()
  const divergence = useDivergence()
  const self = useLiveQuery(() => readDevice(appDb()), [])?.deviceId
  const names = useLiveQuery(() => rowNames(divergence), [divergence])
  // The PCs by who works on them (王建国的电脑), as the other sync notices name them.
  const ids = [...Object.keys(divergence?.with ?? {}), ...(divergence?.agree ?? [])]
  const people = useLiveQuery(() => pcPeople(appDb(), ids), [ids.join()]) ?? {}
  const waiting = useSyncStatus((s) => s.waiting)
  const [busy, setBusy] = useState(false)
  const peers = Object.entries(divergence?.with ?? {})
  if (peers.length === 0) return null

  const rebuild = async () => {
    setBusy(true)
    try {
      const report = await rebuildFromShare(appDb(), ipcTransport(), { now: () => Date.now(), actor })
      notifications.show({
        color: 'green',
        message: t('sync.divergence.rebuilt', { records: report.records, kept: report.kept }),
      })
      useSyncStatus.getState().requestSync()
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    } finally {
      setBusy(false)
    }
  }
  const confirm = () =>
    modals.openConfirmModal({
      title: t('sync.divergence.confirmTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('sync.divergence.confirmText')}</Text>
          {waiting > 0 && <Text size="sm">{t('sync.divergence.confirmKept', { count: waiting })}</Text>}
        </Stack>
      ),
      labels: { confirm: t('sync.divergence.confirm'), cancel: t('sync.divergence.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void rebuild(),
    })
  const rowText = (table: string, r: string) => {
    const name = names?.get(`${table}\u0000${r}`)
    return name === undefined ? t('sync.divergence.rowMissing', { id: r }) : name
  }

  return (
    <Alert color="red" title={t('sync.divergence.title')} data-testid="divergence">
      <Stack gap="sm">
        <Text size="sm" maw={820}>
          {t('sync.divergence.intro')}
        </Text>
        {peers.map(([deviceId, w]) => (
          <Stack key={deviceId} gap={6} data-testid="divergence-pc">
            <Text size="sm" fw={600}>
              {t('sync.divergence.withPc', {
                pc: pcName(t, deviceId, self, people[deviceId]),
                at: dayjs(w.at).format('YYYY-MM-DD HH:mm'),
              })}
            </Text>
            {w.tables.map((x) => (
              <Group key={x.t} gap="xs" align="flex-start" wrap="nowrap" data-testid="divergence-table">
                <Badge variant="light" color="red" style={{ flexShrink: 0 }}>
                  {tableName(t, x.t)}
                </Badge>
                <Text size="sm">
                  {x.rows === null
                    ? t('sync.divergence.rowsPending')
                    : [
                        ...x.rows.map((r) => rowText(x.t, r)),
                        ...(x.more > 0 ? [t('sync.divergence.more', { count: x.more })] : []),
                      ].join('、')}
                </Text>
              </Group>
            ))}
          </Stack>
        ))}
        {divergence && divergence.agree.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('sync.divergence.agree', {
              pcs: divergence.agree.map((id) => pcName(t, id, self, people[id])).join('、'),
            })}
          </Text>
        )}
        {can(actor, 'share.manage') ? (
          <Stack gap={4}>
            <Group>
              <Button color="red" size="xs" loading={busy} onClick={confirm}>
                {t('sync.divergence.rebuild')}
              </Button>
              {busy && <Text size="sm">{t('sync.divergence.rebuilding')}</Text>}
            </Group>
            <Text size="xs" c="dimmed" maw={820}>
              {t('sync.divergence.rebuildHint')}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sync.divergence.adminOnly')}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
