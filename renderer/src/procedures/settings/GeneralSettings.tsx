/** Department-wide settings: idle lock, automatic backup, backup reminder. */
import { Alert, Button, Group, NumberInput, Stack, Switch } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { type SettingValues, settingSchemas } from '@shared/settings/settingKeys'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { saveSettings } from '../../data/repositories/settingsRepo'
import { useActor } from '../../stores/session'

function intRule(key: 'security.idleLockMinutes' | 'backup.reminderDays', min: number, max: number) {
  return (value: unknown) => (settingSchemas[key].safeParse(value).success ? null : { min, max })
}

export function GeneralSettings({ values }: { values: SettingValues }) {
  const { t } = useTranslation()
  const actor = useActor()
  const editable = can(actor, 'settings.edit')
  const form = useForm<SettingValues>({
    initialValues: values,
    validate: {
      'security.idleLockMinutes': (v) => {
        const r = intRule('security.idleLockMinutes', 1, 240)(v)
        return r && t('validation.integerRange', r)
      },
      'backup.reminderDays': (v) => {
        const r = intRule('backup.reminderDays', 1, 60)(v)
        return r && t('validation.integerRange', r)
      },
    },
  })

  const save = form.onSubmit(async (next) => {
    try {
      await saveSettings(appDb(), next, { actor, now: new Date() })
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
          {...form.getInputProps('security.idleLockMinutes')}
        />
        <Switch
          label={t('settings.autoBackup')}
          disabled={!editable}
          {...form.getInputProps('backup.autoDaily', { type: 'checkbox' })}
        />
        <NumberInput
          label={t('settings.reminderDays')}
          allowDecimal={false}
          readOnly={!editable}
          {...form.getInputProps('backup.reminderDays')}
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
