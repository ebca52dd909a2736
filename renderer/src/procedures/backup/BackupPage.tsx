/** 备份与恢复: back up now, list the 14 kept generations, restore a verified one. */
import { Alert, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconDatabaseExport } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import type { BackupInfo } from '@shared/ipc/contract'
import { errorText } from '../../components/errorText'
import { listBackups, restoreBackup, runBackup } from '../../data/backup'
import { appDb } from '../../data/db'
import { useBackupEvents } from '../../stores/backupEvents'
import { useActor, useSession, useWriteContext } from '../../stores/session'

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function BackupPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const signOut = useSession((s) => s.signOut)
  const [items, setItems] = useState<BackupInfo[]>([])
  const [progress, setProgress] = useState<{ label: string; value: number } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const backupsWritten = useBackupEvents((s) => s.version)
  const reload = useCallback(() => {
    listBackups().then(setItems, (err: unknown) => setFailure(errorText(t, err)))
  }, [t])
  // List again whenever a backup lands (the automatic one included).
  useEffect(reload, [reload, backupsWritten])

  const backupNow = async () => {
    setFailure(null)
    setProgress({ label: t('backup.running'), value: 0 })
    try {
      const onProgress = (f: number) => setProgress({ label: t('backup.running'), value: f * 100 })
      const info = await runBackup(appDb(), { reason: 'manual', onProgress }, write())
      notifications.show({ color: 'green', message: t('backup.done', { name: info.name }) })
    } catch (err) {
      setFailure(errorText(t, err))
    } finally {
      setProgress(null)
      reload()
    }
  }

  const restore = (item: BackupInfo) =>
    modals.openConfirmModal({
      title: t('backup.restoreConfirmTitle'),
      children: <Text size="sm">{t('backup.restoreConfirm', { name: item.name })}</Text>,
      labels: { confirm: t('backup.restore'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setFailure(null)
        setProgress({ label: t('backup.restoring'), value: 0 })
        try {
          const onProgress = (f: number) => setProgress({ label: t('backup.restoring'), value: f * 100 })
          await restoreBackup(appDb(), { name: item.name, onProgress }, write())
          notifications.show({ color: 'green', message: t('backup.restored') })
          signOut()
        } catch (err) {
          setFailure(errorText(t, err))
        } finally {
          setProgress(null)
          reload()
        }
      },
    })

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('backup.title')}</Title>
        <Button
          leftSection={<IconDatabaseExport size={16} />}
          onClick={() => void backupNow()}
          loading={progress !== null}
        >
          {t('backup.runNow')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('backup.intro')}
      </Text>
      {progress && (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" mb={6}>
            {progress.label}
          </Text>
          <Progress value={progress.value} animated aria-label={progress.label} />
        </Paper>
      )}
      {failure && (
        <Alert color="red" data-testid="backup-error">
          {failure}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="sm">
          {t('backup.list')}
        </Title>
        {items.length === 0 ? (
          <Text c="dimmed">{t('backup.empty')}</Text>
        ) : (
          <Table verticalSpacing="sm" data-testid="backup-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backup.name')}</Table.Th>
                <Table.Th>{t('backup.at')}</Table.Th>
                <Table.Th>{t('backup.size')}</Table.Th>
                <Table.Th>{t('backup.reason')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((b) => (
                <Table.Tr key={b.name}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {b.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{dayjs(b.at).format('YYYY-MM-DD HH:mm:ss')}</Table.Td>
                  <Table.Td>{sizeText(b.bytes)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={b.reason === 'auto' ? 'gray' : 'blue'}>
                      {b.reason === 'auto' ? t('backup.reasonAuto') : t('backup.reasonManual')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {can(actor, 'backup.restore') && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => restore(b)}
                        disabled={progress !== null}
                      >
                        {t('backup.restore')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}
