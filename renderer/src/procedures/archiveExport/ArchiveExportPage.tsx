/**
 * 归档导出: archive now (with a progress bar by phase), the archive settings,
 * the packages on the share with 校验 / 浏览 / 恢复. The schedule is shown
 * here as "due": an export of the whole department's records takes a minute
 * and may hit an offline share, so it runs when a person starts it and can
 * see it through, not silently in the background (the due banner says when).
 */
import { Alert, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core'
import { modals } from '@mantine/modals'
import { IconArchive } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import type { ArchiveInfo, ArchiveSettingsInfo } from '@shared/ipc/archiveContract'
import { errorText } from '../../components/errorText'
import { api, unwrap } from '../../ipc/api'
import { useActor, useSession } from '../../stores/session'
import { ArchiveBrowser } from './ArchiveBrowser'
import { ArchiveSettingsPanel } from './ArchiveSettingsPanel'
import { ArchiveTable } from './ArchiveTable'
import { VerifyReportAlert } from './VerifyReportAlert'
import { useArchiveActions } from './useArchiveActions'
import { useRestoredCounts } from './restoredCountsStore'

export function ArchiveExportPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const signOut = useSession((s) => s.signOut)
  const [settings, setSettings] = useState<ArchiveSettingsInfo | null>(null)
  const [items, setItems] = useState<ArchiveInfo[]>([])
  const [listError, setListError] = useState<string | null>(null)

  const reload = useCallback(() => {
    unwrap(api().archive.settings({})).then(setSettings, (err: unknown) => setListError(errorText(t, err)))
    unwrap(api().archive.list({})).then(
      (r) => {
        setItems(r.items)
        setListError(null)
      },
      (err: unknown) => setListError(errorText(t, err)),
    )
  }, [t])
  useEffect(reload, [reload])

  const { run, failure, report, restoredCounts, exportNow, verify, restore } = useArchiveActions(reload)

  const browse = async (name: string) => {
    try {
      const { manifest } = await unwrap(api().archive.open({ name }))
      modals.open({
        title: t('archiveExport.browse.title', { name }),
        size: 'xl',
        children: <ArchiveBrowser manifest={manifest} />,
      })
    } catch (err) {
      setListError(errorText(t, err))
    }
  }

  const confirmRestore = (name: string) =>
    modals.openConfirmModal({
      title: t('archiveExport.restore.confirmTitle'),
      children: <Text size="sm">{t('archiveExport.restore.confirm', { name })}</Text>,
      labels: { confirm: t('archiveExport.list.restore'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void restore(name),
    })

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('archiveExport.title')}</Title>
        <Button
          leftSection={<IconArchive size={16} />}
          onClick={() => void exportNow()}
          loading={run !== null}
        >
          {t('archiveExport.runNow')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('archiveExport.intro')}
      </Text>
      {settings && (
        <Group gap="md">
          <Text size="sm" data-testid="archive-last-good">
            {settings.lastGoodAt
              ? t('archiveExport.lastGood', { at: dayjs(settings.lastGoodAt).format('YYYY-MM-DD HH:mm') })
              : t('archiveExport.never')}
          </Text>
        </Group>
      )}
      {settings?.due && (
        <Alert color="yellow" data-testid="archive-due">
          {t('archiveExport.due', { schedule: t(`archiveExport.schedule.${settings.schedule}`) })}
        </Alert>
      )}
      {run && (
        <Paper withBorder p="md" radius="md" data-testid="archive-progress">
          <Text size="sm" mb={6}>
            {t(`archiveExport.phase.${run.phase}`)}
          </Text>
          <Progress value={run.percent} animated aria-label={t(`archiveExport.phase.${run.phase}`)} />
        </Paper>
      )}
      {(failure ?? listError) && (
        <Alert color="red" data-testid="archive-error">
          {failure ?? listError}
        </Alert>
      )}
      {report && <VerifyReportAlert report={report} />}
      {restoredCounts && (
        <Paper withBorder p="md" radius="md" data-testid="archive-restored">
          <Group justify="space-between" mb="xs">
            <Title order={6}>{t('archiveExport.restore.counts')}</Title>
            {/* The restored accounts replace this profile's: sign in again with one of them. */}
            <Button
              size="xs"
              onClick={() => {
                useRestoredCounts.getState().set(null)
                signOut()
              }}
            >
              {t('archiveExport.restore.signInAgain')}
            </Button>
          </Group>
          <Table>
            <Table.Tbody>
              {Object.entries(restoredCounts)
                .filter(([, n]) => n > 0)
                .map(([table, n]) => (
                  <Table.Tr key={table} data-table={table}>
                    <Table.Td>{table}</Table.Td>
                    <Table.Td>{n}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <ArchiveTable
        items={items}
        busy={run !== null}
        canRestore={can(actor, 'backup.restore')}
        onVerify={(name) => void verify(name)}
        onOpen={(name) => void browse(name)}
        onRestore={confirmRestore}
      />
      {settings && (
        <ArchiveSettingsPanel
          // Saved settings come back from main; a new key starts the form from them.
          key={`${settings.folder}|${settings.keep}|${settings.schedule}`}
          settings={settings}
          disabled={run !== null}
          onSaved={() => reload()}
        />
      )}
    </Stack>
  )
}
