/** 用户与权限: accounts, roles, passwords, sign-in locks (administrators only). */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDots, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from '../../data/live'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { UserRecord } from '@shared/types/records'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { archiveUser, restoreUser } from '../../data/repositories/usersRepo'
import { api, unwrap } from '../../ipc/api'
import { useWriteContext } from '../../stores/session'
import { DUPLICATES_PATH } from '../sync/SyncIndicator'
import { PasswordModal } from './PasswordModal'
import { UserFormModal } from './UserFormModal'

export function UsersPage() {
  const { t } = useTranslation()
  const write = useWriteContext()
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<UserRecord | null | 'new'>(null)
  const [passwordFor, setPasswordFor] = useState<UserRecord | null>(null)
  const users = useLiveQuery(() => appDb().users.orderBy('updatedAt').reverse().toArray(), []) ?? []
  const shown = users.filter((u) => showArchived || !u.deletedAt)
  const navigate = useNavigate()
  // Names two live accounts share (two PCs each made one): settled under 重复编号与档案.
  const live = users.filter((u) => !u.deletedAt).map((u) => u.account)
  const shared = new Set(live.filter((a, i) => live.indexOf(a) !== i))

  const act = async (work: () => Promise<unknown>, message?: string) => {
    try {
      await work()
      notifications.show({ color: 'green', message: message ?? t('common.saved') })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{t('users.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('users.create')}
        </Button>
      </Group>
      {shared.size > 0 && (
        <Alert color="orange" data-testid="shared-accounts">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t('sync.duplicates.users.alert', { accounts: [...shared].join(t('common.listSep')) })}
            </Text>
            <Button size="xs" variant="light" color="orange" onClick={() => navigate(DUPLICATES_PATH)}>
              {t('sync.duplicates.warning.go')}
            </Button>
          </Group>
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm">
          <Text size="sm" c="dimmed">
            {t('users.count', { count: shown.length })}
          </Text>
          <Switch
            label={t('users.showArchived')}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
        </Group>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('user.account')}</Table.Th>
              <Table.Th>{t('user.name')}</Table.Th>
              <Table.Th>{t('user.roles')}</Table.Th>
              <Table.Th>{t('user.phone')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Group gap={6}>
                    {u.account}
                    {!u.deletedAt && shared.has(u.account) && (
                      <Badge color="orange" size="xs">
                        {t('sync.duplicates.users.sameName')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r) => (
                      <Badge key={r} variant="light" size="sm">
                        {t(`roles.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{u.phone}</Table.Td>
                <Table.Td>
                  {u.deletedAt ? (
                    <Badge color="gray">{t('user.archived')}</Badge>
                  ) : u.active ? (
                    <Badge color="green">{t('user.active')}</Badge>
                  ) : (
                    <Badge color="orange">{t('user.inactive')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" aria-label={`${t('common.actions')} ${u.account}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {!u.deletedAt && (
                        <Menu.Item onClick={() => setEditing(u)}>{t('common.edit')}</Menu.Item>
                      )}
                      {!u.deletedAt && (
                        <Menu.Item onClick={() => setPasswordFor(u)}>{t('users.resetPassword')}</Menu.Item>
                      )}
                      <Menu.Item
                        onClick={() =>
                          void act(
                            () => unwrap(api().auth.unlock({ account: u.account })),
                            t('users.unlocked', { account: u.account }),
                          )
                        }
                      >
                        {t('users.unlock')}
                      </Menu.Item>
                      {u.deletedAt ? (
                        <Menu.Item
                          onClick={() => void act(() => restoreUser(appDb(), { id: u.id }, write()))}
                        >
                          {t('common.restore')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item
                          color="red"
                          onClick={() => void act(() => archiveUser(appDb(), { id: u.id }, write()))}
                        >
                          {t('common.archive')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {editing && (
        <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {passwordFor && <PasswordModal user={passwordFor} onClose={() => setPasswordFor(null)} />}
    </Stack>
  )
}
