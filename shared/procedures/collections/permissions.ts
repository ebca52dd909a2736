/**
 * Who may do what in collections, in one leaf module the manifest (and so
 * `can()`) and the machines both read, so a button and the rule behind it
 * never disagree. The clerk (销售内勤) registers money and hands bills over;
 * finance alone confirms receipts, signs for bills and signs off the month;
 * the sales manager acknowledges the half-year reconciliation
 * (制度：和财务部确认回款情况; 交财务部签收; 将结果报告销售部经理，并通报公司财务部).
 */
import type { Role } from '../../auth/roles'

export const collectionsPermissions = {
  /** 收款登记: registering, fixing a returned receipt, voiding one not confirmed, telling the customer. */
  'collections.register': ['clerk', 'commerceManager'],
  /** 催款记录: sales reps chase payments, the clerk helps (协助销售人员进行业务款项的回收). */
  'collections.dun': ['sales', 'clerk', 'commerceManager'],
  /** 财务确认 of a receipt: confirm, return with a reason, reverse a confirmed one. */
  'collections.confirm': ['finance'],
  /** 票据交接: drafting the slip, recording a slip finance signed on paper. */
  'collections.handover': ['clerk', 'commerceManager'],
  /** 财务签收 of bills in the app. */
  'collections.signBills': ['finance'],
  /** 每日回款核对: the clerk records the day's check with finance. */
  'collections.dailyCheck': ['clerk', 'commerceManager'],
  /** 对账单: preparing, sending, recording the customer's 回执, settling a difference, reporting. */
  'collections.statements': ['clerk', 'commerceManager'],
  /** 销售部经理 acknowledges the period's reconciliation report. */
  'collections.acknowledge': ['salesManager'],
  /** 财务部 acknowledges being told of it. */
  'collections.financeAcknowledge': ['finance'],
  /** 往来账月结: preparing the month's receivables and payables. */
  'collections.monthClose': ['clerk', 'commerceManager'],
  /** 财务签认 of the month: closes it to money records. */
  'collections.monthSignOff': ['finance'],
  /** The company's own bank accounts (settings): the only ones a receipt may name. */
  'collections.accounts': ['admin', 'finance'],
} as const satisfies Record<string, readonly Role[]>
