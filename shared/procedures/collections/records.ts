/**
 * Stored shapes of the collections procedure (DOMAIN.md §4 回款, §7 往来账):
 * 收款登记 and how each receipt is split over contract payment milestones,
 * 催款记录, the 票据交接签收单 that hands bills to finance, the 每日回款核对,
 * the half-yearly 对账单 with each customer and the period's report to the
 * sales manager and finance, the month-end 往来账月结, and the company's own
 * bank accounts (kept in settings).
 *
 * Dates are YYYY-MM-DD, '' until known. Money is integer fen, tax included.
 * What a milestone has received is never stored: it is the sum of the
 * allocations of confirmed receipts (receipts.ts).
 */
import type { RecordBase } from '../../types/records'

/**
 * 银行转账 / 支票 / 商业承兑汇票 / 银行承兑汇票 / 银行汇票. Everything but a
 * transfer is a bill (票据) the clerk holds in hand and hands to finance the
 * same day (bills.ts). Cash is not a method: 不能私自收取经销商货款，必须款项汇回公司账户.
 */
export const receiptMethods = ['transfer', 'cheque', 'commercialBill', 'bankBill', 'bankDraft'] as const
export type ReceiptMethod = (typeof receiptMethods)[number]

/** 待财务确认 → 已确认, or 财务退回 → (fixed) 待财务确认; 已作废 (machines/receipt.ts). */
export const receiptSteps = [
  'pending', // 待财务确认
  'confirmed', // 财务已确认
  'returned', // 财务退回
  'voided', // 已作废
] as const
export type ReceiptStep = (typeof receiptSteps)[number]

/** How someone was reached: 电话 / 上门 / 函件 / 微信 / 邮件 (催款, and telling the customer). */
export const contactWays = ['phone', 'visit', 'letter', 'wechat', 'email'] as const
export type ContactWay = (typeof contactWays)[number]

/**
 * 收款登记: money a customer paid, registered by the clerk and confirmed by
 * finance against the bank (制度：和财务部确认回款情况，反馈给客户). Only a
 * confirmed receipt counts as received.
 */
export interface ReceiptRecord extends RecordBase {
  number: string
  customerId: string
  receivedOn: string
  /** Who paid, as on the bank slip or the bill (a customer may pay through another company). */
  payer: string
  method: ReceiptMethod
  /** One of the company's accounts (settings, CompanyAccount.id): money goes to the company, never to a person. */
  accountId: string
  amountFen: number
  /** The bill's fields; '' for a transfer. */
  billNo: string
  /** 出票人. */
  drawer: string
  /** 承兑人 (a bank, or the accepting company); needed for 承兑汇票 only. */
  acceptor: string
  billIssuedOn: string
  /** 汇票到期日; '' for a cheque or a bank draft, which are paid on sight. */
  billDueOn: string
  step: ReceiptStep
  confirmedBy: string
  confirmedOn: string
  /** Finance's words: why it was returned, or a remark on confirming or reversing. */
  financeComment: string
  /** 反馈给客户: when and how the customer was told the money arrived. */
  customerToldOn: string
  customerToldHow: ContactWay | ''
  /** The 票据交接签收单 a bill went to finance on; '' until handed over (always '' for a transfer). */
  handoverId: string
  /**
   * The day finance signed for the bill (its slip signed, in the app or on
   * paper); '' until then. Only then is the bill finance's: the 工作台's
   * check and finance's confirmation read this, not the slip it is listed on.
   */
  handedOverOn?: string
  note: string
  voidReason: string
  voidedOn: string
}

/**
 * The part of a receipt paying one milestone of one contract. A receipt may
 * pay several milestones (of the same customer), and a milestone be paid by
 * several receipts (partial payments). A child table, so two PCs can edit
 * different parts.
 */
export interface ReceiptAllocationRecord extends RecordBase {
  /** The receipt. */
  parentId: string
  contractId: string
  milestoneId: string
  amountFen: number
  /**
   * The day finance confirmed the receipt, '' while it is not confirmed (or
   * was reversed): written on every part in the confirm's own transaction.
   * The milestones' derived received amount reads it (confirmed money only).
   */
  confirmedOn: string
}

/** 催款记录: one attempt to chase a milestone (制度：商务部按照合同流程催款). */
export interface DunningRecord extends RecordBase {
  contractId: string
  milestoneId: string
  contactedOn: string
  /** The customer's person spoken to. */
  contact: string
  how: ContactWay
  /** The date the customer promised to pay; '' when none was promised. */
  promisedOn: string
  note: string
}

/** 起草 → 财务已签收, or 已作废 (machines/billHandover.ts). */
export const billHandoverSteps = ['draft', 'signed', 'voided'] as const
export type BillHandoverStep = (typeof billHandoverSteps)[number]

