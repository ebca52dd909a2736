/**
 * Who may do what in shipping and stock, in one leaf module the manifest
 * (and so `can()`) and the machines both read, so a button and the rule
 * behind it never disagree. Finance alone reviews purchase orders and signs
 * off the month's count (制度：财务部审核合同和设备采购单; 库房…每月末与财务进行核对).
 */
import type { Role } from '../../auth/roles'

export const shippingPermissions = {
  /** 设备采购单 and 发运: drafting, submitting, ordering from the manufacturer, shipping. */
  'shipping.edit': ['clerk', 'commerceManager', 'sales'],
  /** 财务审核 of a purchase order: approve, or return with a comment. */
  'shipping.review': ['finance'],
  /** 发货凭证 / 收货凭证: attaching the vouchers and the signed receipt's scan. */
  'shipping.attach': ['clerk', 'commerceManager', 'sales', 'archivist'],
  /** 签收 and 归档 of shipments (the signed receipt kept, 不得遗失). */
  'shipping.file': ['clerk', 'commerceManager', 'archivist'],
  /** The stock ledger and the month-end count (库房). */
  'stock.edit': ['clerk', 'commerceManager'],
  /** 财务签认 of the month's stock count. */
  'stock.signOff': ['finance'],
} as const satisfies Record<string, readonly Role[]>
