/**
 * Which tables sync and which are this PC's bookkeeping. Synced tables are
 * written only through the unit of work (unitOfWork.ts); the guard middleware
 * refuses anything else.
 */
import type {
  AttachmentRecord,
  BusinessReportRecord,
  ContactRecord,
  CustomerRecord,
  DistributorRecord,
  EndUserRecord,
  ExchangePlanRecord,
  InstituteRecord,
  LoanRecord,
  ProductRecord,
  ProjectRecord,
  QualificationRecord,
  SupplierRecord,
} from '@shared/masterData/archiveRecords'
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
} from '@shared/procedures/contracts/contractRecords'
import type { CompanyProfile, SettingRecord, UserRecord } from '@shared/types/records'

export interface SyncedRows {
  company: CompanyProfile
  users: UserRecord
  settings: SettingRecord
  customers: CustomerRecord
  distributors: DistributorRecord
  institutes: InstituteRecord
  suppliers: SupplierRecord
  products: ProductRecord
  qualifications: QualificationRecord
  contacts: ContactRecord
  businessReports: BusinessReportRecord
  endUsers: EndUserRecord
  projects: ProjectRecord
  exchangePlans: ExchangePlanRecord
  loans: LoanRecord
  attachments: AttachmentRecord
  quotations: QuotationRecord
  contracts: ContractRecord
  contractChanges: ContractChangeRecord
  phoneOrders: PhoneOrderRecord
  tradeLines: TradeLineRecord
  milestones: MilestoneRecord
  approvals: ApprovalRow
  contractRegisters: ContractRegisterRecord
  numberCounters: NumberCounterRecord
}

export type SyncedTable = keyof SyncedRows

/** The contract procedure's tables (DOMAIN.md §1). */
export const contractProcedureTables = [
  'quotations',
  'contracts',
  'contractChanges',
  'phoneOrders',
  'tradeLines',
  'milestones',
  'approvals',
  'contractRegisters',
  'numberCounters',
] as const satisfies readonly SyncedTable[]

export const syncedTables = [
  'company',
  'users',
  'settings',
  'customers',
  'distributors',
  'institutes',
  'suppliers',
  'products',
  'qualifications',
  'contacts',
  'businessReports',
  'endUsers',
  'projects',
  'exchangePlans',
  'loans',
  'attachments',
  ...contractProcedureTables,
] as const satisfies readonly SyncedTable[]

/** Written only inside a unit of work, alongside the records they describe. */
export const bookkeepingTables = ['_outbox', '_audit', '_meta'] as const

/** The sync engine's own state, written only by sync's transactions (renderer/src/sync). */
export const syncStateTables = ['_cursors', '_conflicts', '_pending', '_quarantine'] as const

export const guardedTables: ReadonlySet<string> = new Set<string>([
  '_fieldClock',
  ...syncedTables,
  ...bookkeepingTables,
  ...syncStateTables,
])

/**
 * Bumped whenever the record schema changes; stamped on every op (`sv`).
 * 2: archives (master data), their child tables and attachments.
 * 3: import batches (one op and one audit entry per import).
 * 4: contracts, quotations, change agreements, phone orders, lines,
 *    milestones, approvals, registers and number counters.
 */
export const SCHEMA_VERSION = 4
