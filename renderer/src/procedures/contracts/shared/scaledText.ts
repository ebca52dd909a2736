/**
 * What a money (fen) or percentage (basis points) box shows and reports.
 * Both hold hundredths of what the clerk types, so one exact parser serves
 * both (parseYuan: "13" → 1300).
 */
import { parseYuan, yuanText } from '@shared/kernel/money'

export type Scale = 'money' | 'percent'

/** The value formatted: "1200.00" for money, "13" or "2.5" for a rate. */
export function shownScaled(v: number | null, scale: Scale): string {
  if (v === null || Number.isNaN(v)) return ''
  return scale === 'percent' ? yuanText(v).replace(/\.?0+$/, '') : yuanText(v)
}

/**
 * The value a box's text stands for: empty is null (nullable) or 0; a
 * negative number -1; text that does not parse NaN, which the form refuses
 * at the field.
 */
export function scaledValue(text: string, nullable = false): number | null {
  if (text.trim() === '') return nullable ? null : 0
  const parsed = parseYuan(text)
  return parsed.ok ? parsed.fen : parsed.error === 'negative' ? -1 : Number.NaN
}

/**
 * The text a box shows once its value became `value`: the clerk's own text
 * while it stands for that value (their typing comes back as the value: it
 * is not reformatted under the cursor), else the new value formatted (it
 * came from elsewhere: a product picked, a row removed above).
 */
export function textForValue(text: string, value: number | null, scale: Scale, nullable = false): string {
  return Object.is(scaledValue(text, nullable), value) ? text : shownScaled(value, scale)
}
