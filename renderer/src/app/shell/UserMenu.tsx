/** The signed-in user: roles, lock, switch user, sign out. */
import { Avatar, Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import { IconLock, IconLogout, IconSwitchHorizontal } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useActor, useSession } from '../../stores/session'

export function UserMenu() {
  const { t } = useTranslation()
  const actor = useActor()
  const { lock, signOut } = useSession()
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <UnstyledButton aria-label={actor.name}>
          <Group gap="xs">
            <Avatar radius="xl" size={30} color="blue">
              {actor.name.slice(-2)}
            </Avatar>
            <div>
              <Text size="sm" fw={500} lh={1.2}>
                {actor.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {actor.roles.map((r) => t(`roles.${r}`)).join('、')}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Badge variant="light">{actor.account}</Badge>
        </Menu.Label>
        <Menu.Item leftSection={<IconLock size={16} />} onClick={lock}>
          {t('login.lock')}
        </Menu.Item>
        <Menu.Item leftSection={<IconSwitchHorizontal size={16} />} onClick={signOut}>
          {t('login.switchUser')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={signOut}>
          {t('login.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
