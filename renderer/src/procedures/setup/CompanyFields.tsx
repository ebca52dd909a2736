/** The company profile fields, shared by the wizard and settings. */
import { SimpleGrid, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { CompanyInput } from '@shared/company/companySchema'
import { translatedInput } from '../../components/formErrors'

export function CompanyFields({
  form,
  readOnly = false,
}: {
  form: UseFormReturnType<CompanyInput>
  readOnly?: boolean
}) {
  const { t } = useTranslation()
  const field = (path: keyof CompanyInput) => ({
    ...translatedInput(form, t, path),
    readOnly,
    label: t(`company.${path}`),
  })
  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
      <TextInput {...field('name')} withAsterisk data-autofocus />
      <TextInput
        {...field('uscc')}
        withAsterisk
        description={t('company.usccHint')}
        onBlur={() => form.validateField('uscc')}
        onChange={(e) => form.setFieldValue('uscc', e.currentTarget.value.toUpperCase())}
      />
      <TextInput {...field('address')} />
      <TextInput {...field('phone')} />
      <TextInput {...field('bankName')} />
      <TextInput {...field('bankAccount')} />
      <TextInput {...field('taxNumber')} description={t('company.taxNumberHint')} />
      <TextInput {...field('sealText')} />
    </SimpleGrid>
  )
}
