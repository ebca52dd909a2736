/** 工作台: greeting and every due or overdue item the registered checks report. */
import { Badge, Button, Card, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { appDb } from '../../data/db'
import { useBackupEvents } from '../../stores/backupEvents'
import { useActor } from '../../stores/session'
import './registeredChecks'
import { procedureScreens } from '../registry'
import { pathOf } from '../screens'
import { collectDueItems, type DueItem } from './dueChecks'
import { FirstSteps } from './FirstSteps'
import { can } from '@shared/auth/permissions'

export function DashboardPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const navigate = useNavigate()
  const [items, setItems] = useState<DueItem[] | null>(null)
  // Checks read records and files; collect again when a backup lands.
  const backupsWritten = useBackupEvents((s) => s.version)
  const today = dayjs().format('YYYY-MM-DD')

  useEffect(() => {
    let live = true
    void collectDueItems({ db: appDb(), now: new Date(), t, actor }).then((found) => live && setItems(found))
    return () => {
      live = false
    }
  }, [t, backupsWritten, actor])

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md">
        <Title order={3}>{t('dashboard.greeting', { name: actor.name })}</Title>
        <Text c="dimmed" mt={4}>
          {t('dashboard.today', { date: dayjs().format('YYYY年M月D日 dddd') })}
        </Text>
      </Paper>
      {can(actor, 'users.manage') && <FirstSteps />}
      <Card withBorder radius="md" p="lg">
        <Group justify="space-between" mb="md">
          <Title order={4}>{t('dashboard.dueTitle')}</Title>
          {items && <Badge variant="light">{items.length}</Badge>}
        </Group>
        {items && items.length === 0 && (
          <Group gap="xs" c="green.7">
            <IconCircleCheck size={20} />
            <Text>{t('dashboard.nothingDue')}</Text>
          </Group>
        )}
        {items && items.length > 0 && (
          <Table verticalSpacing="sm" data-testid="due-items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.dueTitle')}</Table.Th>
                <Table.Th w={150}>{t('dashboard.due')}</Table.Th>
                <Table.Th w={140}>{t('dashboard.owner')}</Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{item.title}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{item.due}</Text>
                      {item.due < today && (
                        <Badge color="red" size="sm">
                          {t('dashboard.overdue')}
                        </Badge>
                      )}
                      {item.due === today && (
                        <Badge color="orange" size="sm">
                          {t('dashboard.dueToday')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{item.owner}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() =>
                        navigate(
                          typeof item.link === 'string' ? item.link : pathOf(procedureScreens, item.link),
                        )
                      }
                    >
                      {t('dashboard.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  )
}
