import { describe, expect, it } from 'vitest'
import { buildSearchText, INITIALS_SEP } from '@shared/search/searchText'

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
