import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Hlc } from '../../../shared/kernel/hlc'
import {
  compareHlc,
  decodeHlc,
  encodeHlc,
  hlcPhysicalMs,
  receiveHlc,
  tickHlc,
} from '../../../shared/kernel/hlc'

const MAX_C = 0xffffffff
const MAX_L = 999_999_999_999_999
const T = 1_767_225_600_000 // 2026-01-01T00:00:00Z

const node = fc.string({ minLength: 1, maxLength: 12 })
const hlc: fc.Arbitrary<Hlc> = fc.record({
  l: fc.oneof(fc.integer({ min: 0, max: MAX_L - 1 }), fc.integer({ min: T - 5, max: T + 5 })),
  c: fc.oneof(fc.integer({ min: 0, max: MAX_C }), fc.integer({ min: 0, max: 3 }), fc.constant(MAX_C)),
  node,
})

/** Reference total order on tuples (l, c, node), node by UTF-16 code units. */
function tupleCompare(a: Hlc, b: Hlc): number {
  if (a.l !== b.l) return a.l < b.l ? -1 : 1
  if (a.c !== b.c) return a.c < b.c ? -1 : 1
  if (a.node !== b.node) return a.node < b.node ? -1 : 1
  return 0
}
/** Strictly later in (l, c), the part of the order a device controls. */
function later(a: Hlc, b: Hlc): boolean {
  return a.l > b.l || (a.l === b.l && a.c > b.c)
}

describe('encodeHlc', () => {
  it('writes fixed-width l and lowercase hex c when given a timestamp', () => {
    expect(encodeHlc({ l: T, c: 42, node: 'pc-01' })).toBe('001767225600000-0000002a-pc-01')
    expect(encodeHlc({ l: 0, c: 0, node: 'a' })).toBe('000000000000000-00000000-a')
    expect(encodeHlc({ l: MAX_L, c: MAX_C, node: 'z' })).toBe('999999999999999-ffffffff-z')
  })

  it.each([
    { l: -1, c: 0, node: 'a' },
    { l: 1.5, c: 0, node: 'a' },
    { l: MAX_L + 1, c: 0, node: 'a' },
    { l: NaN, c: 0, node: 'a' },
    { l: 0, c: -1, node: 'a' },
    { l: 0, c: MAX_C + 1, node: 'a' },
    { l: 0, c: 0.5, node: 'a' },
    { l: 0, c: 0, node: '' },
  ])('throws a RangeError when given %j', (h) => {
    expect(() => encodeHlc(h)).toThrow(RangeError)
  })

  it('orders encodings as the tuples (l, c, node) when given any two timestamps', () => {
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        expect(compareHlc(encodeHlc(a), encodeHlc(b))).toBe(tupleCompare(a, b))
      }),
      { numRuns: 5000 },
    )
  })

  it('sorts a list like the tuples when given many timestamps', () => {
    fc.assert(
      fc.property(fc.array(hlc, { maxLength: 50 }), (list) => {
        const byString = list.map(encodeHlc).sort()
        const byTuple = [...list].sort(tupleCompare).map(encodeHlc)
        expect(byString).toEqual(byTuple)
      }),
    )
  })
})

describe('decodeHlc', () => {
  it('round-trips when given any valid timestamp', () => {
    fc.assert(
      fc.property(hlc, (h) => {
        expect(decodeHlc(encodeHlc(h))).toEqual(h)
      }),
      { numRuns: 5000 },
    )
  })

  it('keeps dashes and other characters in the node when the node contains them', () => {
    expect(decodeHlc('001767225600000-0000002a-pc-01-东')).toEqual({ l: T, c: 42, node: 'pc-01-东' })
  })

  it.each([
    '',
    '001767225600000-0000002a-',
    '001767225600000-0000002a',
    '1767225600000-0000002a-pc',
    '0001767225600000-0000002a-pc',
    '001767225600000-0000002A-pc',
    '001767225600000-2a-pc',
    '001767225600000_0000002a_pc',
    '00176722560000x-0000002a-pc',
    '001767225600000-0000002g-pc',
  ])('throws a RangeError when the text is %j', (s) => {
    expect(() => decodeHlc(s)).toThrow(RangeError)
  })
})

