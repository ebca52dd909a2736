/**
 * Department-wide settings, one synced row per key. Each key has a schema and
 * a default; a value that fails its schema is refused at the field.
 */
import { z } from 'zod'
import { patternProblem } from '../procedures/contracts/contractNumber'
import { defaultClauseLibrary } from './defaultClauses'

const clauseSchema = z.object({
  title: z.string().trim().min(1).max(40),
  text: z.string().trim().min(1).max(2000),
})

export const settingSchemas = {
  /** Minutes without keyboard or mouse before the screen locks. */
  'security.idleLockMinutes': z.number().int().min(1).max(240),
  /** Back up automatically once a day at the first start. */
  'backup.autoDaily': z.boolean(),
  /** The dashboard warns when the newest backup is older than this. */
  'backup.reminderDays': z.number().int().min(1).max(60),
  /** 目标客户 not contacted for this many days appear on the dashboard. */
  'archives.targetContactDays': z.number().int().min(1).max(365),
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
} as const

export type SettingKey = keyof typeof settingSchemas
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>
export type SettingValues = { [K in SettingKey]: SettingValue<K> }

export const settingDefaults: SettingValues = {
  'security.idleLockMinutes': 15,
  'backup.autoDaily': true,
  'backup.reminderDays': 7,
  'archives.targetContactDays': 30,
  'approvals.priceDeviationBp': 500,
  'approvals.majorContractFen': 50_000_000,
  'contracts.numberPattern': 'HT-{yyyy}{MM}-{seq:4}',
  'contracts.partyNames': 'buyerJia',
  'quotations.validDays': 30,
  'contracts.clauseLibrary': defaultClauseLibrary,
}

export const settingKeys = Object.keys(settingSchemas) as SettingKey[]
