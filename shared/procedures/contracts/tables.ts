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

export const contractTables = {
  quotations: tableSpec<QuotationRecord>()({
    ...deal,
    nameKey: 'contractTables.quotations',
    edit: 'quotations.edit',
    valueWords: { status: 'quotations.statuses' },
    derive: totalsFromLines(['totalFen']),
  }),
  contracts: tableSpec<ContractRecord>()({
    ...deal,
    nameKey: 'contractTables.contracts',
    nameFields: ['number', 'title'],
    valueWords: { step: 'contracts.steps' },
    derive: totalsFromLines(['netFen', 'taxFen', 'totalFen']),
    attach: 'contracts.attach',
  }),
  contractChanges: tableSpec<ContractChangeRecord>()({
    ...deal,
    nameKey: 'contractTables.contractChanges',
    valueWords: { step: 'contracts.changes.steps' },
    attach: 'contracts.attach',
  }),
  phoneOrders: tableSpec<PhoneOrderRecord>()({
    ...deal,
    nameKey: 'contractTables.phoneOrders',
    valueWords: { step: 'phoneOrders.steps', channel: 'phoneOrders.channels' },
    derive: totalsFromLines(['totalFen']),
    attach: 'contracts.attach',
  }),
  tradeLines: tableSpec<TradeLineRecord>()({
    ...deal,
    nameKey: 'contractTables.tradeLines',
    nameFields: ['name'],
    // SYNC.md field groups: quantity with its unit and price, so a merge
    // never pairs one PC's quantity with the other's price.
    fieldGroups: { price: ['qty', 'unit', 'unitFen', 'discountBp', 'taxRateBp'] },
    parent: { table: { field: 'parentTable' }, idField: 'parentId' },
  }),
  milestones: tableSpec<MilestoneRecord>()({
    ...deal,
    nameKey: 'contractTables.milestones',
    nameFields: [],
    valueWords: { kind: 'contracts.milestone.kinds' },
    parent: { table: { field: 'parentTable' }, idField: 'parentId' },
  }),
  approvals: tableSpec<ApprovalRow>()({
    ...deal,
    nameKey: 'contractTables.approvals',
    nameFields: ['byName'],
    valueWords: {
      decision: 'contracts.approvals.decisions',
      role: 'roles',
      rule: 'contracts.approvals.ruleNames',
    },
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
  }),
}
