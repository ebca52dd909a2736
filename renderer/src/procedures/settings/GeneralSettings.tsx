/** Department-wide settings: idle lock, automatic backup, backup reminder, target-customer follow-up. */
import { Alert, Button, Group, NumberInput, Stack, Switch } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { type SettingValues, settingSchemas } from '@shared/settings/settingKeys'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { saveSettings } from '../../data/repositories/settingsRepo'
import { useActor, useWriteContext } from '../../stores/session'

// Mantine form reads dots as nested paths, so the form uses flat names.
interface FormValues {
  idleLockMinutes: number | string
  autoDaily: boolean
  reminderDays: number | string
  targetContactDays: number | string
}

export function GeneralSettings({ values }: { values: SettingValues }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const editable = can(actor, 'settings.edit')
  const range =
    (
      key: 'security.idleLockMinutes' | 'backup.reminderDays' | 'archives.targetContactDays',
      min: number,
      max: number,
    ) =>
    (v: unknown) =>
      settingSchemas[key].safeParse(v).success ? null : t('validation.integerRange', { min, max })
  const form = useForm<FormValues>({
    initialValues: {
      idleLockMinutes: values['security.idleLockMinutes'],
      autoDaily: values['backup.autoDaily'],
      reminderDays: values['backup.reminderDays'],
      targetContactDays: values['archives.targetContactDays'],
    },
    validate: {
      idleLockMinutes: range('security.idleLockMinutes', 1, 240),
      reminderDays: range('backup.reminderDays', 1, 60),
      targetContactDays: range('archives.targetContactDays', 1, 365),
    },
  })

  const save = form.onSubmit(async (next) => {
    try {
      await saveSettings(
        appDb(),
        {
          'security.idleLockMinutes': Number(next.idleLockMinutes),
          'backup.autoDaily': next.autoDaily,
          'backup.reminderDays': Number(next.reminderDays),
          'archives.targetContactDays': Number(next.targetContactDays),
        },
        write(),
      )
      form.resetDirty()
      notifications.show({ color: 'green', message: t('common.saved') })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  return (
    <form onSubmit={save}>
      <Stack maw={480}>
        {!editable && <Alert color="gray">{t('settings.readOnly')}</Alert>}
        <NumberInput
          label={t('settings.idleLockMinutes')}
          allowDecimal={false}
          readOnly={!editable}
          {...form.getInputProps('idleLockMinutes')}
        />
        <Switch
          label={t('settings.autoBackup')}
          disabled={!editable}
          {...form.getInputProps('autoDaily', { type: 'checkbox' })}
        />
        <NumberInput
          label={t('settings.reminderDays')}
          allowDecimal={false}
          readOnly={!editable}
          {...form.getInputProps('reminderDays')}
        />
        <NumberInput
          label={t('settings.targetContactDays')}
          allowDecimal={false}
          readOnly={!editable}
          {...form.getInputProps('targetContactDays')}
        />
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  )
}
