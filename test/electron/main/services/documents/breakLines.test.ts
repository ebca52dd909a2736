import { describe, expect, it } from 'vitest'
import {
  NO_LINE_END,
  NO_LINE_START,
  breakLines,
  breakUnits,
} from '../../../../../electron/main/services/documents/breakLines'

// Every character one unit wide, Latin half: easy to reason about.
const measure = (text: string) =>
  Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x2000 ? 0.5 : 1), 0)
const texts = (text: string, width: number, indent = 0) =>
  breakLines(text, width, measure, indent).map((l) => l.text)

describe('breakLines', () => {
  it('keeps Latin words, numbers and codes whole', () => {
    expect(breakUnits('型号GCS-4000A，金额1,280.00元')).toEqual([
      '型',
      '号',
      'GCS-4000A',
      '，',
      '金',
      '额',
      '1,280.00',
      '元',
    ])
  })

  it('never starts a line with closing punctuation', () => {
    // Five per line would put ， at the start of line two.
    const lines = texts('甲乙双方本，着平等自愿。', 5)
    expect(lines).toEqual(['甲乙双方', '本，着平等', '自愿。'])
    for (const line of lines) expect(NO_LINE_START.has(line[0])).toBe(false)
  })

  it('never ends a line with opening punctuation', () => {
    const lines = texts('依据合同法（第一版）执行', 4)
    for (const line of lines) expect(NO_LINE_END.has(line[line.length - 1])).toBe(false)
    expect(lines.join('')).toBe('依据合同法（第一版）执行')
  })

  it('moves a whole Latin word down rather than splitting it', () => {
    expect(texts('规格型号 ABCDEFGH 台', 7)).toEqual(['规格型号', 'ABCDEFGH 台'])
  })

  it('cuts a word wider than the line after a hyphen', () => {
    expect(texts('ZN63A-12/1250-31.5', 5)).toEqual(['ZN63A-12/', '1250-31.5'])
  })

  it('honours hard line breaks and narrows the first line by the indent', () => {
    const lines = breakLines('一二三四五六\n七八', 4, measure, 2)
    expect(lines).toEqual([
      { text: '一二', end: false },
      { text: '三四五六', end: true },
      { text: '七八', end: true },
    ])
  })

  it('loses and adds no characters on long mixed text', () => {
    const text =
      '根据《中华人民共和国民法典》（2020年）的规定，甲方向乙方采购DTZY341-Z 0.5S级电能表。“质保期”满后付清！'.repeat(
        5,
      )
    for (const width of [3, 7, 12, 20]) {
      const lines = texts(text, width)
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
      for (const line of lines.slice(1)) expect(NO_LINE_START.has(line[0])).toBe(false)
    }
  })
})
