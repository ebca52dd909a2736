/**
 * What each step of collections asks, quoting the department's rules
 * (../shared/procedures-source.txt) with the clause they come from.
 */
import type { ChecklistItem, Checklists } from '../kit/checklist'
import type {
  BillHandoverStep,
  MonthCloseStep,
  ReceiptStep,
  StatementReportStep,
  StatementStep,
} from './records'

const flow = '商务部工作流程与管理制度'
const department = '商务部管理制度'

const companyAccount: ChecklistItem = {
  id: 'companyAccount',
  rule: '不能私自收取经销商货款，必须款项汇回公司账户',
  source: `${flow} 三、2`,
}
const confirmWithFinance: ChecklistItem = {
  id: 'confirmWithFinance',
  rule: '和财务部确认回款情况',
  source: `${flow} 二、6、2)`,
}
const tellCustomer: ChecklistItem = { id: 'tellCustomer', rule: '反馈给客户', source: `${flow} 二、6、3)` }
const billsSameDay: ChecklistItem = {
  id: 'billsSameDay',
  rule: '对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收',
  source: `${flow} 三、12`,
}
const registerBills: ChecklistItem = {
  id: 'registerBills',
  rule: '对送给用户的发票及取回的支票、汇票要登记鉴收',
  source: `${flow} 三、9`,
}
const reconcile: ChecklistItem = {
  id: 'reconcile',
  rule: '应在每年的6月底和12月底与客户核对往来账目',
  source: `${flow} 三、13`,
}
const report: ChecklistItem = {
  id: 'report',
  rule: '并将结果报告销售部经理，并通报公司财务部',
  source: `${flow} 三、13`,
}
const monthEndCheck: ChecklistItem = {
  id: 'monthEndCheck',
  rule: '负责往来账项的管理，并于每月末与财务进行核对',
  source: `${department} 第一条 15`,
}

/** 制度：应每日向财务部了解回款情况，及时处理回款过程中发现的问题，杜绝错帐、坏帐的发生. */
export const dailyCheckRule: ChecklistItem = {
  id: 'dailyCheck',
  rule: '应每日向财务部了解回款情况，及时处理回款过程中发现的问题，杜绝错帐、坏帐的发生',
  source: `${flow} 三、11`,
}

/** 制度：商务部按照合同流程催款. */
export const dunningRule: ChecklistItem = {
  id: 'dunning',
  rule: '商务部按照合同流程催款',
  source: `${flow} 二、6、1)`,
}

export const receiptChecklists: Checklists<ReceiptStep> = {
  pending: [companyAccount, confirmWithFinance, billsSameDay],
  returned: [companyAccount, confirmWithFinance],
  confirmed: [tellCustomer],
}

export const billHandoverChecklists: Checklists<BillHandoverStep> = {
  draft: [billsSameDay, registerBills],
}

export const statementChecklists: Checklists<StatementStep> = {
  draft: [reconcile],
  sent: [reconcile],
  differs: [reconcile, report],
}

export const statementReportChecklists: Checklists<StatementReportStep> = {
  draft: [report],
  reported: [report],
}

export const monthCloseChecklists: Checklists<MonthCloseStep> = {
  open: [monthEndCheck],
  toSignOff: [monthEndCheck],
}