/**
 * 票据交接签收单: bills handed to finance against a signature
 * (制度：对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收).
 * `receiptIds` is one value, not a child table: finance signs the slip as a
 * whole, so it must not merge into a list nobody signed.
 */
export interface BillHandoverRecord extends RecordBase {
  number: string
  handedOn: string
  /** The clerk who handed the bills over. */
  handedBy: string
  /** Finance's signer. */
  receivedBy: string
  receiptIds: string[]
  /** The scan of the slip signed on paper; '' when finance signed in the app. */
  signedScanId: string
  step: BillHandoverStep
  signedOn: string
  voidReason: string
}

/**
 * 每日回款核对, id = the day: one per working day whichever PC records it
 * (制度：应每日向财务部了解回款情况，及时处理回款过程中发现的问题，杜绝错帐、坏帐的发生).
 */
export interface CollectionCheckRecord extends RecordBase {
  day: string
  /** The clerk who checked. */
  clerk: string
  /** Finance's person checked with. */
  finance: string
  /** Finance's figure − ours for the day; 0 when they agree. */
  differenceFen: number
  /** What differed and what is done about it (needed when differenceFen ≠ 0). */
  note: string
}

/** A half-year, `2026-H1` (to 30 June) or `2026-H2` (to 31 December) (statements.ts halfYearOf). */
export type HalfYear = string

/** 草稿 → 已发出 → 客户确认相符 / 客户回执不符 → 差异已处理 (machines/statement.ts). */
export const statementSteps = ['draft', 'sent', 'confirmed', 'differs', 'resolved'] as const
export type StatementStep = (typeof statementSteps)[number]

export const statementAnswers = ['match', 'differ'] as const
export type StatementAnswer = (typeof statementAnswers)[number]

/**
 * 对账单 of one customer for one half-year, figures as of `asOf` (statements.ts)
 * (制度：应在每年的6月底和12月底与客户核对往来账目). Figures are frozen when the
 * statement is sent: they are what the customer was asked to confirm.
 */
export interface StatementRecord extends RecordBase {
  number: string
  customerId: string
  period: HalfYear
  asOf: string
  /** Owed at the previous period's end. */
  openingFen: number
  /** Contracts (and change agreements) signed in the period. */
  contractsFen: number
  /** Invoices issued in the period (shown for the customer's comparison). */
  invoicedFen: number
  /** Confirmed receipts in the period. */
  receivedFen: number
  /** opening + contracts − received. */
  closingFen: number
  step: StatementStep
  sentOn: string
  /** The day the customer's 回执 came back. */
  returnedOn: string
  answer: StatementAnswer | ''
  /** The customer's figure − ours; 0 when it matches. */
  differenceFen: number
  /** Why the figures differ, as found out. */
  explanation: string
  /** How the difference was settled. */
  resolution: string
  resolvedOn: string
}

/** 待报告 → 已报告 → 已确认 (both the sales manager and finance) (machines/statementReport.ts). */
export const statementReportSteps = ['draft', 'reported', 'acknowledged'] as const
export type StatementReportStep = (typeof statementReportSteps)[number]

/**
 * The result of a period's reconciliation, id = the period: reported to the
 * sales manager, who acknowledges it, and finance told, who acknowledges
 * it too (制度：并将结果报告销售部经理，并通报公司财务部).
 */
export interface StatementReportRecord extends RecordBase {
  period: HalfYear
  step: StatementReportStep
  reportedOn: string
  reportedBy: string
  /** The clerk's summary: how many matched, what differs and why. */
  summary: string
  salesManagerBy: string
  salesManagerOn: string
  financeBy: string
  financeOn: string
}

/** 编制中 → 待财务签认 → 已签认 (machines/monthClose.ts). */
export const monthCloseSteps = ['open', 'toSignOff', 'signedOff'] as const
export type MonthCloseStep = (typeof monthCloseSteps)[number]

/**
 * 往来账月结, id = the month (YYYY-MM): receivables and payables agreed with
 * finance at month end (制度：负责往来账项的管理，并于每月末与财务进行核对).
 * A signed-off month is closed to money records dated in it (monthClose.ts).
 */
export interface MonthCloseRecord extends RecordBase {
  month: string
  step: MonthCloseStep
  /** 应收账款 at month end (aging.ts total), as agreed. */
  receivablesFen: number
  /** 应付账款 at month end (to manufacturers and suppliers), as agreed. */
  payablesFen: number
  /** Finance's remark, or why it was returned. */
  comment: string
  preparedBy: string
  preparedOn: string
  signedOffBy: string
  signedOffOn: string
}

/** One of the company's own bank accounts, kept in settings: the only accounts a receipt may name. */
export interface CompanyAccount {
  id: string
  bank: string
  accountNo: string
  /** 户名: the company, never a person. */
  holder: string
}
