/**
 * An amount that may be negative, typed as yuan (a 回执's difference: the
 * customer's books − ours). The text is kept as typed; the value is fen
 * with its sign, 0 when empty and NaN when it does not read as an amount
 * (the form refuses that at the field). ScaledTextInput reads every minus
 * as a mistake, rightly, for prices and amounts.
 */
import { TextInput, type TextInputProps } from '@mantine/core'
import { useState } from 'react'
import { parseYuan } from '@shared/kernel/money'

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  onValue: (fen: number) => void
}

export function signedFen(text: string): number {
  const s = text.trim().replace(/^[－—]/, '-')
  if (s === '') return 0
  const negative = s.startsWith('-')
  const parsed = parseYuan(negative ? s.slice(1) : s)
  if (!parsed.ok) return Number.NaN
  return negative ? -parsed.fen : parsed.fen
}

export function SignedMoneyInput({ onValue, ...rest }: Props) {
  const [text, setText] = useState('')
  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="decimal"
      leftSection="¥"
      onChange={(e) => {
        setText(e.currentTarget.value)
        onValue(signedFen(e.currentTarget.value))
      }}
    />
  )
}
