/** 系统设置: company profile, department settings, contracts and approvals, my language. */
import { Paper, Stack, Tabs, Title } from '@mantine/core'
import { useLiveQuery } from '../../data/live'
import { useTranslation } from 'react-i18next'
import { appDb } from '../../data/db'
import { readCompany } from '../../data/repositories/companyRepo'
import { readSettings } from '../../data/repositories/settingsRepo'
import { CompanySettings } from './CompanySettings'
import { ContractSettings } from './ContractSettings'
import { GeneralSettings } from './GeneralSettings'
import { LanguageSettings } from './LanguageSettings'

export function SettingsPage() {
  const { t } = useTranslation()
  const company = useLiveQuery(() => readCompany(appDb()), [])
  const settings = useLiveQuery(() => readSettings(appDb()), [])
  return (
    <Stack>
      <Title order={3}>{t('settings.title')}</Title>
      <Paper withBorder p="lg" radius="md">
        <Tabs defaultValue="general" keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="general">{t('settings.generalTab')}</Tabs.Tab>
            <Tabs.Tab value="company">{t('settings.companyTab')}</Tabs.Tab>
            <Tabs.Tab value="contracts">{t('contractSettings.tab')}</Tabs.Tab>
            <Tabs.Tab value="language">{t('settings.languageTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="general">{settings && <GeneralSettings values={settings} />}</Tabs.Panel>
          <Tabs.Panel value="company">{company && <CompanySettings company={company} />}</Tabs.Panel>
          <Tabs.Panel value="contracts">{settings && <ContractSettings values={settings} />}</Tabs.Panel>
          <Tabs.Panel value="language">
            <LanguageSettings />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  )
}