describe('tickHlc', () => {
  it('starts at now with counter 0 when there is no previous timestamp', () => {
    expect(tickHlc(null, T, 'a')).toEqual({ l: T, c: 0, node: 'a' })
  })

  it('resets the counter when the clock moved forward', () => {
    expect(tickHlc({ l: T, c: 7, node: 'a' }, T + 1, 'a')).toEqual({ l: T + 1, c: 0, node: 'a' })
  })

  it('bumps the counter when the clock has not moved', () => {
    expect(tickHlc({ l: T, c: 7, node: 'a' }, T, 'a')).toEqual({ l: T, c: 8, node: 'a' })
  })

  it('keeps the last l and bumps the counter when the clock stepped back', () => {
    expect(tickHlc({ l: T, c: 7, node: 'b' }, T - 60_000, 'a')).toEqual({ l: T, c: 8, node: 'a' })
  })

  it('advances l by 1 ms and resets the counter when the counter would overflow', () => {
    expect(tickHlc({ l: T, c: MAX_C, node: 'a' }, T, 'a')).toEqual({ l: T + 1, c: 0, node: 'a' })
    expect(tickHlc({ l: T, c: MAX_C, node: 'a' }, T - 5, 'a')).toEqual({ l: T + 1, c: 0, node: 'a' })
    expect(tickHlc({ l: T, c: MAX_C - 1, node: 'a' }, T, 'a')).toEqual({ l: T, c: MAX_C, node: 'a' })
  })

  it.each([NaN, -1, 1.5, Infinity, MAX_L + 1])('throws a RangeError when now is %s', (now) => {
    expect(() => tickHlc(null, now, 'a')).toThrow(RangeError)
  })

  it('throws a RangeError when the node is empty or the last timestamp is malformed', () => {
    expect(() => tickHlc(null, T, '')).toThrow(RangeError)
    expect(() => tickHlc({ l: T, c: -1, node: 'a' }, T, 'a')).toThrow(RangeError)
  })

  it('increases strictly across 10k ticks when the clock jumps around', () => {
    const step = fc.oneof(
      fc.integer({ min: -5000, max: 5000 }),
      fc.constant(0),
      fc.integer({ min: -86_400_000, max: -1 }),
    )
    fc.assert(
      fc.property(fc.array(step, { minLength: 10_000, maxLength: 10_000 }), (steps) => {
        let now = T
        let last = tickHlc(null, now, 'a')
        let lastText = encodeHlc(last)
        for (const delta of steps) {
          now = Math.max(0, now + delta)
          const next = tickHlc(last, now, 'a')
          const nextText = encodeHlc(next)
          if (!later(next, last) || compareHlc(nextText, lastText) !== 1) return false
          last = next
          lastText = nextText
        }
        return true
      }),
      { numRuns: 20 },
    )
  })

  it('increases strictly and never throws when the counter starts anywhere', () => {
    fc.assert(
      fc.property(hlc, fc.integer({ min: 0, max: MAX_L - 1 }), node, (last, now, me) => {
        expect(later(tickHlc(last, now, me), last)).toBe(true)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('receiveHlc', () => {
  const local = { l: T, c: 5, node: 'a' }

  it('uses now with counter 0 when the wall clock is ahead of both', () => {
    expect(receiveHlc(local, { l: T - 10, c: 9, node: 'b' }, T + 100, 'a')).toEqual({
      l: T + 100,
      c: 0,
      node: 'a',
    })
  })

  it('takes the larger counter plus one when both timestamps share the max l', () => {
    expect(receiveHlc(local, { l: T, c: 9, node: 'b' }, T - 1, 'a')).toEqual({ l: T, c: 10, node: 'a' })
    expect(receiveHlc({ l: T, c: 12, node: 'a' }, { l: T, c: 9, node: 'b' }, T, 'a')).toEqual({
      l: T,
      c: 13,
      node: 'a',
    })
  })

  it('bumps the local counter when the local l is the max', () => {
    expect(receiveHlc(local, { l: T - 1, c: 99, node: 'b' }, T - 5, 'a')).toEqual({ l: T, c: 6, node: 'a' })
  })

  it('bumps the remote counter when the remote l is the max', () => {
    expect(receiveHlc(local, { l: T + 50, c: 3, node: 'b' }, T + 10, 'a')).toEqual({
      l: T + 50,
      c: 4,
      node: 'a',
    })
  })

  it('follows the remote when there is no local timestamp', () => {
    expect(receiveHlc(null, { l: T, c: 3, node: 'b' }, T - 1, 'a')).toEqual({ l: T, c: 4, node: 'a' })
    expect(receiveHlc(null, { l: T, c: 3, node: 'b' }, T, 'a')).toEqual({ l: T, c: 4, node: 'a' })
    expect(receiveHlc(null, { l: T, c: 3, node: 'b' }, T + 1, 'a')).toEqual({ l: T + 1, c: 0, node: 'a' })
  })

  it('advances l by 1 ms when the counter would overflow', () => {
    expect(receiveHlc(local, { l: T, c: MAX_C, node: 'b' }, T, 'a')).toEqual({ l: T + 1, c: 0, node: 'a' })
    expect(receiveHlc(null, { l: T, c: MAX_C, node: 'b' }, T, 'a')).toEqual({ l: T + 1, c: 0, node: 'a' })
  })

  it('throws a RangeError when the remote is malformed', () => {
    expect(() => receiveHlc(local, { l: -1, c: 0, node: 'b' }, T, 'a')).toThrow(RangeError)
    expect(() => receiveHlc(local, { l: T, c: 0, node: '' }, T, 'a')).toThrow(RangeError)
  })

  it('dominates both the local and the remote timestamp when given any inputs', () => {
    fc.assert(
      fc.property(
        fc.option(hlc),
        hlc,
        fc.integer({ min: 0, max: MAX_L - 1 }),
        node,
        (last, remote, now, me) => {
          const next = receiveHlc(last, remote, now, me)
          expect(later(next, remote)).toBe(true)
          if (last !== null) expect(later(next, last)).toBe(true)
          expect(next.l).toBeGreaterThanOrEqual(now)
          expect(next.node).toBe(me)
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('compareHlc', () => {
  it('returns -1, 0 or 1 when comparing encoded strings', () => {
    const a = encodeHlc({ l: T, c: 1, node: 'a' })
    const b = encodeHlc({ l: T, c: 1, node: 'b' })
    expect(compareHlc(a, b)).toBe(-1)
    expect(compareHlc(b, a)).toBe(1)
    expect(compareHlc(a, a)).toBe(0)
  })
})

describe('hlcPhysicalMs', () => {
  it('returns l when given an encoded timestamp', () => {
    expect(hlcPhysicalMs(encodeHlc({ l: T, c: 9, node: 'a' }))).toBe(T)
  })

  it('throws a RangeError when the text is malformed', () => {
    expect(() => hlcPhysicalMs('nope')).toThrow(RangeError)
  })
})
