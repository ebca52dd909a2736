/** Labels and lookups as the app would pass them, in Chinese, for the Excel tests. */
import type { FieldSpec } from '../../../../shared/masterData/fieldSpec'
import type { OptionSet } from '../../../../shared/masterData/optionSets'
import { archiveSpecs, type ArchiveTable } from '../../../../shared/masterData/archiveSpecs'
import {
  buildImportReport,
  type ImportInput,
  normaliseKey,
  normaliseText,
} from '../../../../shared/masterData/excel/importReport'

export const LABELS: Record<string, string[]> = {
  name: ['名称', '客户名称', '产品名称', 'Name'],
  shortName: ['简称'],
  uscc: ['统一社会信用代码', '信用代码'],
  region: ['地区'],
  address: ['地址'],
  phone: ['电话'],
  bankName: ['开户银行'],
  bankAccount: ['银行账号'],
  taxNumber: ['税号'],
  grade: ['等级', '客户等级'],
  source: ['来源'],
  isTarget: ['目标客户'],
  industry: ['行业'],
  scale: ['规模'],
  demand: ['需求'],
  stage: ['阶段'],
  owner: ['负责人'],
  lastContactOn: ['最近联系日期'],
  notes: ['备注'],
  kind: ['类型'],
  level: ['级别'],
  territory: ['区域'],
  agreementNo: ['协议编号'],
  agreementStart: ['协议开始日期'],
  agreementEnd: ['协议结束日期'],
  mainProducts: ['主营产品'],
  spec: ['规格'],
  model: ['型号'],
  code: ['产品编码'],
  unit: ['单位'],
  listPriceFen: ['目录价'],
  taxRateBp: ['税率'],
  manufacturerId: ['生产厂家'],
  active: ['在售'],
  serialized: ['按序列号管理', '序列号管理'],
  qualificationLevel: ['资质等级'],
  brands: ['合作厂家/品牌'],
}

export const labels = (key: string): string[] => LABELS[key] ?? [key]
export const label = (key: string): string => labels(key)[0]

const OPTION_LABELS: Partial<Record<OptionSet, Record<string, string[]>>> = {
  grade: { A: ['A级', '重点'], B: ['B级'], C: ['C级'], D: ['D级'] },
  customerSource: {
    referral: ['转介绍'],
    exhibition: ['展会'],
    tender: ['招标'],
    website: ['网站'],
    visit: ['拜访'],
    other: ['其他'],
  },
  customerScale: { large: ['大型'], medium: ['中型'], small: ['小型'] },
  customerStage: {
    initial: ['初步接触'],
    contacting: ['沟通中'],
    quoting: ['报价中'],
    negotiating: ['谈判中'],
    won: ['已成交'],
    lost: ['已流失'],
  },
  distributorKind: { distributor: ['经销商'], agent: ['代理商'] },
  distributorLevel: { level1: ['一级'], level2: ['二级'], regional: ['区域'] },
  supplierKind: { manufacturer: ['厂家'], supplier: ['供应商'] },
}
export const optionLabels = (set: OptionSet): Record<string, string[]> => OPTION_LABELS[set] ?? {}
export const optionLabel = (set: OptionSet, value: string): string => optionLabels(set)[value]?.[0] ?? value

export const SUPPLIERS: Record<string, string> = {
  'sup-1': '华东电气（上海）有限公司',
  'sup-2': 'ABB Ltd',
}
export const refNames = (table: string): Map<string, string> =>
  table === 'suppliers'
    ? new Map(Object.entries(SUPPLIERS).map(([id, name]) => [normaliseText(name), id]))
    : new Map()
export const refName = (_table: string, id: string): string => SUPPLIERS[id] ?? id

/** Valid codes from test/shared/kernel/uscc.test.ts, and one with a wrong check character. */
export const USCC = ['91350100M000100Y43', '91440300708461136T', '91110000100010433L'] as const
export const BROKEN_USCC = '91350100M000100Y44'

/** The app's layout: title (row 1), subtitle (row 2), header (row 3). */
export function sheet(header: string[], ...data: string[][]): string[][] {
  return [['客户档案导入模板'], ['带 * 的列必填；日期格式 2026-01-31'], header, ...data]
}

export function importFor(
  table: ArchiveTable,
  rows: string[][],
  db: Record<string, string[][]> = {},
  fields: readonly FieldSpec[] = archiveSpecs[table].fields,
) {
  const spec = archiveSpecs[table]
  const input: ImportInput = {
    fields,
    uniqueKeys: spec.uniqueKeys,
    dateOrder: spec.dateOrder,
    rows,
    labels,
    optionLabels,
    refNames,
    existing: (key) => new Set((db[key.join('+')] ?? []).map(normaliseKey)),
  }
  return buildImportReport(input)
}
