/**
 * The collections procedure's words in Chinese, in one place: the screens'
 * zh-CN words and the printed documents both read these, so paper and
 * screen never call a step or a method by two names.
 */
import type {
  BillHandoverStep,
  ContactWay,
  MonthCloseStep,
  ReceiptMethod,
  ReceiptStep,
  StatementAnswer,
  StatementReportStep,
  StatementStep,
} from './records'

export const receiptMethodWords: Record<ReceiptMethod, string> = {
  transfer: '银行转账',
  cheque: '支票',
  commercialBill: '商业承兑汇票',
  bankBill: '银行承兑汇票',
  bankDraft: '银行汇票',
}

export const receiptStepWords: Record<ReceiptStep, string> = {
  pending: '待财务确认',
  confirmed: '财务已确认',
  returned: '财务退回',
  voided: '已作废',
}

export const contactWayWords: Record<ContactWay, string> = {
  phone: '电话',
  visit: '上门',
  letter: '函件',
  wechat: '微信',
  email: '邮件',
}

export const billHandoverStepWords: Record<BillHandoverStep, string> = {
  draft: '待财务签收',
  signed: '财务已签收',
  voided: '已作废',
}

export const statementStepWords: Record<StatementStep, string> = {
  draft: '待发出',
  sent: '已发出',
  confirmed: '已确认相符',
  differs: '有差异',
  resolved: '差异已处理',
}

export const statementAnswerWords: Record<StatementAnswer, string> = { match: '相符', differ: '不符' }

export const statementReportStepWords: Record<StatementReportStep, string> = {
  draft: '待报告',
  reported: '已报告',
  acknowledged: '已确认',
}

export const monthCloseStepWords: Record<MonthCloseStep, string> = {
  open: '编制中',
  toSignOff: '待财务签认',
  signedOff: '财务已签认',
}
