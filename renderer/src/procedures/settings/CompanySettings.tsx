/** The company profile after setup; editable by administrators only. */
import { Alert, Button, Group, Stack } from '@mantine/core'
import { schemaResolver, useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { type CompanyInput, companySchema, emptyCompany } from '@shared/company/companySchema'
import type { CompanyProfile } from '@shared/types/records'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { updateCompany } from '../../data/repositories/companyRepo'
import { useActor, useWriteContext } from '../../stores/session'
import { CompanyFields } from '../setup/CompanyFields'

function pick(c: CompanyProfile): CompanyInput {
  const out = { ...emptyCompany }
  for (const k of Object.keys(emptyCompany) as (keyof CompanyInput)[]) out[k] = c[k]
  return out
}

export function CompanySettings({ company }: { company: CompanyProfile }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const editable = can(actor, 'company.edit')
  const form = useForm<CompanyInput>({
    initialValues: pick(company),
    validate: schemaResolver(companySchema, { sync: true }),
  })
  useEffect(() => {
    if (!form.isDirty()) form.setValues(pick(company))
    // Only when the stored record changes (e.g. after sync).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [company.updatedAt])

  const save = form.onSubmit(async (values) => {
    try {
      await updateCompany(appDb(), companySchema.parse(values), write())
      form.resetDirty()
      notifications.show({ color: 'green', message: t('common.saved') })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  })

  return (
    <form onSubmit={save}>
      <Stack>
        {!editable && <Alert color="gray">{t('settings.readOnly')}</Alert>}
        <CompanyFields form={form} readOnly={!editable} />
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  )
}
