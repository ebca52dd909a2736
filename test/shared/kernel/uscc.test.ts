import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkUscc, isValidUscc, usccCheckChar, USCC_CATEGORIES } from '../../../shared/kernel/uscc'

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const first17 = fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 17, maxLength: 17 })
const DIGITS = '0123456789'
const PROVINCES = [
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
]
  .concat(['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'])
  .concat(['71', '81', '82'])
/** The first 17 characters of a code whose authority, category and division follow the standard. */
const wellFormed17 = fc
  .tuple(
    fc.constantFrom(...Object.entries(USCC_CATEGORIES)),
    fc.nat(),
    fc.constantFrom(...PROVINCES),
    fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 4, maxLength: 4 }),
    fc.string({ unit: fc.constantFrom(...CHARSET), minLength: 9, maxLength: 9 }),
  )
  .map(([[authority, categories], k, province, rest, org]) => {
    return `${authority}${categories[k % categories.length]}${province}${rest}${org}`
  })
/** The 17 characters with their correct check character, so only the structure can be wrong. */
function withCheck(first17: string): string {
  return first17 + usccCheckChar(first17)
}

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

  it('accepts any well-formed 17 characters followed by their computed check character', () => {
    fc.assert(
      fc.property(wellFormed17, (body) => {
        expect(isValidUscc(body + usccCheckChar(body))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('rejects every single-character substitution of a valid code', () => {
    fc.assert(
      fc.property(
        wellFormed17,
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

describe('checkUscc', () => {
  it.each([
    ['91350100M000100Y43', '企业, 福州'],
    ['92440300MA5F0K7L0', '个体工商户, 深圳'],
    ['93330106MA2H4K7L3', '农民专业合作社, 杭州'],
    ['12100000400012345', '事业单位, 国家级 (100000)'],
    ['51100000500012345', '社会团体, 民政部 (100000)'],
    ['53310000MJ0012345', '基金会, 上海'],
    ['31110000E00012345', '律师执业机构, 北京'],
    ['A1110000MB0012345', '军队事业单位'],
    ['N2330106MF0012345', '村级集体经济组织'],
    ['Y1650100MA0012345', '其他, 乌鲁木齐'],
    ['91810000MA0012345', '香港 (GB/T 2260: 81)'],
  ])('accepts %s (%s)', (code) => {
    const full = code.length === 18 ? code : withCheck(code)
    expect(checkUscc(full)).toEqual({ ok: true })
  })

  it.each(['', '9', '91350100M000100Y4', '91350100M000100Y430', ' 91350100M000100Y43'])(
    'refuses %j for its length when it is not 18 characters',
    (code) => {
      expect(checkUscc(code)).toEqual({ ok: false, reason: 'length' })
    },
  )

  it.each([
    ['91350100M000100YI3', 'the forbidden letter I'],
    ['91350100O000100Y43', 'the forbidden letter O'],
    ['91350100m000100Y43', 'a lowercase letter'],
    ['91350100M000100Y4-', 'a hyphen'],
    ['９1350100M000100Y43', 'a full-width digit'],
  ])('refuses %s for its charset when it holds %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: false, reason: 'charset' })
  })

  it.each(['B', 'C', 'G', 'M', 'X', '0'])(
    'refuses a code whose first character %s names no registration authority',
    (authority) => {
      expect(checkUscc(withCheck(`${authority}1350100M000100Y4`))).toEqual({ ok: false, reason: 'authority' })
    },
  )

  it.each([
    ['94', '工商 has no category 4'],
    ['99', '工商 has no "other" category'],
    ['90', 'no authority uses category 0'],
    ['14', '机构编制 has categories 1, 2, 3, 9'],
    ['54', '民政 has categories 1, 2, 3, 9'],
    ['22', '外交 has categories 1, 9'],
    ['36', '司法行政 has categories 1–5, 9'],
    ['Y2', '其他 always uses 1'],
    ['Y9', '其他 always uses 1'],
    ['N4', '农业 has categories 1, 2, 3, 9'],
    ['9A', 'a category is a digit'],
  ])('refuses a code starting %s for its category (%s)', (start) => {
    expect(checkUscc(withCheck(`${start}350100M000100Y4`))).toEqual({ ok: false, reason: 'category' })
  })

  it.each([
    ['000000', 'no province 00'],
    ['160100', 'no province 16'],
    ['200100', 'no province 20'],
    ['380100', 'no province 38'],
    ['660100', 'no province 66'],
    ['900000', 'no province 90'],
    ['35A100', 'a letter in the division'],
    ['3501L0', 'a letter at its end'],
  ])('refuses division %s (%s)', (division) => {
    expect(checkUscc(withCheck(`91${division}M000100Y4`))).toEqual({ ok: false, reason: 'division' })
  })

  it('refuses a well-formed code for its check character when that is wrong', () => {
    expect(checkUscc('91350100M000100Y44')).toEqual({ ok: false, reason: 'checkChar' })
  })

  it('names the first rule broken when several are', () => {
    expect(checkUscc('B4000000M000100Y44')).toEqual({ ok: false, reason: 'authority' })
    expect(checkUscc('94000000M000100Y44')).toEqual({ ok: false, reason: 'category' })
    expect(checkUscc('91000000M000100Y44')).toEqual({ ok: false, reason: 'division' })
  })
})
