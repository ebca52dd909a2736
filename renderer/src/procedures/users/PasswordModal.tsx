/** An administrator sets a new password for an account. */
import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { passwordSchema } from '@shared/auth/userSchema'
import type { UserRecord } from '@shared/types/records'
import { errorText } from '../../components/errorText'
import { translatedInput } from '../../components/formErrors'
import { appDb } from '../../data/db'
import { hashPassword } from '../../data/repositories/signIn'
import { setUserPassword } from '../../data/repositories/usersRepo'
import { useWriteContext } from '../../stores/session'

const schema = z.object({ password: passwordSchema })

export function PasswordModal({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const form = useForm({ initialValues: { password: '' }, validate: schemaResolver(schema, { sync: true }) })
  const submit = form.onSubmit(async ({ password }) => {
    try {
      await setUserPassword(appDb(), { id: user.id, passwordHash: await hashPassword(password) }, write())
      notifications.show({ color: 'green', message: t('common.saved') })
      onClose()
    } catch (err) {
      form.setFieldError('password', errorText(t, err))
    }
  })
  return (
    <Modal opened onClose={onClose} title={`${t('users.resetPassword')} · ${user.name}`}>
      <form onSubmit={submit}>
        <Stack>
          <PasswordInput
            label={t('users.newPassword')}
            description={t('user.passwordHint')}
            {...translatedInput(form, t, 'password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
