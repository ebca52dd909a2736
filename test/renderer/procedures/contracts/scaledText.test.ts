import { describe, expect, it } from 'vitest'
import {
  scaledValue,
  shownScaled,
  textForValue,
} from '../../../../renderer/src/procedures/contracts/shared/scaledText'

describe('scaledValue', () => {
  it('reads yuan as fen and percent as basis points when the text parses', () => {
    expect(scaledValue('1150.5')).toBe(115_050)
    expect(scaledValue('13')).toBe(1300)
    expect(scaledValue('１２．５')).toBe(1250)
  })

  it('reads a blank box as 0, or null when the box is nullable', () => {
    expect(scaledValue('  ')).toBe(0)
    expect(scaledValue('', true)).toBeNull()
  })

  it('reports -1 for a negative number and NaN for text that is no number', () => {
    expect(scaledValue('-500')).toBe(-1)
    expect(scaledValue('12a')).toBeNaN()
  })
})

describe('shownScaled', () => {
  it('shows money with two decimals and a rate without trailing zeros', () => {
    expect(shownScaled(120_000, 'money')).toBe('1200.00')
    expect(shownScaled(600, 'percent')).toBe('6')
    expect(shownScaled(250, 'percent')).toBe('2.5')
  })

  it('shows nothing for null or NaN', () => {
    expect(shownScaled(null, 'money')).toBe('')
    expect(shownScaled(Number.NaN, 'percent')).toBe('')
  })
})

describe('textForValue', () => {
  it('keeps the clerk’s text when the new value is what that text says (their own typing)', () => {
    expect(textForValue('1150.', 115_000, 'money')).toBe('1150.')
    expect(textForValue('1150.5', 115_050, 'money')).toBe('1150.5')
    expect(textForValue('', 0, 'money')).toBe('')
    expect(textForValue('', null, 'money', true)).toBe('')
    expect(textForValue('12a', Number.NaN, 'money')).toBe('12a')
    expect(textForValue('-5', -1, 'money')).toBe('-5')
  })

  it('shows the new value formatted when it came from elsewhere (a product picked, a row removed above)', () => {
    expect(textForValue('0.00', 120_000, 'money')).toBe('1200.00')
    expect(textForValue('13', 600, 'percent')).toBe('6')
    expect(textForValue('1150.5', 4_320_000, 'money')).toBe('43200.00')
    expect(textForValue('12a', 0, 'money')).toBe('0.00')
  })
})
