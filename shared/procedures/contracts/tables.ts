/**
 * The contract procedure's synced tables as the generic code reads them
 * (shared/procedures/kit/tableSpec.ts): names, edit rights, derived totals,
 * the price field group of a line, how parents are named and who attaches.
 */
import { tableSpec } from '../kit/tableSpec'
import type {
  ApprovalRow,
  ContractChangeRecord,
  ContractRecord,
  ContractRegisterRecord,
  MilestoneRecord,
  NumberCounterRecord,
  PhoneOrderRecord,
  QuotationRecord,
  TradeLineRecord,
} from './records'
import { tradeTotals } from './lines'
import { type NumberKind, numberPatterns } from './numbering'

type Line = Parameters<typeof tradeTotals>[0][number]

/**
 * A deal's totals are derived from its live lines (stored, not logged: every
 * PC sums the lines it has), each parent keeping the totals it shows.
 */
const totalsFromLines = (fields: readonly ('netFen' | 'taxFen' | 'totalFen')[]) => ({
  fields,
  children: 'tradeLines',
  compute: (_row: unknown, lines: readonly Readonly<Record<string, unknown>>[]) => {
    const totals = tradeTotals(lines as unknown as readonly Line[])
    return Object.fromEntries(fields.map((f) => [f, totals[f]]))
  },
})

const deal = { fieldsKey: 'contractFields', edit: 'contracts.edit', nameFields: ['number'] } as const

/**
 * A deal's number is its business key: two PCs that numbered from the same
 * block (set up apart, or given one block by hand) may hand out the same
 * one. The page offers a fresh number from this PC's block, or keeping both.
 */
const numberKey = { fields: ['number'], settle: ['renumber', 'keepBoth'] } as const
const numbered = (kind: NumberKind, pattern: (settings: Readonly<Record<string, unknown>>) => string) => ({
  field: 'number' as const,
  series: (settings: Readonly<Record<string, unknown>>) => ({ kind, pattern: pattern(settings) }),
})

export const contractTables = {
  quotations: tableSpec<QuotationRecord>()({
    ...deal,
    nameKey: 'contractTables.quotations',
    edit: 'quotations.edit',
    valueWords: { status: 'quotations.statuses' },
    refs: { customerId: 'customers', contractId: 'contracts' },
    derive: totalsFromLines(['totalFen']),
    uniqueKeys: [numberKey],
    numbered: numbered('quotation', () => numberPatterns.quotation),
  }),
  contracts: tableSpec<ContractRecord>()({
    ...deal,
    nameKey: 'contractTables.contracts',
    nameFields: ['number', 'title'],
    valueWords: { step: 'contracts.steps' },
    valueFormats: { version: 'contracts.version', approvalRound: 'contracts.approvals.round' },
    refs: {
      customerId: 'customers',
      quotationId: 'quotations',
      phoneOrderId: 'phoneOrders',
      signedScanId: 'attachments',
      settlementScanId: 'attachments',
      salesRepId: 'users',
    },
    derive: totalsFromLines(['netFen', 'taxFen', 'totalFen']),
    attach: 'contracts.attach',
    uniqueKeys: [numberKey],
    numbered: numbered('contract', (settings) => String(settings['contracts.numberPattern'])),
  }),
  contractChanges: tableSpec<ContractChangeRecord>()({
    ...deal,
    nameKey: 'contractTables.contractChanges',
    valueWords: { step: 'contracts.changes.steps' },
    valueFormats: { version: 'contracts.version', approvalRound: 'contracts.approvals.round' },
    refs: { contractId: 'contracts', signedScanId: 'attachments' },
    attach: 'contracts.attach',
  }),
  phoneOrders: tableSpec<PhoneOrderRecord>()({
    ...deal,
    nameKey: 'contractTables.phoneOrders',
    valueWords: { step: 'phoneOrders.steps', channel: 'phoneOrders.channels' },
    valueFormats: { approvalRound: 'contracts.approvals.round' },
    refs: { customerId: 'customers', contractId: 'contracts' },
    derive: totalsFromLines(['totalFen']),
    attach: 'contracts.attach',
    uniqueKeys: [numberKey],
    numbered: numbered('phoneOrder', () => numberPatterns.phoneOrder),
  }),
  tradeLines: tableSpec<TradeLineRecord>()({
    ...deal,
    nameKey: 'contractTables.tradeLines',
    nameFields: ['name'],
    // SYNC.md field groups: quantity with its unit and price, so a merge
    // never pairs one PC's quantity with the other's price.
    fieldGroups: { price: ['qty', 'unit', 'unitFen', 'discountBp', 'taxRateBp'] },
    refs: { productId: 'products' },
    parent: { table: { field: 'parentTable' }, idField: 'parentId' },
  }),
  milestones: tableSpec<MilestoneRecord>()({
    ...deal,
    nameKey: 'contractTables.milestones',
    // Named by its kind's word (预付款, 验收款), read through valueWords.
    nameFields: ['kind'],
    valueWords: { kind: 'contracts.milestone.kinds' },
    parent: { table: { field: 'parentTable' }, idField: 'parentId' },
  }),
  approvals: tableSpec<ApprovalRow>()({
    ...deal,
    nameKey: 'contractTables.approvals',
    // Its own labels: an approval's `step` is its order (第 2 步), not a record's state.
    fieldsKey: 'approvalFields',
    nameFields: ['byName'],
    valueWords: {
      decision: 'contracts.approvals.decisions',
      role: 'roles',
      rule: 'contracts.approvals.ruleNames',
      mode: 'contracts.approvals.modes',
    },
    valueFormats: { step: 'contracts.approvals.stepNo', round: 'contracts.approvals.round' },
    refs: { byUserId: 'users', scanId: 'attachments' },
    parent: { table: { field: 'subjectTable' }, idField: 'subjectId' },
  }),
  contractRegisters: tableSpec<ContractRegisterRecord>()({
    ...deal,
    nameKey: 'contractTables.contractRegisters',
    edit: 'contracts.register',
    nameFields: [],
  }),
  numberCounters: tableSpec<NumberCounterRecord>()({
    ...deal,
    nameKey: 'contractTables.numberCounters',
    nameFields: [],
    // A number once handed out is never handed out again, whatever order the PCs' changes arrive in.
    mergeMax: ['used'],
  }),
}
