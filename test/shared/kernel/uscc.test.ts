import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isValidUscc, usccCheckChar } from '../../../shared/kernel/uscc'

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const first17 = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 17, maxLength: 17 })

describe('usccCheckChar', () => {
  it.each([
    ['91350100M000100Y4', '3'],
    ['91440300708461136', 'T'],
    ['91110000100010433', 'L'],
  ])('computes the check character of %s as %s', (body, check) => {
    expect(usccCheckChar(body)).toBe(check)
  })

  it('maps a weighted sum divisible by 31 to 0', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0')
  })

  it.each([
    '',
    '91350100M000100Y',
    '91350100M000100Y43',
    '91350100m000100Y4',
    '91350100I000100Y4',
    '9135010 M000100Y4',
  ])('returns null when the input %j is not 17 charset characters', (body) => {
    expect(usccCheckChar(body)).toBeNull()
  })

  it('always returns a charset character when the input is 17 charset characters', () => {
    fc.assert(
      fc.property(first17, (body) => {
        expect(CHARSET).toContain(usccCheckChar(body))
      }),
    )
  })
})

describe('isValidUscc', () => {
  it.each(['91350100M000100Y43', '91440300708461136T', '91110000100010433L'])(
    'accepts %s when its check character matches',
    (code) => {
      expect(isValidUscc(code)).toBe(true)
    },
  )

  it.each([
    ['91350100M000100Y44', 'wrong check character'],
    ['91350100M000100Y53', 'one body character changed'],
    ['81350100M000100Y43', 'first character changed'],
    ['19350100M000100Y43', 'two adjacent characters swapped'],
  ])('rejects %s when it has a %s', (code) => {
    expect(isValidUscc(code)).toBe(false)
  })

  it.each(['91350100m000100y43', '91440300708461136t', '91350100M000100Y4'.toLowerCase() + '3'])(
    'rejects %s when it is lowercase',
    (code) => {
      expect(isValidUscc(code)).toBe(false)
    },
  )

  it.each([
    '',
    '9',
    '91350100M000100Y4',
    '91350100M000100Y430',
    ' 91350100M000100Y43',
    '91350100M000100Y43 ',
  ])('rejects %j when its length is not 18', (code) => {
    expect(isValidUscc(code)).toBe(false)
  })

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects a code containing the forbidden letter %s', (letter) => {
    // Put the letter in the body and also try it as the check character.
    expect(isValidUscc(`91350100${letter}000100Y43`)).toBe(false)
    expect(isValidUscc(`91350100M000100Y4${letter}`)).toBe(false)
  })

  it('accepts any 17 charset characters followed by their computed check character', () => {
    fc.assert(
      fc.property(first17, (body) => {
        expect(isValidUscc(body + usccCheckChar(body))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('rejects every single-character substitution of a valid code', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 30 }),
        (body, at, shift) => {
          const code = body + usccCheckChar(body)
          const replaced = CHARSET[(CHARSET.indexOf(code[at]) + shift) % 31]
          const mutated = code.slice(0, at) + replaced + code.slice(at + 1)
          expect(isValidUscc(mutated)).toBe(false)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
