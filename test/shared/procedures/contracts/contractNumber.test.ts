import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatContractNumber,
  numberPeriod,
  patternProblem,
  RANGE,
} from '@shared/procedures/contracts/numbering'

const base = { date: '2026-11-26', pcIndex: 0, pcPrefix: 'A', usedThisMonth: 0 }

describe('contract numbers', () => {
  it('fill the default pattern HT-{yyyy}{MM}-{seq:4}', () => {
    expect(formatContractNumber('HT-{yyyy}{MM}-{seq:4}', base)).toBe('HT-202611-0001')
    expect(formatContractNumber('HT-{yyyy}{MM}-{seq:4}', { ...base, usedThisMonth: 41 })).toBe(
      'HT-202611-0042',
    )
    expect(formatContractNumber('{pc}{yy}{MM}{dd}-{seq:3}', { ...base, pcPrefix: 'B' })).toBe('B261126-001')
  })

  it('give each PC its own block of the month, so two PCs never print the same number', () => {
    expect(formatContractNumber('HT-{yyyy}{MM}-{seq:4}', { ...base, pcIndex: 1 })).toBe('HT-202611-1001')
    const pc = fc.integer({ min: 0, max: 8 })
    const used = fc.integer({ min: 0, max: RANGE - 1 })
    fc.assert(
      fc.property(pc, used, pc, used, (a, ua, b, ub) => {
        fc.pre(a !== b)
        const one = formatContractNumber('HT-{yyyy}{MM}-{seq:4}', { ...base, pcIndex: a, usedThisMonth: ua })
        const two = formatContractNumber('HT-{yyyy}{MM}-{seq:4}', { ...base, pcIndex: b, usedThisMonth: ub })
        expect(one).not.toBe(two)
      }),
    )
  })

  it('restart the sequence each month and refuse a PC whose block is used up', () => {
    expect(numberPeriod('2026-12-01')).toBe('2026-12')
    expect(() => formatContractNumber('HT-{seq:4}', { ...base, usedThisMonth: RANGE })).toThrow(RangeError)
  })

  it('name what is wrong with a pattern', () => {
    expect(patternProblem('HT-{yyyy}{MM}-{seq:4}')).toBeNull()
    expect(patternProblem('HT-{yyyy}')).toBe('noSeq')
    expect(patternProblem('HT-{year}-{seq}')).toBe('unknownToken')
    expect(patternProblem('HT-{seq:4')).toBe('unknownToken')
    expect(patternProblem(`${'X'.repeat(40)}{seq}`)).toBe('tooLong')
  })
})
