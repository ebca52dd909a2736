/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015 with its 2016
 * amendment (第 1 号修改单). 18 characters from a 31-symbol alphabet that leaves
 * out I O Z S V:
 *
 *   1     登记管理部门代码 (registration authority)
 *   2     机构类别代码 (category, fixed per authority)
 *   3–8   登记管理机关行政区划码 (division of the registering office, GB/T 2260)
 *   9–17  主体标识码 (the organisation code, GB 11714)
 *   18    校验码, a mod-31 check over the first 17, which catches every
 *         single-character typo a clerk can make when copying a licence
 *
 * A code is checked in that order so the clerk is told the first thing wrong.
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * The standard's table: each registration authority with the category codes
 * it may assign. Nothing else is allowed (e.g. 工商 has no "9 其他"; 其他 is
 * not divided and always uses 1).
 */
export const USCC_CATEGORIES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制：机关、事业单位、中央编办直接管理机构编制的群众团体、其他
  '2': '19', // 外交：外国常驻新闻机构、其他
  '3': '123459', // 司法行政：律师执业机构、公证处、基层法律服务所、司法鉴定机构、仲裁委员会、其他
  '4': '19', // 文化：外国在华文化中心、其他
  '5': '1239', // 民政：社会团体、民办非企业单位、基金会、其他
  '6': '129', // 旅游：外国旅游部门常驻代表机构、港澳台地区旅游部门常驻内地（大陆）代表机构、其他
  '7': '129', // 宗教：宗教活动场所、宗教院校、其他
  '8': '19', // 工会：基层工会、其他
  '9': '123', // 工商（市场监管）：企业、个体工商户、农民专业合作社
  A: '19', // 中央军委改革和编制办公室：军队事业单位、其他
  N: '1239', // 农业：组级、村级、乡镇级集体经济组织、其他
  Y: '1', // 其他：不再划分类别
}

/**
 * First two digits of the division code we accept. The standard takes the
 * registering office's code from GB/T 2260, whose province-level codes are
 * these; national-level registrations (国家市场监督管理总局, 民政部, 中央编办 …)
 * use 100000, as the State Council's scheme (国发〔2015〕33号) says
 * ("国家用 100000"), so 10 is accepted too. 00 is no code in GB/T 2260 and no
 * authority uses it, so it is refused. The last four digits are not checked
 * against the full GB/T 2260 list: divisions are renamed and re-coded every
 * year while the codes issued under the old ones stay valid for life.
 */
const PROVINCES = new Set([
  '10', // 国家级登记机关
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82'], // 台湾、香港、澳门 (listed in GB/T 2260)
])

/** What is wrong with a code, in the order it is checked. */
export type UsccProblem = 'length' | 'charset' | 'authority' | 'category' | 'division' | 'checkChar'
export type UsccCheck = { ok: true } | { ok: false; reason: UsccProblem }

/**
 * The check character for the first 17 characters, or null if they are not 17
 * characters of the alphabet. Lowercase is rejected: the standard and every
 * licence print uppercase, and stored codes must compare equal as strings.
 */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i])
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  return CHARSET[(31 - (sum % 31)) % 31]
}

/** The first rule of GB 32100-2015 that `code` breaks, or ok. */
export function checkUscc(code: string): UsccCheck {
  const fail = (reason: UsccProblem): UsccCheck => ({ ok: false, reason })
  if (code.length !== 18) return fail('length')
  for (const c of code) if (!CHARSET.includes(c)) return fail('charset')
  const categories = USCC_CATEGORIES[code[0]]
  if (categories === undefined) return fail('authority')
  if (!categories.includes(code[1])) return fail('category')
  const division = code.slice(2, 8)
  if (!/^\d{6}$/.test(division) || !PROVINCES.has(division.slice(0, 2))) return fail('division')
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return fail('checkChar')
  return { ok: true }
}

/** True when `code` follows GB 32100-2015 in every position, check character included. */
export function isValidUscc(code: string): boolean {
  return checkUscc(code).ok
}
