/** The customer of a trade record, picked from the customer archive by name. */
import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useRefOptions } from '../../archives/useRefOptions'

interface Props {
  label: string
  value: string
  onChange: (customerId: string) => void
  error?: string
  editable: boolean
}

export function CustomerSelect({ label, value, onChange, error, editable }: Props) {
  const { t } = useTranslation()
  const customers = useRefOptions('customers')
  return (
    <Select
      label={label}
      withAsterisk={editable}
      searchable
      data={customers}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      error={error}
      readOnly={!editable}
      nothingFoundMessage={t('archives.noMatch')}
    />
  )
}
