/**
 * Stored shapes of the invoicing procedure (DOMAIN.md §3 开票): the 开票申请单
 * with its lines and, on the same record, the invoice finance issues for it
 * and its delivery to the customer — one record from application to the
 * customer's confirmation, so the 发票登记簿 reads one table.
 *
 * Dates are YYYY-MM-DD, '' until known. Money is integer fen; a line's
 * amount is tax included and split into net and tax by the kernel (tax.ts).
 */
import type { RequiredApproval } from '../../approvals/approvalRules'
import type { RecordBase } from '../../types/records'

/** 增值税专用发票 / 增值税普通发票 / 数电票 (全面数字化的电子发票). */
export const invoiceKinds = ['special', 'normal', 'digital'] as const
export type InvoiceKind = (typeof invoiceKinds)[number]

/** How the invoice reached the customer: handed over, posted (with a tracking number), or sent electronically. */
export const deliveryWays = ['hand', 'post', 'electronic'] as const
export type DeliveryWay = (typeof deliveryWays)[number]

/**
 * 起草 → 待财务审核 → 退回 / (超出未开票金额：待领导审批) → 待开具 → 已开具 →
 * 已交付 → 客户已确认, or 已作废 (machines/invoice.ts).
 */
export const invoiceSteps = [
  'draft', // 起草
  'review', // 待财务审核
  'returned', // 财务退回
  'approval', // 待领导审批（超出合同未开票金额）
  'toIssue', // 待开具
  'issued', // 已开具
  'delivered', // 已交付
  'confirmed', // 客户已确认
  'voided', // 已作废
] as const
export type InvoiceStep = (typeof invoiceSteps)[number]

/** The buyer's details the invoice carries, copied from the customer's record when applied for. */
export interface InvoiceBuyer {
  buyerName: string
  /** 纳税人识别号 (the customer's 统一社会信用代码). */
  buyerTaxNo: string
  /** 地址、电话 */
  buyerAddressPhone: string
  /** 开户行及账号 */
  buyerBankAccount: string
}

/** 开票申请单, and the invoice issued for it. */
export interface InvoiceRecord extends RecordBase, InvoiceBuyer {
  number: string
  contractId: string
  customerId: string
  /** The shipments it invoices, when applied for from chosen shipments; [] for the contract. */
  shipmentIds: string[]
  kind: InvoiceKind
  note: string
  step: InvoiceStep
  appliedBy: string
  submittedOn: string
  /** Finance's comment: why it was returned, or a remark on approving. */
  reviewComment: string
  reviewedOn: string
  reviewedBy: string
  /** What the contract had open to invoice, this application left out, when it was submitted. */
  openFen: number
  /** Leadership's approvals when it asks for more than the contract has open (shared/approvals). */
  requiredApprovals: RequiredApproval[]
  approvalRound: number
  /** As issued: 发票代码 (paper invoices only), 发票号码, date, amount and tax. */
  invoiceCode: string
  invoiceNo: string
  issuedOn: string
  issuedBy: string
  issuedFen: number
  issuedTaxFen: number
  deliveredOn: string
  deliveryWay: DeliveryWay | ''
  trackingNo: string
  /** The customer's confirmation: the day, and who confirmed. */
  confirmedOn: string
  confirmedBy: string
  /** Why it was voided. */
  reason: string
  closedOn: string
  /** Derived from its live lines: amount and tax, tax included. */
  totalFen: number
  taxFen: number
}

/** One line of an application: a contract line's amount to invoice, at the line's tax rate. */
export interface InvoiceLineRecord extends RecordBase {
  parentId: string
  position: number
  /** The contract's trade line it invoices. */
  sourceLineId: string
  name: string
  spec: string
  unit: string
  qty: number
  /** Tax included, fen. */
  amountFen: number
  taxRateBp: number
}
