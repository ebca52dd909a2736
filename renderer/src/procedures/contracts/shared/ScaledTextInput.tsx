/**
 * A money (fen) or percentage (basis points) value typed as text: both hold
 * hundredths of what the clerk types, so one exact parser serves both
 * (parseYuan: "13" → 1300). Text that does not parse reports NaN, which the
 * form refuses at the field.
 */
import { TextInput, type TextInputProps } from '@mantine/core'
import { useState } from 'react'
import { parseYuan, yuanText } from '@shared/kernel/money'

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: number | null
  onValue: (next: number | null) => void
  scale: 'money' | 'percent'
  /** An empty box means null (not quoted) rather than 0. */
  nullable?: boolean
}

export function shownScaled(v: number | null, scale: 'money' | 'percent'): string {
  if (v === null || Number.isNaN(v)) return ''
  return scale === 'percent' ? yuanText(v).replace(/\.?0+$/, '') : yuanText(v)
}

export function ScaledTextInput({ value, onValue, scale, nullable, onBlur, ...rest }: Props) {
  const [text, setText] = useState(() => shownScaled(value, scale))
  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="decimal"
      leftSection={scale === 'money' ? '¥' : undefined}
      rightSection={scale === 'percent' ? '%' : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value
        setText(next)
        if (next.trim() === '') return onValue(nullable ? null : 0)
        const parsed = parseYuan(next)
        onValue(parsed.ok ? parsed.fen : parsed.error === 'negative' ? -1 : Number.NaN)
      }}
      onBlur={(e) => {
        if (value !== null && !Number.isNaN(value) && value >= 0) setText(shownScaled(value, scale))
        onBlur?.(e)
      }}
    />
  )
}
