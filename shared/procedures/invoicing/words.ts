/**
 * The invoicing procedure's words in Chinese, in one place: the screens'
 * zh-CN words (i18n/screens.zh-CN.ts) and the printed documents both read
 * these, so paper and screen never call a step or a kind by two names.
 */
import type { DeliveryWay, InvoiceKind, InvoiceStep } from './records'

export const invoiceStepWords: Record<InvoiceStep, string> = {
  draft: '起草',
  review: '待财务审核',
  returned: '财务退回',
  approval: '待领导审批',
  toIssue: '待开具',
  issued: '已开具',
  delivered: '已交付',
  confirmed: '客户已确认',
  voided: '已作废',
}

export const invoiceKindWords: Record<InvoiceKind, string> = {
  special: '增值税专用发票',
  normal: '增值税普通发票',
  digital: '数电票',
}

export const deliveryWayWords: Record<DeliveryWay, string> = {
  hand: '当面交付',
  post: '邮寄',
  electronic: '电子交付',
}
