/**
 * First start: company profile → first administrator → review and save (one
 * transaction); or, from the first page, 加入已有共享文件夹 (JoinShare), where
 * everything comes from the share and nothing is created here. A join left
 * unfinished (the share is remembered, the PC still not set up) opens there.
 */
import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconFolderShare } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type CompanyInput, companySchema, emptyCompany } from '@shared/company/companySchema'
import { errorText } from '../../components/errorText'
import { translatedInput } from '../../components/formErrors'
import { appDb } from '../../data/db'
import { hashPassword } from '../../data/repositories/signIn'
import { completeSetup } from '../../data/repositories/setupRepo'
import { api, unwrap } from '../../ipc/api'
import { useShareJoin } from '../../stores/shareJoin'
import { type AdminInput, adminSchema } from './adminSchema'
import { CompanyFields } from './CompanyFields'
import { JoinShare } from './JoinShare'

export function SetupWizard() {
  const { t } = useTranslation()
  const [step, setStep] = useState(0)
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  // null until the share setting is read: a join left unfinished goes on.
  const [mode, setMode] = useState<'create' | 'join' | null>(null)
  const [joinRoot, setJoinRoot] = useState('')
  useEffect(() => {
    let current = true
    void unwrap(api().share.config({}))
      .then((c) => {
        if (!current) return
        setJoinRoot(c.root ?? '')
        setMode(c.root ? 'join' : 'create')
      })
      .catch(() => current && setMode('create'))
    return () => {
      current = false
    }
  }, [])
  const company = useForm<CompanyInput>({
    initialValues: emptyCompany,
    validate: schemaResolver(companySchema, { sync: true }),
  })
  const admin = useForm<AdminInput>({
    initialValues: { account: 'admin', name: '', password: '', passwordConfirm: '' },
    validate: schemaResolver(adminSchema, { sync: true }),
  })

  const next = () => {
    const form = step === 0 ? company : admin
    if (!form.validate().hasErrors) setStep(step + 1)
  }

  const finish = async () => {
    setSaving(true)
    setFailure(null)
    try {
      const parsedCompany = companySchema.parse(company.getValues())
      const a = admin.getValues()
      const passwordHash = await hashPassword(a.password)
      await completeSetup(
        appDb(),
        { company: parsedCompany, admin: { account: a.account.trim(), name: a.name.trim(), passwordHash } },
        new Date(),
      )
      notifications.show({ color: 'green', message: t('setup.finished') })
    } catch (err) {
      setFailure(errorText(t, err))
    } finally {
      setSaving(false)
    }
  }

  // Back to set-up from a join: a share remembered by a join that did not
  // finish is forgotten, or this PC's new company would be sent into it.
  const backToCreate = async () => {
    useShareJoin.getState().setJoining(false)
    await unwrap(api().share.leave({})).catch(() => undefined)
    setJoinRoot('')
    setMode('create')
  }

  const c = company.getValues()
  if (mode === null) return null
  return (
    <Container size="md" py={48}>
      <Stack gap="lg">
        <div>
          <Title order={2}>
            {t('app.name')} · {t('setup.title')}
          </Title>
          {mode === 'create' && (
            <Text c="dimmed" mt={4}>
              {t('setup.subtitle')}
            </Text>
          )}
        </div>
        <Paper withBorder p="xl" radius="md">
          {mode === 'join' ? (
            <JoinShare initialRoot={joinRoot} onBack={() => void backToCreate()} />
          ) : (
            <>
              <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} allowNextStepsSelect={false}>
                <Stepper.Step label={t('setup.stepCompany')} description={t('setup.stepCompanyDesc')}>
                  <Alert variant="light" color="blue" icon={<IconFolderShare size={20} />} mb="lg" py="xs">
                    <Group justify="space-between" wrap="nowrap">
                      <Text size="sm">
                        <Text span fw={500} size="sm">
                          {t('join.offer')}
                        </Text>{' '}
                        {t('join.offerText')}
                      </Text>
                      <Button variant="light" size="xs" onClick={() => setMode('join')}>
                        {t('join.offerButton')}
                      </Button>
                    </Group>
                  </Alert>
                  <CompanyFields form={company} />
                </Stepper.Step>
                <Stepper.Step label={t('setup.stepAdmin')} description={t('setup.stepAdminDesc')}>
                  <Stack gap="sm" maw={420}>
                    <TextInput
                      {...translatedInput(admin, t, 'account')}
                      label={t('user.account')}
                      withAsterisk
                    />
                    <TextInput {...translatedInput(admin, t, 'name')} label={t('user.name')} withAsterisk />
                    <PasswordInput
                      {...translatedInput(admin, t, 'password')}
                      label={t('user.password')}
                      description={t('user.passwordHint')}
                      withAsterisk
                    />
                    <PasswordInput
                      {...translatedInput(admin, t, 'passwordConfirm')}
                      label={t('user.passwordConfirm')}
                      withAsterisk
                    />
                  </Stack>
                </Stepper.Step>
                <Stepper.Step label={t('setup.stepDone')} description={t('setup.stepDoneDesc')}>
                  <Text mb="sm">{t('setup.review')}</Text>
                  <Table withTableBorder withColumnBorders variant="vertical" layout="fixed">
                    <Table.Tbody>
                      {(Object.keys(emptyCompany) as (keyof CompanyInput)[]).map((k) => (
                        <Table.Tr key={k}>
                          <Table.Th w={180}>{t(`company.${k}`)}</Table.Th>
                          <Table.Td>{c[k] || '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                      <Table.Tr>
                        <Table.Th>{t('roles.admin')}</Table.Th>
                        <Table.Td>
                          {admin.getValues().name}（{admin.getValues().account}）
                        </Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                  {failure && (
                    <Alert color="red" mt="md">
                      {failure}
                    </Alert>
                  )}
                </Stepper.Step>
              </Stepper>
              <Group justify="flex-end" mt="xl">
                {step > 0 && (
                  <Button variant="default" onClick={() => setStep(step - 1)}>
                    {t('common.back')}
                  </Button>
                )}
                {step < 2 ? (
                  <Button onClick={next}>{t('common.next')}</Button>
                ) : (
                  <Button onClick={() => void finish()} loading={saving}>
                    {t('setup.finish')}
                  </Button>
                )}
              </Group>
            </>
          )}
        </Paper>
      </Stack>
    </Container>
  )
}
