/**
 * What each step of invoicing asks, quoting the department's rules
 * (../shared/procedures-source.txt) with the clause they come from.
 */
import type { ChecklistItem, Checklists } from '../kit/checklist'
import type { InvoiceStep } from './records'

const flow = '商务部工作流程与管理制度'

const apply: ChecklistItem = { id: 'apply', rule: '填写开票申请单', source: `${flow} 二、5、1)` }
const review: ChecklistItem = { id: 'review', rule: '财务部审核开票', source: `${flow} 二、5、2)` }
const deliver: ChecklistItem = { id: 'deliver', rule: '交客户发票并确认', source: `${flow} 二、5、3)` }
const register: ChecklistItem = {
  id: 'register',
  rule: '对送给用户的发票及取回的支票、汇票要登记鉴收。',
  source: `${flow} 三、9`,
}
const overOpen: ChecklistItem = {
  id: 'overOpen',
  rule: '超出合同未开票金额的开票申请，须经公司领导审批',
  source: '开票与回款（超额开票）',
}

export const invoiceChecklists: Checklists<InvoiceStep> = {
  draft: [apply],
  returned: [apply],
  review: [review],
  approval: [overOpen],
  toIssue: [review],
  issued: [deliver, register],
  delivered: [deliver, register],
}
