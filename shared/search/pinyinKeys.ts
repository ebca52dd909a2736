/**
 * Pinyin of a name, as clerks type it: full (`beijingzhicheng`) and initials
 * (`bjzc`). pinyin-pro segments words, so polyphones read right (重庆 → chongqing,
 * 银行 → yinhang). Costly (~40 µs a name), so it is computed when a record is
 * written and stored with it, never per keystroke.
 */
import { customPinyin, pinyin } from 'pinyin-pro'

// Words of company and bank names the dictionary reads wrongly (分行 as fenxing).
customPinyin({ 分行: 'fēn háng', 支行: 'zhī háng', 总行: 'zǒng háng', 行长: 'háng zhǎng' })

const HAN = /[\u3400-\u9fff]/

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
  for (const part of pinyin(text, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true })) {
    // Latin letters and digits keep every character (ABB变频器 → abbbpq).
    const latin = part.isZh ? null : part.origin.toLowerCase().replace(/\s+/g, '')
    full += latin ?? part.pinyin
    initials += latin ?? part.first
  }
  return { full, initials }
}
