/** The signed-in frame: header (with the sync status), navigation filtered by role, the routed page, idle lock, sync. */
import { AppShell, Group, NavLink, ScrollArea, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBuildingStore } from '@tabler/icons-react'
import { useLiveQuery } from '../../data/live'
import { useTranslation } from 'react-i18next'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { appDb } from '../../data/db'
import { readCompany } from '../../data/repositories/companyRepo'
import { LockScreen } from '../../procedures/auth/LockScreen'
import { SyncIndicator } from '../../procedures/sync/SyncIndicator'
import { useActor } from '../../stores/session'
import { appRoutes } from '../routes'
import { useAutoBackup } from './useAutoBackup'
import { useIdleLock } from './useIdleLock'
import { useSyncRunner } from './useSyncRunner'
import { GlobalSearch, GlobalSearchButton } from './GlobalSearch'
import { UserMenu } from './UserMenu'

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
          <Text size="xs" c="dimmed" fw={600} px="sm" pt="md" pb={4}>
            {t('nav.sectionArchives')}
          </Text>
          {menu.filter((r) => r.section === 'archives').map(link)}
          {menu.some((r) => r.section === 'contracts') && (
            <Text size="xs" c="dimmed" fw={600} px="sm" pt="md" pb={4}>
              {t('nav.sectionContracts')}
            </Text>
          )}
          {menu.filter((r) => r.section === 'contracts').map(link)}
          <Text size="xs" c="dimmed" fw={600} px="sm" pt="md" pb={4}>
            {t('nav.sectionSystem')}
          </Text>
          {menu.filter((r) => r.section === 'system').map(link)}
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
