/** Idle lock: the signed-in user re-enters the password; or switches user. */
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { checkPassword } from '../../data/repositories/signIn'
import { useSession } from '../../stores/session'

export function LockScreen() {
  const { t } = useTranslation()
  const { user, locked, unlock, signOut } = useSession()
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!user || !locked) return null

  const submit = async () => {
    setBusy(true)
    try {
      const record = await appDb().users.get(user.userId)
      if (!record) throw new Error('user vanished')
      await checkPassword(record, password)
      setPassword('')
      setError(null)
      unlock()
    } catch (err) {
      setError(errorText(t, err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      opened
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      title={t('login.locked')}
      overlayProps={{ backgroundOpacity: 0.85, blur: 6 }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack>
          <Text size="sm">{t('login.lockedHint', { name: user.name })}</Text>
          <PasswordInput
            label={t('user.password')}
            value={password}
            error={error}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={signOut}>
              {t('login.switchUser')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('login.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
