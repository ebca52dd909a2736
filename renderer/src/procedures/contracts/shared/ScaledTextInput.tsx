/**
 * A money (fen) or percentage (basis points) value typed as text. What the
 * box shows is always the value: the clerk's text while they type (kept as
 * typed), the value formatted when it changes from elsewhere (a product
 * picked fills in its price and tax rate) and when the box is left.
 */
import { TextInput, type TextInputProps } from '@mantine/core'
import { useState } from 'react'
import { type Scale, scaledValue, shownScaled, textForValue } from './scaledText'

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: number | null
  onValue: (next: number | null) => void
  scale: Scale
  /** An empty box means null (not quoted) rather than 0. */
  nullable?: boolean
}

export function ScaledTextInput({ value, onValue, scale, nullable, onBlur, ...rest }: Props) {
  const [text, setText] = useState(() => shownScaled(value, scale))
  // The value the text was last matched to; a new one is matched while rendering, not an effect later.
  const [matched, setMatched] = useState(value)
  let shown = text
  if (!Object.is(matched, value)) {
    shown = textForValue(text, value, scale, nullable)
    setMatched(value)
    if (shown !== text) setText(shown)
  }
  return (
    <TextInput
      {...rest}
      value={shown}
      inputMode="decimal"
      leftSection={scale === 'money' ? '¥' : undefined}
      rightSection={scale === 'percent' ? '%' : undefined}
      onChange={(e) => {
        const next = e.currentTarget.value
        setText(next)
        onValue(scaledValue(next, nullable))
      }}
      onBlur={(e) => {
        if (value !== null && !Number.isNaN(value) && value >= 0) setText(shownScaled(value, scale))
        onBlur?.(e)
      }}
    />
  )
}
