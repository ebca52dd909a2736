/** 系统设置: company profile, department settings, each procedure's own tab, the shared folder, my language. */
import { Paper, Stack, Tabs, Title } from '@mantine/core'
import { useLiveQuery } from '../../data/live'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { appDb } from '../../data/db'
import { readCompany } from '../../data/repositories/companyRepo'
import { readSettings } from '../../data/repositories/settingsRepo'
import { CompanySettings } from './CompanySettings'
import { GeneralSettings } from './GeneralSettings'
import { LanguageSettings } from './LanguageSettings'
import { procedureScreens } from '../registry'
import { ShareSettings } from '../sync/ShareSettings'

/** The procedures' own settings tabs (procedures/registry.ts), between the company's and the shared folder's. */
const procedureTabs = procedureScreens.flatMap((s) => (s.settingsTab ? [s.settingsTab] : []))

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
            {procedureTabs.map((tab) => (
              <Tabs.Tab key={tab.id} value={tab.id}>
                {t(tab.labelKey)}
              </Tabs.Tab>
            ))}
            <Tabs.Tab value="share">{t('sync.tab')}</Tabs.Tab>
            <Tabs.Tab value="language">{t('settings.languageTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="general">{settings && <GeneralSettings values={settings} />}</Tabs.Panel>
          <Tabs.Panel value="company">{company && <CompanySettings company={company} />}</Tabs.Panel>
          {procedureTabs.map(({ id, Panel }) => (
            <Tabs.Panel key={id} value={id}>
              {settings && <Panel values={settings} />}
            </Tabs.Panel>
          ))}
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
