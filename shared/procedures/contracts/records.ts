/**
 * Stored shapes of the contract procedure (DOMAIN.md §1): quotations,
 * contracts, change agreements, phone/fax orders, their lines and payment
 * milestones (child tables, SYNC.md "Lists are child tables"), the approval
 * decisions taken on them, the monthly register and the number counters.
 *
 * Dates are YYYY-MM-DD, '' until known. Money is integer fen, tax included
 * unless named otherwise.
 */
import type { ApprovalRecord } from '../../approvals/approvalStatus'
import type { RequiredApproval } from '../../approvals/approvalRules'
import type { RecordBase } from '../../types/records'

/** Tables whose rows carry trade lines. */
export type LineParentTable = 'quotations' | 'contracts' | 'contractChanges' | 'phoneOrders'

/**
 * One line of a quotation, contract, change agreement or phone order.
 * qty, unitFen, discountBp and taxRateBp change together (field group `price`).
 */
export interface TradeLineRecord extends RecordBase {
  parentTable: LineParentTable
  parentId: string
  /** Order on the document, 1-based. */
  position: number
  /** The product archive's id; '' for a line typed in freely. */
  productId: string
  name: string
  spec: string
  unit: string
  qty: number
  /** The commerce department's quoted unit price, fen; null when not quoted (and on quotations themselves). */
  quotedUnitFen: number | null
  /** Unit price before discount, tax included, fen. */
  unitFen: number
  discountBp: number
  taxRateBp: number
  note: string
}

export const milestoneKinds = ['advance', 'delivery', 'acceptance', 'retention', 'other'] as const
/** 预付款 / 到货款 / 验收款 / 质保金 / 其他 */
export type MilestoneKind = (typeof milestoneKinds)[number]

/**
 * What makes a milestone fall due (制度：商务部按照合同流程催款): 合同签订 /
 * 到货签收 / 验收合格 / 质保期满 + N 日, or a fixed date (`dueOn`).
 */
export const milestoneTriggers = ['signed', 'delivered', 'accepted', 'warrantyEnd', 'fixed'] as const
export type MilestoneTrigger = (typeof milestoneTriggers)[number]

/** A payment milestone of a contract or change agreement. */
export interface MilestoneRecord extends RecordBase {
  parentTable: 'contracts' | 'contractChanges'
  parentId: string
  position: number
  kind: MilestoneKind
  /** Share of the contract total, basis points; all of a contract's add up to 10000. */
  percentBp: number
  /** When it falls due, in words (合同签订后7日内). */
  dueRule: string
  /**
   * What makes it fall due; '' on milestones made before triggers existed,
   * whose typed `dueOn` stands (as it does for 'fixed'). Optional: rows
   * from before schema 10 have none.
   */
  trigger?: MilestoneTrigger | ''
  /** N in 事件后 N 日内 (calendar days). */
  triggerDays?: number
  /** The fixed date it falls due (trigger 'fixed', or none); worked out from the events otherwise. */
  dueOn: string
  /** Typed by hand before confirmed receipts existed; what counts now is confirmed money (collections). */
  receivedOn: string
}

/** 草稿 → 已发出 → 已转合同, or 已作废 (machines/quotation.ts). */
export const quotationStatuses = ['draft', 'issued', 'accepted', 'voided'] as const
export type QuotationStatus = (typeof quotationStatuses)[number]

/** 报价单 */
export interface QuotationRecord extends RecordBase {
  number: string
  customerId: string
  quotedOn: string
  validUntil: string
  deliveryTerms: string
  paymentTerms: string
  note: string
  status: QuotationStatus
  /** The contract made from it, once accepted. */
  contractId: string
  totalFen: number
}

/** A clause of a contract, from the clause library and editable per contract. */
export interface ContractClause {
  title: string
  text: string
}

/** The steps of a sales contract (machines/contract.ts). */
export const contractSteps = [
  'draft', // 起草
  'legalReview', // 法务审核
  'approval', // 审批
  'toSign', // 待签订
  'signed', // 已签订
  'filed', // 已归档
  'performing', // 履行中
  'settled', // 已结算
  'terminated', // 终止
  'voided', // 作废
] as const
export type ContractStep = (typeof contractSteps)[number]

/**
 * 销售合同. `clauses` is one value, not a child table: a contract's terms are
 * reviewed and signed as a whole, so two PCs' clause edits must not merge
 * into a text nobody reviewed.
 */
