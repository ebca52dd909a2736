/**
 * The customer of a trade record, picked from the customer archive and
 * found as its list finds it: name, 简称, USCC, phone, region or pinyin
 * (`bjkj` finds 北京智诚科技).
 */
import { useTranslation } from 'react-i18next'
import { RecordSelect } from './RecordSelect'

interface Props {
  label: string
  value: string
  onChange: (customerId: string) => void
  error?: string
  editable: boolean
}

export function CustomerSelect({ label, value, onChange, error, editable }: Props) {
  const { t } = useTranslation()
  return (
    <RecordSelect
      table="customers"
      label={label}
      withAsterisk={editable}
      value={value}
      onChange={(id) => onChange(id)}
      error={error}
      readOnly={!editable}
      nothingFoundMessage={t('archives.noMatch')}
    />
  )
}
