/** Sign-in. Wrong passwords and lockouts are reported at the password field. */
import {
  Box,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconBuildingStore } from '@tabler/icons-react'
import { useLiveQuery } from '../../data/live'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { errorField, errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { readCompany } from '../../data/repositories/companyRepo'
import { signIn } from '../../data/repositories/signIn'
import { setLanguage } from '../../i18n'
import { useSession } from '../../stores/session'

export function LoginScreen() {
  const { t } = useTranslation()
  const company = useLiveQuery(() => readCompany(appDb()), [])
  const startSession = useSession((s) => s.signIn)
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const form = useForm({
    initialValues: { account: '', password: '' },
    validate: {
      account: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  })

  const submit = form.onSubmit(async ({ account, password }) => {
    setBusy(true)
    try {
      const user = await signIn(appDb(), { account, password }, new Date())
      setLanguage(user.language)
      // Every session starts at 工作台, whatever address the last one left.
      navigate('/', { replace: true })
      startSession(user)
    } catch (err) {
      form.setFieldError(errorField(err) ?? 'password', errorText(t, err))
    } finally {
      setBusy(false)
    }
  })

  return (
    <Box bg="gray.0" mih="100vh">
      <Center mih="100vh">
        <Paper withBorder shadow="sm" radius="md" p={40} w={400}>
          <Stack gap="lg">
            <Stack gap={6} align="center">
              <ThemeIcon size={52} radius="md" variant="light">
                <IconBuildingStore size={30} />
              </ThemeIcon>
              <Title order={2}>{t('app.name')}</Title>
              <Text c="dimmed" size="sm">
                {company?.name}
              </Text>
            </Stack>
            <form onSubmit={submit}>
              <Stack gap="md">
                <TextInput
                  label={t('user.account')}
                  autoComplete="username"
                  data-autofocus
                  {...form.getInputProps('account')}
                />
                <PasswordInput
                  label={t('user.password')}
                  autoComplete="current-password"
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={busy} fullWidth mt="xs">
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  )
}
