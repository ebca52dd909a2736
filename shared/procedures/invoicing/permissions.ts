/**
 * Who may do what in invoicing, in one leaf module the manifest (and so
 * `can()`) and the machine both read, so a button and the rule behind it
 * never disagree. Finance alone reviews an application and issues the
 * invoice (开票申请单 → 财务审核); the department delivers it and records
 * the customer's confirmation (对送给用户的发票……要登记鉴收).
 */
import type { Role } from '../../auth/roles'

export const invoicingPermissions = {
  /** 开票申请单: drafting and submitting to finance. */
  'invoicing.apply': ['clerk', 'commerceManager', 'sales'],
  /** 财务审核 of an application (approve, or return with a comment) and 开具 (the number as issued). */
  'invoicing.issue': ['finance'],
  /** 交付与确认: handed over or sent, and the customer's confirmation. */
  'invoicing.deliver': ['clerk', 'commerceManager', 'sales'],
} as const satisfies Record<string, readonly Role[]>
