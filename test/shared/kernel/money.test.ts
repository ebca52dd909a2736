import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatFen, parseYuan, yuanText } from '../../../shared/kernel/money'

const MAX = Number.MAX_SAFE_INTEGER

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [99999, '¥999.99'],
    [100000, '¥1,000.00'],
    [123456, '¥1,234.56'],
    [100000000, '¥1,000,000.00'],
    [MAX, '¥90,071,992,547,409.91'],
  ])('formats %i fen as %s when non-negative', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it.each([
    [-1, '-¥0.01'],
    [-123456, '-¥1,234.56'],
    [-MAX, '-¥90,071,992,547,409.91'],
  ])('puts the minus before the symbol when %i is negative', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it('writes zero without a sign when the input is -0', () => {
    expect(formatFen(-0)).toBe('¥0.00')
  })

  it.each([0.5, NaN, Infinity, -Infinity, MAX + 1])('throws a RangeError when fen is %s', (fen) => {
    expect(() => formatFen(fen)).toThrow(RangeError)
  })
})

describe('yuanText', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123456, '1234.56'],
    [-123456, '-1234.56'],
    [MAX, '90071992547409.91'],
  ])('writes %i fen as %s when given an integer', (fen, text) => {
    expect(yuanText(fen)).toBe(text)
  })

  it.each([1.5, NaN, -MAX - 2])('throws a RangeError when fen is %s', (fen) => {
    expect(() => yuanText(fen)).toThrow(RangeError)
  })

  it('parses back to the same fen when the value is any non-negative safe integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), (fen) => {
        expect(parseYuan(yuanText(fen))).toEqual({ ok: true, fen })
      }),
    )
  })
})

describe('parseYuan', () => {
  it.each([
    ['0', 0],
    ['1234.5', 123450],
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['1,234,567', 123456700],
    ['￥1234', 123400],
    ['¥1234', 123400],
    ['¥ 12', 1200],
    ['  12.30  ', 1230],
    ['\u300012\u3000', 1200],
    ['１２３４．５６', 123456],
    ['１，２３４．５', 123450],
    ['￥ １２', 1200],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    ['0.01', 1],
    ['1.500', 150],
    ['1.0000', 100],
    ['.00', 0],
    ['90071992547409.91', MAX],
  ])('reads %j as %i fen when well formed', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen })
  })

  it.each(['', '   ', '\u3000', '\t\n'])('reports empty when the text %j is blank', (text) => {
    expect(parseYuan(text)).toEqual({ ok: false, error: 'empty' })
  })

  it.each([
    'abc',
    '¥',
    '.',
    '-',
    '1.2.3',
    '1,23',
    '12,34.5',
    '1234,567',
    ',123',
    '1,,234',
    '1 234',
    '+12',
    '12元',
    '1e3',
    '0x10',
    '¥¥12',
    '12¥',
    'Infinity',
    'NaN',
    '١٢',
  ])('reports invalid when the text is %j', (text) => {
    expect(parseYuan(text)).toEqual({ ok: false, error: 'invalid' })
  })

  it.each(['1.234', '0.001', '1.2301', '１．２３４'])(
    'reports tooManyDecimals when %j needs rounding',
    (text) => {
      expect(parseYuan(text)).toEqual({ ok: false, error: 'tooManyDecimals' })
    },
  )

  it.each(['-1', '-0', '- 1', '-¥12', '¥-12', '¥ - 12', '－１２', '−12', '-1.234'])(
    'reports negative when %j has a minus sign',
    (text) => {
      expect(parseYuan(text)).toEqual({ ok: false, error: 'negative' })
    },
  )

  it.each(['90071992547409.92', '90071992547410', '99999999999999999999999', '1'.padEnd(40, '0')])(
    'reports tooLarge when %j exceeds the largest safe fen',
    (text) => {
      expect(parseYuan(text)).toEqual({ ok: false, error: 'tooLarge' })
    },
  )

  it('reads the same value when the amount is grouped with commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), (fen) => {
        const [yuan, frac] = yuanText(fen).split('.')
        const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
        expect(parseYuan(`¥${grouped}.${frac}`)).toEqual({ ok: true, fen })
        expect(parseYuan(formatFen(fen))).toEqual({ ok: true, fen })
      }),
    )
  })

  it('never throws and returns integer fen when given arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const result = parseYuan(text)
        if (result.ok) expect(Number.isSafeInteger(result.fen) && result.fen >= 0).toBe(true)
      }),
    )
  })
})
