/**
 * 设置 → 共享文件夹: test a folder, create or join the share, leave it;
 * this PC's standing (ids, last sync, 立即同步), deletes waiting for a
 * confirmation, PCs whose changes are held back, and what the office must
 * set up on Windows for the share to be reliable.
 */
import { Alert, Button, Divider, Group, List, Stack, Text, TextInput, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconFolderCheck, IconRefresh } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import type { ShareConfig, ShareProbe } from '@shared/ipc/shareContract'
import { RANGE } from '@shared/procedures/contracts/numbering'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { loadNumbering, readDevice } from '../../data/deviceMeta'
import { useLiveQuery } from '../../data/live'
import { api, unwrap } from '../../ipc/api'
import { useActor } from '../../stores/session'
import { useSyncStatus } from '../../stores/syncStatus'
import { judgeClock } from '../../sync/publishGuard'
import { HeldChanges } from './HeldChanges'
import { ReceivedDeletes } from './ReceivedDeletes'
import { ProbeResult } from './ProbeResult'
import { agoText } from './syncStatusText'
import { useMinuteClock } from './useMinuteClock'

export function ShareSettings() {
  const { t } = useTranslation()
  const actor = useActor()
  const manage = can(actor, 'share.manage')
  const status = useSyncStatus()
  const device = useLiveQuery(() => readDevice(appDb()), [])
  const numbering = useLiveQuery(() => loadNumbering(appDb()), [])
  const [config, setConfig] = useState<ShareConfig | null>(null)
  const [root, setRoot] = useState('')
  const [probe, setProbe] = useState<ShareProbe | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'probe' | 'create' | 'join' | null>(null)

  // Bumped after create, join and leave: the config is read again.
  const [version, setVersion] = useState(0)
  const reload = () => setVersion((v) => v + 1)
  useEffect(() => {
    let current = true
    void unwrap(api().share.config({})).then((c) => {
      if (!current) return
      setConfig(c)
      if (c.root) setRoot(c.root)
    })
    return () => {
      current = false
    }
  }, [version])
  const now = useMinuteClock()

  const run = async (what: 'probe' | 'create' | 'join') => {
    const path = root.trim()
    if (!path) return setError(t('sync.rootRequired'))
    setError(null)
    setBusy(what)
    try {
      if (what === 'probe') {
        const result = await unwrap(api().share.probe({ root: path }))
        setProbe(result)
        if (result.problem) setError(t(result.problem))
      } else {
        await unwrap(api().share[what]({ root: path }))
        notifications.show({ color: 'green', message: t(what === 'create' ? 'sync.created' : 'sync.joined') })
        setProbe(null)
        reload()
        useSyncStatus.getState().requestSync()
      }
    } catch (err) {
      setError(errorText(t, err))
    } finally {
      setBusy(null)
    }
  }

  const leave = () =>
    modals.openConfirmModal({
      title: t('sync.leaveTitle'),
      children: <Text size="sm">{t('sync.leaveText')}</Text>,
      labels: { confirm: t('sync.leave'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await unwrap(api().share.leave({}))
          notifications.show({ color: 'green', message: t('sync.left') })
          setProbe(null)
          reload()
          useSyncStatus.getState().requestSync()
        } catch (err) {
          setError(errorText(t, err))
        }
      },
    })

  const joined = Boolean(config?.root)
  // A clock a day off publishes nothing: fix it before joining.
  const usable =
    probe !== null &&
    probe.problem === null &&
    probe.root === root.trim() &&
    judgeClock(probe.clockOffsetMs) !== 'stop'

  return (
    <Stack maw={760}>
      <Text size="sm" c="dimmed">
        {t('sync.intro')}
      </Text>
      {!manage && (
        <Alert color="gray" variant="light">
          {t('sync.adminOnly')}
        </Alert>
      )}
      <Group align="flex-start" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t('sync.root')}
          description={t('sync.rootHint')}
          placeholder="\\服务器\商务部"
          value={root}
          onChange={(e) => {
            setRoot(e.currentTarget.value)
            setError(null)
          }}
          error={error}
          disabled={joined || !manage}
          spellCheck={false}
        />
        {!joined && manage && (
          <Button
            mt={46}
            variant="default"
            leftSection={<IconFolderCheck size={16} />}
            loading={busy === 'probe'}
            onClick={() => void run('probe')}
          >
            {t('sync.probe')}
          </Button>
        )}
      </Group>
      {probe && !joined && <ProbeResult probe={probe} />}
      {usable && manage && !joined && (
        <Group>
          {probe.format ? (
            <Button loading={busy === 'join'} onClick={() => void run('join')}>
              {t('sync.join')}
            </Button>
          ) : (
            <Button loading={busy === 'create'} onClick={() => void run('create')}>
              {t('sync.create')}
            </Button>
          )}
        </Group>
      )}

      <Divider label={t('sync.current.title')} labelPosition="left" />
      {joined ? (
        <Stack gap={4} data-testid="share-current">
          <Text size="sm">
            {t('sync.current.root')}：{config?.root}
          </Text>
          <Text size="sm">
            {t('sync.current.shareId')}：{config?.shareId}
          </Text>
          <Text size="sm">
            {t('sync.current.deviceId')}：{device?.deviceId}
          </Text>
          {numbering?.claim && (
            <Text size="sm" data-testid="share-block">
              {t('sync.current.block', {
                block: numbering.pcIndex,
                from: numbering.pcIndex * RANGE + 1,
                to: (numbering.pcIndex + 1) * RANGE,
              })}
            </Text>
          )}
          <Text size="sm">
            {t('sync.current.lastSync')}：
            {status.lastSyncAt
              ? `${new Date(status.lastSyncAt).toLocaleString('zh-CN')}（${agoText(t, status.lastSyncAt, now)}）`
              : t('sync.current.never')}
          </Text>
          <Group mt="xs">
            <Button
              leftSection={<IconRefresh size={16} />}
              loading={status.phase === 'syncing'}
              onClick={() => status.requestSync()}
            >
              {t('sync.syncNow')}
            </Button>
            {manage && (
              <Button variant="default" color="red" onClick={leave}>
                {t('sync.leave')}
              </Button>
            )}
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('sync.current.none')}
        </Text>
      )}

      <HeldChanges />
      <ReceivedDeletes />

      <Title order={5} mt="md">
        {t('sync.ops.title')}
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>{t('sync.ops.offlineFiles')}</List.Item>
        <List.Item>{t('sync.ops.elevated')}</List.Item>
        <List.Item>{t('sync.ops.antivirus')}</List.Item>
      </List>
    </Stack>
  )
}
