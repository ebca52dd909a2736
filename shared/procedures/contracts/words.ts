/**
 * The contract procedure's words in Chinese, in one place: the screens'
 * zh-CN translations (renderer/src/i18n/contracts.zh-CN.ts) and the printed
 * documents (shared/documents/builders) both read these, so paper and screen
 * never call a step by two names.
 */
import type { ApprovalRule } from '../../approvals/approvalRules'
import type { ApprovalDecision } from '../../approvals/approvalStatus'
import type { ChangeStep, ContractStep, MilestoneKind, PhoneOrderStep, QuotationStatus } from './records'

export const contractStepWords: Record<ContractStep, string> = {
  draft: '起草',
  legalReview: '法务审核',
  approval: '审批',
  toSign: '待签订',
  signed: '已签订',
  filed: '已归档',
  performing: '履行中',
  settled: '已结算',
  terminated: '已终止',
  voided: '已作废',
}

export const changeStepWords: Record<ChangeStep, string> = {
  draft: '起草',
  approval: '审批',
  toSign: '待签订',
  signed: '已签订',
  voided: '已作废',
}

export const phoneOrderStepWords: Record<PhoneOrderStep, string> = {
  waiting: '待领导确认',
  approved: '已确认',
  rejected: '未获批准',
  converted: '已补签合同',
  voided: '已作废',
}

export const quotationStatusWords: Record<QuotationStatus, string> = {
  draft: '草稿',
  issued: '已发出',
  accepted: '已转合同',
  voided: '已作废',
}

export const milestoneKindWords: Record<MilestoneKind, string> = {
  advance: '预付款',
  delivery: '到货款',
  acceptance: '验收款',
  retention: '质保金',
  other: '其他款项',
}

export const approvalDecisionWords: Record<ApprovalDecision, string> = {
  approved: '同意',
  rejected: '不同意',
}

/** What each approval rule is called (审批事项). */
export const approvalRuleWords: Record<ApprovalRule, string> = {
  priceBelowQuote: '成交价低于报价超出允许偏差',
  majorContract: '重大合同',
  nonStandardTerms: '非标准条款',
  specialFees: '特殊费用承诺',
  orderWithoutContract: '无正式合同的电话/传真订货',
  invoiceOverOpen: '开票金额超出合同未开票金额',
}
