/**
 * What the contract procedure adds to the app-wide lists, in one leaf module
 * the permission, settings and word registries can read without loading the
 * procedure itself (shared/procedures/manifests.ts): who may do what, its
 * department settings with their defaults and labels, and its screen words.
 */
import { z } from 'zod'
import type { Role } from '../../auth/roles'
import { defaultClauseLibrary } from './defaultClauses'
import { contractsDashboardEn } from './i18n/dashboard.en'
import { contractsDashboardZh } from './i18n/dashboard.zh-CN'
import { contractsEn } from './i18n/screens.en'
import { contractsZh } from './i18n/screens.zh-CN'
import { patternProblem } from './numbering'

const clauseSchema = z.object({
  title: z.string().trim().min(1).max(40),
  text: z.string().trim().min(1).max(2000),
})

export const contractsManifest = {
  id: 'contracts',
  permissions: {
    /**
     * Entering an approval signed on paper (who signed, when, the scan). Deciding
     * in the app needs the rule's own role instead (shared/approvals).
     */
    'approvals.recordPaper': ['clerk', 'commerceManager', 'archivist'],
    /** 报价单: the commerce department's prices. */
    'quotations.edit': ['clerk', 'commerceManager', 'sales'],
    /** Drafting contracts, change agreements and phone orders; the steps check their own roles. */
    'contracts.edit': ['clerk', 'commerceManager', 'sales'],
    /** Recording delivery and payments received while a contract is performed. */
    'contracts.perform': ['clerk', 'commerceManager', 'sales', 'finance'],
    /** Attaching scans to contracts, change agreements and phone orders (signed copies, paper approvals). */
    'contracts.attach': ['clerk', 'commerceManager', 'sales', 'archivist'],
    /** 合同登记册 and the contract files (合同及档案管理). */
    'contracts.register': ['clerk', 'commerceManager', 'archivist'],
  } as const satisfies Record<string, readonly Role[]>,
  settings: {
    schemas: {
      /** A negotiated price this far under the quote (basis points) goes to the commerce manager. */
      'approvals.priceDeviationBp': z.number().int().min(0).max(10_000),
      /** Contracts at or above this amount (fen, tax included) go to leadership. */
      'approvals.majorContractFen': z.number().int().min(0).max(1e14),
      /** Contract numbers: tokens {yyyy} {yy} {MM} {dd} {pc} {seq:N}. */
      'contracts.numberPattern': z
        .string()
        .trim()
        .refine((p) => patternProblem(p) === null),
      /** How the parties are named: 甲方 buyer / 乙方 seller, the reverse, or 需方 / 供方. */
      'contracts.partyNames': z.enum(['buyerJia', 'sellerJia', 'gongXu']),
      /** Days a quotation stays valid by default. */
      'quotations.validDays': z.number().int().min(1).max(365),
      /** Standard clauses offered to every new contract, editable per contract. */
      'contracts.clauseLibrary': z.array(clauseSchema).max(40),
    },
    defaults: {
      'approvals.priceDeviationBp': 500,
      'approvals.majorContractFen': 50_000_000,
      'contracts.numberPattern': 'HT-{yyyy}{MM}-{seq:4}',
      'contracts.partyNames': 'buyerJia' as 'buyerJia' | 'sellerJia' | 'gongXu',
      'quotations.validDays': 30,
      'contracts.clauseLibrary': defaultClauseLibrary,
    },
    /** Each setting's label on the settings screen, so the audit log names it the same way. */
    labels: {
      'approvals.priceDeviationBp': 'contractSettings.priceDeviation',
      'approvals.majorContractFen': 'contractSettings.majorContract',
      'contracts.numberPattern': 'contractSettings.numberPattern',
      'contracts.partyNames': 'contractSettings.partyNames',
      'quotations.validDays': 'contractSettings.validDays',
      'contracts.clauseLibrary': 'contractSettings.clausesSection',
    },
  },
  words: {
    'zh-CN': { ...contractsZh, ...contractsDashboardZh },
    en: { ...contractsEn, ...contractsDashboardEn },
  },
}
