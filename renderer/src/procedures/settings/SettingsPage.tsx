/** 系统设置: company profile, department settings, contracts and approvals, the shared folder, my language. */
import { Paper, Stack, Tabs, Title } from '@mantine/core'
import { useLiveQuery } from '../../data/live'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { appDb } from '../../data/db'
import { readCompany } from '../../data/repositories/companyRepo'
import { readSettings } from '../../data/repositories/settingsRepo'
import { CompanySettings } from './CompanySettings'
import { ContractSettings } from './ContractSettings'
import { GeneralSettings } from './GeneralSettings'
import { LanguageSettings } from './LanguageSettings'
import { ShareSettings } from '../sync/ShareSettings'

export function SettingsPage() {
  const { t } = useTranslation()
  const company = useLiveQuery(() => readCompany(appDb()), [])
  const settings = useLiveQuery(() => readSettings(appDb()), [])
  // ?tab=share: the sync indicator opens the shared-folder tab directly.
  const [params, setParams] = useSearchParams()
  return (
    <Stack>
      <Title order={3}>{t('settings.title')}</Title>
      <Paper withBorder p="lg" radius="md">
        <Tabs
          value={params.get('tab') ?? 'general'}
          onChange={(tab) => setParams(tab && tab !== 'general' ? { tab } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            <Tabs.Tab value="general">{t('settings.generalTab')}</Tabs.Tab>
            <Tabs.Tab value="company">{t('settings.companyTab')}</Tabs.Tab>
            <Tabs.Tab value="contracts">{t('contractSettings.tab')}</Tabs.Tab>
            <Tabs.Tab value="share">{t('sync.tab')}</Tabs.Tab>
            <Tabs.Tab value="language">{t('settings.languageTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="general">{settings && <GeneralSettings values={settings} />}</Tabs.Panel>
          <Tabs.Panel value="company">{company && <CompanySettings company={company} />}</Tabs.Panel>
          <Tabs.Panel value="contracts">{settings && <ContractSettings values={settings} />}</Tabs.Panel>
          <Tabs.Panel value="share">
            <ShareSettings />
          </Tabs.Panel>
          <Tabs.Panel value="language">
            <LanguageSettings />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  )
}
