import { describe, expect, it } from 'vitest'
import { pinyinKeys } from '@shared/search/pinyinKeys'

describe('pinyinKeys', () => {
  it('gives one initial per character and the full reading when a company name is all Han', () => {
    const keys = pinyinKeys('北京智诚科技有限公司')
    expect(keys.initials).toBe('bjzckjyxgs')
    expect(keys.full.startsWith('beijingzhicheng')).toBe(true)
    expect(keys.full).toBe('beijingzhichengkejiyouxiangongsi')
  })

  it.each([
    ['重庆', 'chongqing', 'cq'],
    ['银行', 'yinhang', 'yh'],
    ['重庆银行', 'chongqingyinhang', 'cqyh'],
    ['长沙', 'changsha', 'cs'],
  ])('reads the polyphone in %s as a word (%s) when it is segmented', (text, full, initials) => {
    expect(pinyinKeys(text)).toEqual({ full, initials })
  })

  it('keeps every character of a Latin run, lower-cased, when it is mixed with Han', () => {
    expect(pinyinKeys('ABB变频器')).toEqual({ full: 'abbbianpinqi', initials: 'abbbpq' })
  })

  it('keeps digits and punctuation of a model number when it is mixed with Han', () => {
    const keys = pinyinKeys('西门子S7-1200')
    expect(keys.initials).toBe('xmzs7-1200')
    expect(keys.full).toBe('ximenzis7-1200')
  })

  it('writes ü as v when a character reads with it', () => {
    expect(pinyinKeys('绿色')).toEqual({ full: 'lvse', initials: 'ls' })
  })

  it('lower-cases and drops spaces when the text has no Han at all', () => {
    expect(pinyinKeys('ABB China Ltd')).toEqual({ full: 'abbchinaltd', initials: 'abbchinaltd' })
    expect(pinyinKeys('0571-88886666')).toEqual({ full: '0571-88886666', initials: '0571-88886666' })
  })

  it('returns empty keys when the text is empty', () => {
    expect(pinyinKeys('')).toEqual({ full: '', initials: '' })
  })

  it('never puts a tone mark or an upper-case letter in its keys', () => {
    for (const text of ['北京智诚科技有限公司', '重庆ABB银行', '女', '绿色Ünïcode']) {
      const { full, initials } = pinyinKeys(text)
      expect(full).toBe(full.toLowerCase())
      expect(initials).toBe(initials.toLowerCase())
      expect(full).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/)
    }
  })

  it('reads 分行 and 支行 in bank names as hang, not xing', () => {
    expect(pinyinKeys('中国银行重庆分行').initials).toBe('zgyhcqfh')
    expect(pinyinKeys('工商银行文三路支行').full).toBe('gongshangyinhangwensanluzhihang')
  })

  it('reads 〇 as a Chinese numeral and keeps Latin runs between Chinese ones whole', () => {
    expect(pinyinKeys('〇一二')).toEqual({ full: 'lingyier', initials: 'lye' })
    expect(pinyinKeys('中国ABB 重庆')).toEqual({ full: 'zhongguoabbchongqing', initials: 'zgabbcq' })
  })
})
