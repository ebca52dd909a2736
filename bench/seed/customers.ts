/**
 * Customer archive rows as a clerk would enter or import them: unique company
 * names (city + 字号 + trade + form), a valid 统一社会信用代码 on most, phones,
 * addresses, grades, and 目标客户 details on about one in five. Row n is the
 * same whatever batch it is generated in, and no two rows share a name or code.
 */
import { usccCheckChar } from '../../shared/kernel/uscc'
import { companyName, seededRandom, seedContacts } from './chineseData'

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const grades = ['A', 'B', 'C', 'D', '', '']
const sources = ['referral', 'exhibition', 'tender', 'website', 'visit', 'other', '']
const scales = ['large', 'medium', 'small']
const stages = ['initial', 'contacting', 'quoting', 'negotiating', 'won', 'lost']
const banks = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '招商银行', '交通银行']

export type CustomerValues = Record<string, string | boolean>

/** 91 + division + a 9-character organisation code made from n + check character. */
function uscc(division: string, n: number): string {
  let code = ''
  for (let k = 0, v = n; k < 9; k++, v = Math.floor(v / USCC_CHARS.length))
    code = USCC_CHARS[v % USCC_CHARS.length] + code
  const first17 = `91${division}${code}`
  return first17 + usccCheckChar(first17)
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]

export function customer(n: number): CustomerValues {
  const rnd = seededRandom(Math.imul(n + 1, 0x9e3779b1))
  const company = companyName(n)
  const { city } = company
  const code = rnd() < 0.7 ? uscc(city.division, n) : ''
  const digits = (k: number) => String(Math.floor(rnd() * 10 ** k)).padStart(k, '0')
  const phone =
    rnd() < 0.6
      ? `${city.areaCode}-${2 + Math.floor(rnd() * 7)}${digits(7)}`
      : `1${pick(rnd, ['38', '39', '58', '86', '37'])}${digits(8)}`
  const isTarget = rnd() < 0.2
  const hasBank = rnd() < 0.5
  const bank = pick(rnd, banks)
  return {
    name: company.name,
    shortName: rnd() < 0.8 ? company.shortName : '',
    uscc: code,
    region: city.name,
    address: company.address,
    phone,
    bankName: hasBank ? `${bank}${city.name}分行` : '',
    bankAccount: hasBank ? `${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)}` : '',
    taxNumber: hasBank ? code : '',
    grade: pick(rnd, grades),
    source: pick(rnd, sources),
    isTarget,
    industry: isTarget ? company.name.slice(city.name.length + 2, city.name.length + 6) : '',
    scale: isTarget ? pick(rnd, scales) : '',
    demand: '',
    stage: isTarget ? pick(rnd, stages) : '',
    owner: isTarget ? seedContacts(1, n)[0].name : '',
    lastContactOn: isTarget
      ? `2026-${String(1 + Math.floor(rnd() * 6)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`
      : '',
    notes: '',
  }
}

/** Customers n = from … from + count − 1. */
export function customers(from: number, count: number): CustomerValues[] {
  return Array.from({ length: count }, (_, i) => customer(from + i))
}
