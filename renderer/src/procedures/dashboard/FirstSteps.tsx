/**
 * 开始使用 on a new installation's 工作台: the first steps an administrator
 * takes (users, company details and seal, customers and products, the
 * shared folder, the archive folder, a backup copied off this PC), each
 * ticked off as soon as the records show it is done, with a way there. It
 * goes away when every step is done, or when dismissed on this PC.
 */
import { Badge, Button, Card, Group, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCheck, IconCircleDashed } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { appDb } from '../../data/db'
import { listBackups } from '../../data/backup'
import { useLiveQuery } from '../../data/live'
import { readCompany } from '../../data/repositories/companyRepo'
import { api, unwrap } from '../../ipc/api'
import { useBackupEvents } from '../../stores/backupEvents'
import { firstSteps, type SetupFacts } from './firstSteps'

const DISMISSED = 'commerce-desk.firstSteps.dismissed'
const COPIED = 'commerce-desk.firstSteps.backupCopied'

/** What this PC's folders say: the shared folder, the archive folder, the backups. */
function useFolderFacts(): Pick<SetupFacts, 'shared' | 'archiveFolder' | 'backups'> | null {
  const [facts, setFacts] = useState<Pick<SetupFacts, 'shared' | 'archiveFolder' | 'backups'> | null>(null)
  const backupsWritten = useBackupEvents((s) => s.version)
  useEffect(() => {
    let live = true
    void Promise.all([
      unwrap(api().share.config({})),
      unwrap(api().archive.settings({})),
      listBackups(),
    ]).then(
      ([share, archive, backups]) =>
        live &&
        setFacts({
          shared: share.shareId !== null,
          archiveFolder: archive.folder !== archive.defaultFolder || archive.lastGoodAt !== null,
          backups: backups.length,
        }),
      () => live && setFacts({ shared: false, archiveFolder: false, backups: 0 }),
    )
    return () => {
      live = false
    }
  }, [backupsWritten])
  return facts
}

export function FirstSteps() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED) === '1')
  const [copied, setCopied] = useState(() => localStorage.getItem(COPIED) === '1')
  const db = appDb()
  const counts = useLiveQuery(
    async () => ({
      users: (await db.users.filter((u) => !u.deletedAt).count()) - 1,
      customers: await db.customers.count(),
      products: await db.products.count(),
      company: await readCompany(db),
    }),
    [],
  )
  const folders = useFolderFacts()
  if (dismissed || !counts || !folders) return null
  const steps = firstSteps({
    otherUsers: counts.users,
    company: counts.company,
    customers: counts.customers,
    products: counts.products,
    ...folders,
    backupCopied: copied,
  })
  const done = steps.filter((s) => s.done).length
  if (done === steps.length) return null

  const remember = (key: string, set: (v: boolean) => void) => {
    localStorage.setItem(key, '1')
    set(true)
  }
  return (
    <Card withBorder radius="md" p="lg" data-testid="first-steps">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('dashboard.firstSteps.title')}</Title>
        <Group gap="xs">
          <Badge variant="light">{t('dashboard.firstSteps.progress', { done, total: steps.length })}</Badge>
          <Button size="xs" variant="subtle" color="gray" onClick={() => remember(DISMISSED, setDismissed)}>
            {t('dashboard.firstSteps.dismiss')}
          </Button>
        </Group>
      </Group>
      <Progress value={(done / steps.length) * 100} size="sm" mb="md" />
      <Stack gap="sm">
        {steps.map((s) => (
          <Group
            key={s.id}
            data-step={s.id}
            data-done={s.done}
            justify="space-between"
            wrap="nowrap"
            gap="md"
          >
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon
                color={s.done ? 'green' : 'gray'}
                variant={s.done ? 'filled' : 'light'}
                size={22}
                radius="xl"
              >
                {s.done ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
              </ThemeIcon>
              <Stack gap={0}>
                <Text
                  size="sm"
                  fw={500}
                  td={s.done ? 'line-through' : undefined}
                  c={s.done ? 'dimmed' : undefined}
                >
                  {t(`dashboard.firstSteps.steps.${s.id}.label`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`dashboard.firstSteps.steps.${s.id}.hint`)}
                </Text>
              </Stack>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {s.id === 'backup' && !copied && folders.backups > 0 && (
                <Button size="xs" variant="light" onClick={() => remember(COPIED, setCopied)}>
                  {t('dashboard.firstSteps.backupCopied')}
                </Button>
              )}
              {!s.done && (
                <Button size="xs" variant="default" onClick={() => navigate(s.path)}>
                  {t('dashboard.firstSteps.go')}
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  )
}
