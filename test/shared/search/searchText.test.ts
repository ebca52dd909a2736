import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSearchText, INITIALS_SEP, withPlainParts } from '@shared/search/searchText'

describe('buildSearchText', () => {
  it('stores each name as typed, its full pinyin and its initials, then codes as typed, all lower case', () => {
    const text = buildSearchText({
      named: ['北京智诚科技有限公司'],
      plain: ['91350100M000100Y43', '0571-1234'],
    })
    const [body, initials] = text.split(INITIALS_SEP)
    expect(body.split('\u0001')).toEqual([
      '北京智诚科技有限公司',
      'beijingzhichengkejiyouxiangongsi',
      'bjzckjyxgs',
      '91350100m000100y43',
      '0571-1234',
    ])
    expect(initials).toBe('bjzckjyxgs')
  })

  it('lists the initials of every named field after the initials separator when there are several', () => {
    const text = buildSearchText({ named: ['北京智诚科技有限公司', '智诚'], plain: [] })
    expect(text.split(INITIALS_SEP)[1].split('\u0001')).toEqual(['bjzckjyxgs', 'zc'])
  })

  it('skips blank values when a field is empty or only spaces', () => {
    const text = buildSearchText({ named: ['', '  ', '智诚'], plain: ['', '  '] })
    expect(text).toBe(`智诚\u0001zhicheng\u0001zc${INITIALS_SEP}zc`)
  })

  it('trims values when they carry spaces around them', () => {
    const text = buildSearchText({ named: [' 智诚 '], plain: [' ABC '] })
    expect(text).toBe(`智诚\u0001zhicheng\u0001zc\u0001abc${INITIALS_SEP}zc`)
  })
})

describe('withPlainParts', () => {
  // Names and values as clerks type them: Chinese, Latin, digits, spaces,
  // empty ones, and now and then the separators themselves.
  const piece = fc.constantFrom(
    '北京',
    '智诚',
    '科技',
    'ABB',
    ' ',
    '0571',
    '-',
    '重庆',
    '',
    '\u0001',
    '\u0002',
  )
  const text = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''))
  const source = fc.record({
    named: fc.array(text, { maxLength: 3 }),
    plain: fc.array(text, { maxLength: 4 }),
  })

  it('gives the text buildSearchText gives, when the names are the ones the previous text was built from', () => {
    fc.assert(
      fc.property(source, fc.array(text, { maxLength: 4 }), (before, plain) => {
        const previous = buildSearchText(before)
        const kept = withPlainParts(previous, { named: before.named, plain })
        const whole = buildSearchText({ named: before.named, plain })
        // Null only where it cannot tell (a separator inside a name); never a different text.
        if (kept !== null) expect(kept).toBe(whole)
        else expect(before.named.some((n) => n.includes('\u0001') || n.includes('\u0002'))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('refuses a previous text built from other names', () => {
    const previous = buildSearchText({ named: ['北京智诚'], plain: ['0571'] })
    expect(withPlainParts(previous, { named: ['上海远航'], plain: ['0571'] })).toBeNull()
    expect(withPlainParts(previous, { named: ['北京智诚', '智诚'], plain: [] })).toBeNull()
    expect(withPlainParts('no separators', { named: [], plain: [] })).toBeNull()
  })
})
