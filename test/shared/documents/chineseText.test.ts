import { describe, expect, it } from 'vitest'
import {
  clauseText,
  fullWidthPunctuation,
  joinClauses,
  sentence,
} from '../../../shared/documents/chineseText'

describe('sentence', () => {
  it('adds exactly one 。 when the typed text already ends with one or more', () => {
    expect(sentence('客户追加1套。')).toBe('客户追加1套。')
    expect(sentence('客户追加1套。。')).toBe('客户追加1套。')
    expect(sentence('  客户追加1套  ')).toBe('客户追加1套。')
  })

  it('drops a trailing ；，、： or their half-width forms before the 。', () => {
    expect(sentence('质保一年；')).toBe('质保一年。')
    expect(sentence('质保一年;')).toBe('质保一年。')
    expect(sentence('质保一年，')).toBe('质保一年。')
    expect(sentence('质保一年,')).toBe('质保一年。')
    expect(sentence('质保一年.')).toBe('质保一年。')
    expect(sentence('质保一年。；,')).toBe('质保一年。')
  })

  it('keeps a question or exclamation, and a 。 inside closing quotes', () => {
    expect(sentence('是否含运费？')).toBe('是否含运费？')
    expect(sentence('是否含运费?')).toBe('是否含运费？')
    expect(sentence('客户回复“同意。”')).toBe('客户回复“同意。”')
  })

  it('gives nothing for nothing, so the caller’s default applies', () => {
    expect(sentence('')).toBe('')
    expect(sentence(' 。 ')).toBe('')
  })
})

describe('clauseText', () => {
  it('leaves no end punctuation, for text that stands inside a template sentence', () => {
    expect(clauseText('客户追加1套。')).toBe('客户追加1套')
    expect(clauseText('合同签订后7日内；')).toBe('合同签订后7日内')
    expect(`因${clauseText('客户追加1套。。')}，双方经友好协商`).toBe('因客户追加1套，双方经友好协商')
  })
})

describe('joinClauses', () => {
  it('joins parts with one ， each and ends with one 。', () => {
    expect(joinClauses(['质保期两年。', '免费更换；', '', '上门服务'])).toBe(
      '质保期两年，免费更换，上门服务。',
    )
    expect(joinClauses(['甲', '乙'], '；')).toBe('甲；乙。')
    expect(joinClauses(['', ' '])).toBe('')
  })
})

describe('fullWidthPunctuation', () => {
  it('makes half-width , ; : ! ? next to Chinese full-width', () => {
    expect(fullWidthPunctuation('质保期:24个月;免费更换,上门服务')).toBe('质保期：24个月；免费更换，上门服务')
    expect(fullWidthPunctuation('质保一年, 免费维修')).toBe('质保一年，免费维修')
    expect(fullWidthPunctuation('电话:010-62345678')).toBe('电话：010-62345678')
  })

  it('leaves figures and Latin text alone', () => {
    expect(fullWidthPunctuation('单价1,200.00元')).toBe('单价1,200.00元')
    expect(fullWidthPunctuation('10:30前到货')).toBe('10:30前到货')
    expect(fullWidthPunctuation('DTZY341-Z 0.5S, LZZBJ9-10')).toBe('DTZY341-Z 0.5S, LZZBJ9-10')
  })
})
