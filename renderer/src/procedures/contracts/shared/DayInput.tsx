/** A required day of a trade record, typed or picked, kept as 'YYYY-MM-DD' ('' when blank). */
import { DateInput, type DateInputProps } from '@mantine/dates'

interface Props extends Omit<DateInputProps, 'value' | 'onChange' | 'readOnly' | 'withAsterisk'> {
  value: string
  onChange: (day: string) => void
  editable: boolean
}

export function DayInput({ value, onChange, editable, ...rest }: Props) {
  return (
    <DateInput
      withAsterisk={editable}
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      readOnly={!editable}
      {...rest}
    />
  )
}
