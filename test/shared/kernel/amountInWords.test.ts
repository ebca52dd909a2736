import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { amountInWords } from '../../../shared/kernel/money'

const MAX = Number.MAX_SAFE_INTEGER
const DIGITS = '零壹贰叁肆伍陆柒捌玖'

/**
 * Independent reader of the 大写 text, used to prove that every amount is
 * written so it reads back to the same number. Splits at 亿 then 万, so a
 * 万 inside the 亿 multiplier (壹万亿) is read correctly too.
 */
function readGroup(text: string): number {
  let total = 0
  let digit = 0
  for (const ch of text) {
    const d = DIGITS.indexOf(ch)
    if (d >= 0) digit = d
    else {
      total += digit * { 拾: 10, 佰: 100, 仟: 1000 }[ch as '拾' | '佰' | '仟']
      digit = 0
    }
  }
  return total + digit
}
function readBelowYi(text: string): number {
  const i = text.indexOf('万')
  return i < 0 ? readGroup(text) : readGroup(text.slice(0, i)) * 1e4 + readGroup(text.slice(i + 1))
}
function readWords(words: string): number {
  const body = words.replace(/整$/, '')
  const yuanAt = body.indexOf('元')
  const intText = yuanAt < 0 ? '' : body.slice(0, yuanAt)
  const fracText = yuanAt < 0 ? body : body.slice(yuanAt + 1)
  const yiAt = intText.indexOf('亿')
  const yuan =
    yiAt < 0
      ? readBelowYi(intText)
      : readBelowYi(intText.slice(0, yiAt)) * 1e8 + readBelowYi(intText.slice(yiAt + 1))
  const jiao = /([壹贰叁肆伍陆柒捌玖])角/.exec(fracText)
  const fen = /([壹贰叁肆伍陆柒捌玖])分/.exec(fracText)
  return yuan * 100 + (jiao ? DIGITS.indexOf(jiao[1]) * 10 : 0) + (fen ? DIGITS.indexOf(fen[1]) : 0)
}

describe('amountInWords', () => {
  it.each([
    [0, '零元整'],
    [1, '壹分'],
    [5, '伍分'],
    [9, '玖分'],
    [10, '壹角整'],
    [50, '伍角整'],
    [55, '伍角伍分'],
    [99, '玖角玖分'],
  ])('writes no leading 零元 when %i fen is under one yuan', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it.each([
    [100, '壹元整'],
    [101, '壹元零壹分'],
    [105, '壹元零伍分'],
    [110, '壹元壹角整'],
    [111, '壹元壹角壹分'],
    [150, '壹元伍角整'],
    [100005, '壹仟元零伍分'],
    [100010, '壹仟元零壹角整'],
    [100110, '壹仟零壹元壹角整'],
    [168032, '壹仟陆佰捌拾元零叁角贰分'],
    [200050, '贰仟元零伍角整'],
    [1001, '壹拾元零壹分'],
    [1010, '壹拾元零壹角整'],
    [1011, '壹拾元零壹角壹分'],
    [100000001, '壹佰万元零壹分'],
    [10000000001, '壹亿元零壹分'],
    [10000000010, '壹亿元零壹角整'],
  ])('handles 角 and 分 when %i fen has a fraction', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it.each([
    [1000, '壹拾元整'],
    [1500, '壹拾伍元整'],
    [2000, '贰拾元整'],
    [11100, '壹佰壹拾壹元整'],
    [20000, '贰佰元整'],
    [100000, '壹仟元整'],
    [100100, '壹仟零壹元整'],
    [101000, '壹仟零壹拾元整'],
    [110000, '壹仟壹佰元整'],
    [1000000, '壹万元整'],
    [1000100, '壹万零壹元整'],
    [1010000, '壹万零壹佰元整'],
    [1100000, '壹万壹仟元整'],
    [10000000, '壹拾万元整'],
    [50000000, '伍拾万元整'],
    [100000000, '壹佰万元整'],
    [100000100, '壹佰万零壹元整'],
    [1000000000, '壹仟万元整'],
    [1000000100, '壹仟万零壹元整'],
    [10000000000, '壹亿元整'],
    [100000000000, '壹拾亿元整'],
    [1000000000000, '壹佰亿元整'],
  ])('writes 壹拾 in full and no trailing 零 when %i fen is whole yuan', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it.each([
    [10010000, '壹拾万零壹佰元整'],
    [10700053, '壹拾万柒仟元零伍角叁分'],
    [10000100000, '壹亿零壹仟元整'],
    [12345678901, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分'],
    [1010101010, '壹仟零壹拾万壹仟零壹拾元零壹角整'],
    [1000100000000, '壹佰亿零壹佰万元整'],
    [1000000010000, '壹佰亿零壹佰元整'],
    [1000010000000, '壹佰亿零壹拾万元整'],
  ])('writes one 零 between groups only when a leading digit is zero for %i fen', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it.each([
    [100000000000000, '壹万亿元整'],
    [100000000000100, '壹万亿零壹元整'],
    [100010000000000, '壹万零壹亿元整'],
    [MAX, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ])('writes 万亿 when %i fen is at least 1e12 yuan', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it.each([-1, -100, 0.5, 100.1, NaN, Infinity, -Infinity, MAX + 1, 2 ** 60])(
    'throws a RangeError when fen is %s',
    (fen) => {
      expect(() => amountInWords(fen)).toThrow(RangeError)
    },
  )

  it('reads back to the same amount when fen is any safe integer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 0, max: 10 ** 9 })), (fen) => {
        expect(readWords(amountInWords(fen))).toBe(fen)
      }),
      { numRuns: 2000 },
    )
  })

  it('reads back to the same amount when the amount is mostly zeros', () => {
    const sparse = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 })), { maxLength: 4 })
      .map((digits) => digits.reduce((sum, [pos, d]) => sum + d * 10 ** pos, 0))
      .filter((n) => Number.isSafeInteger(n))
    fc.assert(
      fc.property(sparse, (fen) => {
        expect(readWords(amountInWords(fen))).toBe(fen)
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps the form rules when fen is any safe integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX }), (fen) => {
        const words = amountInWords(fen)
        expect(words).not.toMatch(/零零|圆|人民币|零[元万亿整]|^零|分整/)
        // 整 closes exactly the amounts with no 分.
        expect(words.endsWith('整')).toBe(fen % 10 === 0)
        // A 拾 is always preceded by its digit: 壹拾, never a bare 拾.
        expect(words).not.toMatch(/(^|[^壹贰叁肆伍陆柒捌玖])拾/)
        expect(words).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/)
        // 元零 exactly when there is a fraction and either 角 or the 元 digit is zero.
        const yuan = (fen - (fen % 100)) / 100
        const jiao = ((fen % 100) - (fen % 10)) / 10
        const needsZero = yuan > 0 && fen % 100 !== 0 && (jiao === 0 || yuan % 10 === 0)
        expect(words.includes('元零')).toBe(needsZero)
      }),
      { numRuns: 2000 },
    )
  })
})
