/** Each user's own interface language (zh-CN default, English second). */
import { SegmentedControl, Stack, Text } from '@mantine/core'
import { useLiveQuery } from '../../data/live'
import { useTranslation } from 'react-i18next'
import type { Language } from '@shared/types/records'
import { appDb } from '../../data/db'
import { setUserLanguage } from '../../data/repositories/usersRepo'
import { setLanguage } from '../../i18n'
import { useActor, useWriteContext } from '../../stores/session'

export function LanguageSettings() {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const me = useLiveQuery(() => appDb().users.get(actor.userId), [actor.userId])
  if (!me) return null
  const change = async (value: string) => {
    const language = value as Language
    await setUserLanguage(appDb(), { id: actor.userId, language }, write())
    setLanguage(language)
  }
  return (
    <Stack maw={480} gap="xs">
      <Text fw={500} size="sm">
        {t('settings.language')}
      </Text>
      <SegmentedControl
        value={me.language}
        onChange={(v) => void change(v)}
        data={[
          { value: 'zh-CN', label: '简体中文' },
          { value: 'en', label: 'English' },
        ]}
      />
      <Text size="xs" c="dimmed">
        {t('settings.languageHint')}
      </Text>
    </Stack>
  )
}
