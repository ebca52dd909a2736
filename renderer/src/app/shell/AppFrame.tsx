/** The signed-in frame: header (with the sync status), navigation filtered by role, the routed page, idle lock, sync. */
import { AppShell, Group, NavLink, ScrollArea, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBuildingStore } from '@tabler/icons-react'
import { Fragment } from 'react'
import { useLiveQuery } from '../../data/live'
import { useTranslation } from 'react-i18next'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { appDb } from '../../data/db'
import { readCompany } from '../../data/repositories/companyRepo'
import { LockScreen } from '../../procedures/auth/LockScreen'
import { SyncIndicator } from '../../procedures/sync/SyncIndicator'
import { useActor } from '../../stores/session'
import { procedureScreens } from '../../procedures/registry'
import { appRoutes } from '../routes'
import { useAutoBackup } from './useAutoBackup'
import { useIdleLock } from './useIdleLock'
import { useSyncRunner } from './useSyncRunner'
import { GlobalSearch, GlobalSearchButton } from './GlobalSearch'
import { UserMenu } from './UserMenu'

/** The menu's sections after 工作台: each procedure's, then 系统. */
const sections = [...procedureScreens.map((s) => s.section), { id: 'system', labelKey: 'nav.sectionSystem' }]

export function AppFrame() {
  const { t } = useTranslation()
  const actor = useActor()
  const navigate = useNavigate()
  const location = useLocation()
  const company = useLiveQuery(() => readCompany(appDb()), [])
  useIdleLock()
  useAutoBackup()
  useSyncRunner()
  const routes = appRoutes.filter((r) => !r.permission || can(actor, r.permission))
  const menu = routes.filter((r) => r.inMenu !== false)

  const link = (r: (typeof routes)[number]) => (
    <NavLink
      key={r.path}
      label={t(r.labelKey)}
      leftSection={r.icon}
      active={
        r.path === '/'
          ? location.pathname === '/'
          : location.pathname === r.path || location.pathname.startsWith(`${r.path}/`)
      }
      onClick={() => navigate(r.path)}
      variant="filled"
    />
  )

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 216, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <ThemeIcon size={32} radius="sm">
              <IconBuildingStore size={20} />
            </ThemeIcon>
            <Title order={4}>{t('app.name')}</Title>
            <Text c="dimmed" size="sm">
              {company?.name}
            </Text>
          </Group>
          <Group gap="sm">
            <SyncIndicator />
            <GlobalSearchButton />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          {menu.filter((r) => r.section === 'main').map(link)}
          {sections.map(({ id, labelKey }) => {
            const entries = menu.filter((r) => r.section === id)
            if (entries.length === 0) return null
            return (
              <Fragment key={id}>
                <Text size="xs" c="dimmed" fw={600} px="sm" pt="md" pb={4}>
                  {t(labelKey)}
                </Text>
                {entries.map(link)}
              </Fragment>
            )
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Routes>
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={<r.Page />} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </AppShell.Main>
      <GlobalSearch />
      <LockScreen />
    </AppShell>
  )
}
