import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type RowClocks,
  clockHOf,
  clocksOf,
  decodeClocks,
  encodeClocks,
  setClocks,
} from '@shared/sync/rowClocks'

const H1 = '000001764144000000-00000000-01JBENCHSRC0000000000000AA'
const H2 = '000001764144000001-00000001-01JBENCHSRC0000000000000BB'

describe('stored row clocks', () => {
  it('round-trips clocks through their one-string form, keys sorted', () => {
    const clocks: RowClocks = { phone: { h: H2, named: [H1] }, address: { h: H1 } }
    const text = encodeClocks(clocks)
    expect(text).toBe(`address=${H1};phone=${H2},${H1}`)
    expect(decodeClocks(text as string)).toEqual(clocks)
  })

  it('stores the same clocks as the same string whatever order they were set in', () => {
    const hlc = fc.stringMatching(/^[0-9a-f]{6}-[0-9A-Z]{4}$/)
    const clock = fc.record({
      h: hlc,
      named: fc.option(fc.uniqueArray(hlc, { minLength: 1 }), { nil: undefined }),
    })
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-zA-Z]{1,8}$/), clock), (raw) => {
        const clocks: RowClocks = {}
        for (const [k, c] of Object.entries(raw))
          clocks[k] = c.named ? { h: c.h, named: [...c.named].sort() } : { h: c.h }
        const reversed = Object.fromEntries(Object.entries(clocks).reverse())
        expect(encodeClocks(reversed)).toBe(encodeClocks(clocks))
        expect(decodeClocks(encodeClocks(clocks) ?? '')).toEqual(clocks)
      }),
    )
  })

  it('keeps no field for no clocks, and refuses a key it could not read back', () => {
    const row: Record<string, unknown> = { _clk: `a=${H1}` }
    setClocks(row, {})
    expect(row).not.toHaveProperty('_clk')
    expect(() => encodeClocks({ 'a;b': { h: H1 } })).toThrow(RangeError)
  })

  it('reads the object form rows written by earlier versions hold', () => {
    const legacy = { createdHlc: H1, _clk: { phone: { h: H2, named: [H1] } } }
    expect(clocksOf(legacy)).toEqual({ phone: { h: H2, named: [H1] } })
    expect(clockHOf(legacy, 'phone')).toBe(H2)
    expect(clockHOf(legacy, 'address')).toBe(H1)
    const row: Record<string, unknown> = { ...legacy }
    setClocks(row, clocksOf(legacy))
    expect(row._clk).toBe(`phone=${H2},${H1}`)
    expect(clockHOf(row, 'phone')).toBe(H2)
  })
})