export interface ContractRecord extends RecordBase {
  number: string
  /** 项目名称 / 合同名称 */
  title: string
  customerId: string
  quotationId: string
  /** A phone or fax order this contract formalises. */
  phoneOrderId: string
  signPlace: string
  deliveryTerms: string
  deliveryDueOn: string
  deliveredOn: string
  warranty: string
  clauses: ContractClause[]
  nonStandardTerms: boolean
  specialFees: boolean
  specialFeesNote: string
  step: ContractStep
  /** 1 for the original; each signed change agreement adds one. */
  version: number
  netFen: number
  taxFen: number
  totalFen: number
  legalOpinion: string
  riskAssessment: string
  legalOn: string
  legalBy: string
  /** The approvals the rules required, fixed when legal review passed. */
  requiredApprovals: RequiredApproval[]
  /** Each return to draft starts a new round of approvals. */
  approvalRound: number
  approvedOn: string
  openPointsConfirmed: boolean
  signedOn: string
  /** Attachment id of the signed contract's scan. */
  signedScanId: string
  filedOn: string
  quantitiesVerified: boolean
  amountsVerified: boolean
  settledOn: string
  /** 业务员: the sales rep who chases its payments (a user id; '' or missing when none is named). */
  salesRepId?: string
  /** 验收合格 date, when the customer accepted the goods ('' until then). */
  acceptedOn?: string
  /** The warranty in months from acceptance (or delivery when there is none); 0 when none. */
  warrantyMonths?: number
  /** Derived by collections: money confirmed received on its milestones. */
  receivedFen?: number
  /** Derived by invoicing: invoices issued on it. */
  invoicedFen?: number
  /** Derived by collections: the earliest due date of a milestone not fully received ('' when none is owed). */
  paymentsDueFrom?: string
  /** Derived by collections: each owed milestone's due date and what is still open of it. */
  paymentsDue?: { milestoneId: string; kind: MilestoneKind; dueOn: string; openFen: number }[]
  /** The signed settlement document's scan (optional on contracts settled before it was asked for). */
  settlementScanId?: string
  /** Why it was settled with invoiced, received and its amount differing (optional on contracts settled before). */
  settlementNote?: string
  /** Why it was terminated or voided. */
  reason: string
  endedOn: string
}

/** 起草 → 审批 → 待签订 → 已签订, or 已作废 (machines/change.ts). */
export const changeSteps = ['draft', 'approval', 'toSign', 'signed', 'voided'] as const
export type ChangeStep = (typeof changeSteps)[number]

/** 变更协议: the contract's next version, with what it changes. */
export interface ContractChangeRecord extends RecordBase {
  contractId: string
  /** The contract version this agreement makes (2 for the first change). */
  version: number
  number: string
  reason: string
  /** Its effect on the schedule (交货期、工期), in words. */
  scheduleEffect: string
  step: ChangeStep
  totalBeforeFen: number
  totalAfterFen: number
  /**
   * The lines of the version this agreement changes, as they were when it
   * was started: a frozen record (never edited), so the agreement can show
   * and print its difference after signing replaced the contract's lines.
   */
  linesBefore: FrozenLine[]
  requiredApprovals: RequiredApproval[]
  approvalRound: number
  approvedOn: string
  signedOn: string
  signedScanId: string
  voidReason: string
}

/** A trade line's content without its row bookkeeping. */
export type FrozenLine = Pick<
  TradeLineRecord,
  | 'productId'
  | 'name'
  | 'spec'
  | 'unit'
  | 'qty'
  | 'quotedUnitFen'
  | 'unitFen'
  | 'discountBp'
  | 'taxRateBp'
  | 'note'
>

/** 待领导确认 → 已确认 (or 未获批准) → 已补签合同, or 已作废 (machines/phoneOrder.ts). */
export const phoneOrderSteps = ['waiting', 'approved', 'rejected', 'converted', 'voided'] as const
export type PhoneOrderStep = (typeof phoneOrderSteps)[number]

/** 电话/传真订货: nothing ships against it before leadership approves. */
export interface PhoneOrderRecord extends RecordBase {
  number: string
  channel: 'phone' | 'fax'
  customerId: string
  receivedOn: string
  /** Who called or signed the fax. */
  caller: string
  /** Why there is no formal contract. */
  reasonNoContract: string
  note: string
  step: PhoneOrderStep
  totalFen: number
  requiredApprovals: RequiredApproval[]
  approvalRound: number
  contractId: string
  voidReason: string
}

/** Tables whose records wait for approvals (their record kind's `approval` binding); invoices from invoicing. */
export type ApprovalSubjectTable = 'contracts' | 'contractChanges' | 'phoneOrders' | 'invoices'

/** One decision on one required approval; decisions are never edited, a new round adds new rows. */
export interface ApprovalRow extends RecordBase, ApprovalRecord {
  subjectTable: ApprovalSubjectTable
  subjectId: string
  round: number
}

/** 合同登记册 produced for a month; id = the month, YYYY-MM. */
export interface ContractRegisterRecord extends RecordBase {
  producedOn: string
  count: number
  pdfSha256: string
}

/**
 * Numbers one PC has used in one period, id `<kind>:<period>:<pcIndex>`.
 * Only that PC writes the row, so counters never conflict.
 */
export interface NumberCounterRecord extends RecordBase {
  used: number
}
