/**
 * Pinyin of a name, as clerks type it: full (`beijingzhicheng`) and initials
 * (`bjzc`). pinyin-pro segments words, so polyphones read right (重庆 → chongqing,
 * 银行 → yinhang). Costly (~7 µs a name), so it is computed when a record is
 * written and stored with it, never per keystroke. Only the runs of Chinese
 * characters go to pinyin-pro, as plain syllables: its per-character detail
 * (`type: 'all'`) cost 3.5× as much, and an initial is a syllable's first letter.
 */
import { customPinyin, pinyin } from 'pinyin-pro'

// Words of company and bank names the dictionary reads wrongly (分行 as fenxing).
customPinyin({ 分行: 'fēn háng', 支行: 'zhī háng', 总行: 'zǒng háng', 行长: 'háng zhǎng' })

/** Chinese characters, 〇 (the numeral zero) included. */
const HAN = /[\u3007\u3400-\u9fff]/
const RUNS = /[\u3007\u3400-\u9fff]+|[^\u3007\u3400-\u9fff]+/g

export interface PinyinKeys {
  full: string
  initials: string
}

export function pinyinKeys(text: string): PinyinKeys {
  if (!HAN.test(text)) {
    const plain = text.toLowerCase().replace(/\s+/g, '')
    return { full: plain, initials: plain }
  }
  let full = ''
  let initials = ''
  for (const run of text.match(RUNS) ?? []) {
    if (HAN.test(run)) {
      for (const syllable of pinyin(run, { toneType: 'none', type: 'array', v: true })) {
        full += syllable
        initials += syllable.charAt(0)
      }
    } else {
      // Latin letters and digits keep every character (ABB变频器 → abbbpq).
      const latin = run.toLowerCase().replace(/\s+/g, '')
      full += latin
      initials += latin
    }
  }
  return { full, initials }
}
