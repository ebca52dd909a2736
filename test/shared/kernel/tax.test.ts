import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitTax, taxOnNet } from '../../../shared/kernel/tax'

const MAX = Number.MAX_SAFE_INTEGER
const amount = fc.oneof(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 0, max: 100_000_000 }))
const rate = fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.constantFrom(0, 100, 300, 600, 900, 1300, 10000))

/** True when q is round-half-up(num / den): q − ½ ≤ num/den < q + ½, checked without division. */
function isRoundHalfUp(q: bigint, num: bigint, den: bigint): boolean {
  return 2n * q * den - den <= 2n * num && 2n * num < 2n * q * den + den
}

describe('splitTax', () => {
  it.each([
    [11300, 1300, 10000, 1300],
    [10600, 600, 10000, 600],
    [10900, 900, 10000, 900],
    [10300, 300, 10000, 300],
    [100, 1300, 88, 12],
    [1, 1300, 1, 0],
    [0, 1300, 0, 0],
    [12345, 0, 12345, 0],
    [200, 10000, 100, 100],
  ])('splits %i fen at %i bp into %i net + %i tax when the rate is common', (gross, bp, net, tax) => {
    expect(splitTax(gross, bp)).toEqual({ netFen: net, taxFen: tax })
  })

  it.each([
    // 1 × 10000 / 20000 = 0.5 exactly.
    [1, 10000, 1, 0],
    // 3 × 10000 / 20000 = 1.5 exactly.
    [3, 10000, 2, 1],
    // 313 × 10000 / 10016 = 312.5 exactly.
    [313, 16, 313, 0],
    [939, 16, 938, 1],
    [MAX, 10000, 4503599627370496, 4503599627370495],
  ])('rounds the net up when %i fen at %i bp lands exactly on a half', (gross, bp, net, tax) => {
    expect(splitTax(gross, bp)).toEqual({ netFen: net, taxFen: tax })
  })

  it('stays exact when gross × 10000 passes 2^53', () => {
    // 9007199254740991 × 10000 / 11300 = 7970972791806186.7257…
    expect(splitTax(MAX, 1300)).toEqual({ netFen: 7970972791806187, taxFen: 1036226462934804 })
  })

  it.each([
    [-1, 1300],
    [1.5, 1300],
    [NaN, 1300],
    [Infinity, 1300],
    [MAX + 1, 1300],
    [100, -1],
    [100, 10001],
    [100, 13.5],
    [100, NaN],
  ])('throws a RangeError when gross is %s and rate is %s', (gross, bp) => {
    expect(() => splitTax(gross, bp)).toThrow(RangeError)
  })

  it('conserves the gross and rounds the net half up when inputs are any valid pair', () => {
    fc.assert(
      fc.property(amount, rate, (gross, bp) => {
        const { netFen, taxFen } = splitTax(gross, bp)
        expect(netFen + taxFen).toBe(gross)
        expect(Number.isSafeInteger(netFen) && Number.isSafeInteger(taxFen)).toBe(true)
        expect(taxFen).toBeGreaterThanOrEqual(0)
        expect(isRoundHalfUp(BigInt(netFen), BigInt(gross) * 10000n, 10000n + BigInt(bp))).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })

  it('rounds exact halves up when gross is built to land on one', () => {
    // gross = 313·(2k+1) at 16 bp gives net = 312.5·(2k+1), always a half.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (k) => {
        const gross = 313 * (2 * k + 1)
        expect(splitTax(gross, 16).netFen).toBe((625 * (2 * k + 1) + 1) / 2)
      }),
    )
  })
})

describe('taxOnNet', () => {
  it.each([
    [10000, 1300, 1300],
    [0, 1300, 0],
    [12345, 0, 0],
    [12345, 10000, 12345],
    [MAX, 10000, MAX],
    [49, 100, 0],
    [50, 100, 1],
    [150, 100, 2],
    [1, 5000, 1],
    [3, 5000, 2],
    [88, 1300, 11],
    [1, 1300, 0],
    [4, 1300, 1],
  ])('taxes %i fen at %i bp as %i fen', (net, bp, tax) => {
    expect(taxOnNet(net, bp)).toBe(tax)
  })

  it('stays exact when net × rate passes 2^53', () => {
    // 9007199254740991 × 1300 / 10000 = 1170935903116328.83
    expect(taxOnNet(MAX, 1300)).toBe(1170935903116329)
  })

  it.each([
    [-1, 1300],
    [0.5, 1300],
    [NaN, 1300],
    [MAX + 1, 1300],
    [100, -1],
    [100, 10001],
    [100, 0.5],
    [100, Infinity],
  ])('throws a RangeError when net is %s and rate is %s', (net, bp) => {
    expect(() => taxOnNet(net, bp)).toThrow(RangeError)
  })

  it('is the half-up rounding of net × rate / 10000 when inputs are any valid pair', () => {
    fc.assert(
      fc.property(amount, rate, (net, bp) => {
        const tax = taxOnNet(net, bp)
        expect(tax).toBeLessThanOrEqual(net)
        expect(isRoundHalfUp(BigInt(tax), BigInt(net) * BigInt(bp), 10000n)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })
})
