/** One archive field as the right Mantine input, bound to a Mantine form. */
import { Select, Switch, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import type { UseFormReturnType } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseYuan, yuanText } from '@shared/kernel/money'
import type { FieldSpec } from '@shared/masterData/fieldSpec'
import { optionSets } from '@shared/masterData/optionSets'
import { translatedInput } from '../../components/formErrors'
import { fieldLabel, optionLabel } from './labels'
import { useRefOptions } from './useRefOptions'

type Values = Record<string, unknown>

interface Props {
  form: UseFormReturnType<Values>
  table: string
  field: FieldSpec
}

export function FieldInput({ form, table, field }: Props) {
  const { t } = useTranslation()
  const label = fieldLabel(t, table, field.key)
  const bound = translatedInput(form, t, field.key)
  const common = { label, withAsterisk: field.required, 'data-field': field.key }
  switch (field.kind) {
    case 'textarea':
      return <Textarea {...common} {...bound} autosize minRows={2} maxRows={6} />
    case 'bool':
      return (
        <Switch
          label={label}
          mt="lg"
          data-field={field.key}
          {...form.getInputProps(field.key, { type: 'checkbox' })}
        />
      )
    case 'select': {
      const set = field.optionSet ?? 'grade'
      return (
        <Select
          {...common}
          {...bound}
          value={(bound.value as string) || null}
          onChange={(v) => form.setFieldValue(field.key, v ?? '')}
          clearable={!field.required}
          allowDeselect={!field.required}
          data={optionSets[set].map((v) => ({ value: v, label: optionLabel(t, set, v) }))}
        />
      )
    }
    case 'ref':
      return <RefInput form={form} field={field} label={label} />
    case 'date':
      return (
        <DateInput
          {...common}
          {...bound}
          value={(bound.value as string) || null}
          onChange={(v) => form.setFieldValue(field.key, v ?? '')}
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          clearable
        />
      )
    case 'money':
    case 'rate':
      return <ScaledInput form={form} field={field} label={label} />
    case 'uscc':
      return <TextInput {...common} {...bound} description={t('company.usccHint')} maxLength={18} />
    default:
      return <TextInput {...common} {...bound} />
  }
}

function RefInput({ form, field, label }: { form: Props['form']; field: FieldSpec; label: string }) {
  const { t } = useTranslation()
  const options = useRefOptions(field.refTable ?? '')
  const bound = translatedInput(form, t, field.key)
  return (
    <Select
      label={label}
      data-field={field.key}
      {...bound}
      value={(bound.value as string) || null}
      onChange={(v) => form.setFieldValue(field.key, v ?? '')}
      data={options}
      searchable
      clearable
      nothingFoundMessage={t('archives.nothingFound')}
    />
  )
}

/**
 * Amounts (fen) and rates (basis points) both hold hundredths of what the
 * clerk types (yuan, percent), so one exact parser serves both: "13" → 1300.
 * Text that does not parse leaves NaN in the form, which the schema refuses
 * at the field.
 */
function ScaledInput({ form, field, label }: { form: Props['form']; field: FieldSpec; label: string }) {
  const { t } = useTranslation()
  const value = form.getValues()[field.key]
  const shown = (v: unknown) => {
    if (typeof v !== 'number' || Number.isNaN(v)) return ''
    return field.kind === 'rate' ? yuanText(v).replace(/\.?0+$/, '') : yuanText(v)
  }
  const [text, setText] = useState(() => shown(value))
  const bound = translatedInput(form, t, field.key)
  return (
    <TextInput
      label={label}
      withAsterisk={field.required}
      data-field={field.key}
      error={bound.error}
      value={text}
      leftSection={field.kind === 'money' ? '¥' : undefined}
      rightSection={field.kind === 'rate' ? '%' : undefined}
      inputMode="decimal"
      onChange={(e) => {
        const next = e.currentTarget.value
        setText(next)
        const parsed = parseYuan(next)
        form.setFieldValue(field.key, next.trim() === '' ? 0 : parsed.ok ? parsed.fen : Number.NaN)
      }}
      onBlur={() => {
        const v = form.getValues()[field.key]
        if (typeof v === 'number' && !Number.isNaN(v)) setText(shown(v))
        form.validateField(field.key)
      }}
    />
  )
}
