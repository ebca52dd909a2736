/** Create or edit an account; a new account gets its first password here. */
import { Button, Group, Modal, MultiSelect, PasswordInput, Stack, Switch, TextInput } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { roles } from '@shared/auth/roles'
import { passwordSchema, userProfileSchema, type UserProfileInput } from '@shared/auth/userSchema'
import type { UserRecord } from '@shared/types/records'
import { errorField, errorText } from '../../components/errorText'
import { translatedInput } from '../../components/formErrors'
import { appDb } from '../../data/db'
import { hashPassword } from '../../data/repositories/signIn'
import { createUser, updateUser } from '../../data/repositories/usersRepo'
import { useWriteContext } from '../../stores/session'

type FormValues = UserProfileInput & { password: string }

const createSchema = userProfileSchema.extend({ password: passwordSchema })
const editSchema = userProfileSchema.extend({ password: z.string() })

export function UserFormModal({ user, onClose }: { user: UserRecord | null; onClose: () => void }) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const isNew = user === null
  const form = useForm<FormValues>({
    initialValues: user
      ? {
          account: user.account,
          name: user.name,
          roles: [...user.roles],
          phone: user.phone,
          active: user.active,
          password: '',
        }
      : { account: '', name: '', roles: ['clerk'], phone: '', active: true, password: '' },
    validate: schemaResolver(isNew ? createSchema : editSchema, { sync: true }),
  })

  const submit = form.onSubmit(async (values) => {
    const profile = userProfileSchema.parse(values)
    const ctx = write()
    try {
      if (isNew)
        await createUser(appDb(), { ...profile, passwordHash: await hashPassword(values.password) }, ctx)
      else await updateUser(appDb(), { id: user.id, input: profile }, ctx)
      notifications.show({ color: 'green', message: t('common.saved') })
      onClose()
    } catch (err) {
      const field = errorField(err)
      if (field) form.setFieldError(field, errorText(t, err))
      else notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  return (
    <Modal opened onClose={onClose} title={isNew ? t('users.create') : t('users.edit')} size="md">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label={t('user.account')} withAsterisk {...translatedInput(form, t, 'account')} />
          <TextInput label={t('user.name')} withAsterisk {...translatedInput(form, t, 'name')} />
          {isNew && (
            <PasswordInput
              label={t('user.password')}
              description={t('user.passwordHint')}
              withAsterisk
              {...translatedInput(form, t, 'password')}
            />
          )}
          <MultiSelect
            label={t('user.roles')}
            withAsterisk
            data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            {...translatedInput(form, t, 'roles')}
          />
          <TextInput label={t('user.phone')} {...translatedInput(form, t, 'phone')} />
          <Switch label={t('user.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <Group justify="flex-end" mt="sm">
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
