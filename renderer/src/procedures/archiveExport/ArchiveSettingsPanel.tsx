/** 归档设置: where packages go, how many are kept, how often one is due. */
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveSettingsInfo } from '@shared/ipc/archiveContract'
import { ARCHIVE_KEEP_MAX } from '@shared/archive/archiveRequests'
import { archiveSchedules, type ArchiveSchedule } from '@shared/archive/archiveSchedule'
import { AppFailure } from '@shared/errors/appFailure'
import { errorText } from '../../components/errorText'
import { api, unwrap } from '../../ipc/api'

interface Props {
  settings: ArchiveSettingsInfo
  onSaved: (settings: ArchiveSettingsInfo) => void
  disabled: boolean
}

export function ArchiveSettingsPanel({ settings, onSaved, disabled }: Props) {
  const { t } = useTranslation()
  const [folder, setFolder] = useState(settings.folder)
  const [keep, setKeep] = useState<number | string>(settings.keep)
  const [schedule, setSchedule] = useState<ArchiveSchedule>(settings.schedule)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const save = async () => {
    setSaving(true)
    setError(null)
    try {
      const saved = await unwrap(api().archive.saveSettings({ folder, keep: Number(keep), schedule }))
      notifications.show({ color: 'green', message: t('archiveExport.settings.saved') })
      onSaved(saved)
    } catch (err) {
      setError(err instanceof AppFailure ? errorText(t, err) : t('errors.internal'))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={5} mb="sm">
        {t('archiveExport.settings.title')}
      </Title>
      <Stack gap="sm">
        <TextInput
          label={t('archiveExport.settings.folder')}
          description={t('archiveExport.settings.folderHint')}
          value={folder}
          onChange={(e) => setFolder(e.currentTarget.value)}
          error={error}
        />
        <Group align="flex-end">
          <NumberInput
            label={t('archiveExport.settings.keep')}
            description={t('archiveExport.settings.keepHint')}
            min={1}
            max={ARCHIVE_KEEP_MAX}
            allowDecimal={false}
            value={keep}
            onChange={setKeep}
            w={260}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('archiveExport.settings.schedule')}
            </Text>
            <SegmentedControl
              value={schedule}
              onChange={(v) => setSchedule(v as ArchiveSchedule)}
              data={archiveSchedules.map((s) => ({ value: s, label: t(`archiveExport.schedule.${s}`) }))}
            />
          </Stack>
          <Button variant="default" onClick={() => void save()} loading={saving} disabled={disabled}>
            {t('archiveExport.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
