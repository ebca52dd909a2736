/**
 * What each step of the contract procedure asks, quoting the department's
 * rules (../shared/procedures-source.txt) with the clause they come from.
 */
import type { ChecklistItem, Checklists } from '../kit/checklist'
import type { ChangeStep, ContractStep, PhoneOrderStep, QuotationStatus } from './records'

const flow = '商务部工作流程与管理制度'
const projects = '工程项目商务管理制度流程'
const business = '商务工作管理制度及流程'
const office = '公司公务_商务管理制度'

const decisions: ChecklistItem = {
  id: 'decisions',
  rule: '不同层级的决策需要经过相应的程序和层级的审批,并制定相应的决策记录和决策通知。',
  source: '商务管理制度及工作制度',
}

export const contractChecklists: Checklists<ContractStep> = {
  draft: [
    {
      id: 'application',
      rule: '由销售部门或商务部门向法务部门提交商务合同申请,包括合同内容、合同金额、合同期限等。',
      source: `${business} 3.1 1)`,
    },
    {
      id: 'quoteDeviation',
      rule: '与商务部门报价产生差别的应及时向商务部经理通报相关情况(重大合同需向公司领导请示)',
      source: `${flow} 二、1、2)`,
    },
  ],
  legalReview: [
    {
      id: 'legality',
      rule: '法务部门对商务合同进行审查,确认合同的合法性和合规性。',
      source: `${business} 3.1 2)`,
    },
    { id: 'risk', rule: '合同签订前,应进行风险评估,确保公司利益。', source: `${office} 第十七条` },
  ],
  approval: [decisions],
  toSign: [
    { id: 'openPoints', rule: '商务部将所有问题均确认后方可签订销售合同', source: `${flow} 二、1、4)` },
  ],
  signed: [{ id: 'fileToday', rule: '正式《销售合同》签订后于当日保管存档', source: `${flow} 二、1、5)` }],
  filed: [
    { id: 'tracking', rule: '合同签订后,应定期进行跟踪管理,确保合同履行。', source: `${office} 第十八条` },
  ],
  performing: [
    { id: 'verify', rule: '验证工程量和费用', source: `${projects} 三、4(1)` },
    { id: 'settlementPapers', rule: '签署结算文件', source: `${projects} 三、4(3)` },
  ],
}

export const changeChecklists: Checklists<ChangeStep> = {
  draft: [
    { id: 'agreement', rule: '协商并签订变更协议', source: `${projects} 三、3(1)` },
    { id: 'impact', rule: '审查变更影响', source: `${projects} 三、3(2)` },
  ],
  approval: [decisions],
}

/** The rule that a phone or fax order waits for leadership (DOMAIN.md §1.5). */
export const phoneOrderRule: ChecklistItem = {
  id: 'leadership',
  rule: '对于因客户原因无法签订正式《销售合同》或客户电话/传真通知订货的必须向公司领导请示确认后方可执行',
  source: `${flow} 二、1、6)`,
}

export const phoneOrderChecklists: Checklists<PhoneOrderStep> = { waiting: [phoneOrderRule] }

export const quotationChecklists: Checklists<QuotationStatus> = {
  draft: [
    {
      id: 'quote',
      rule: '公司销售人员在给客户报价或投标后,根据实际情况可进行商务谈判',
      source: `${flow} 二、1、1)`,
    },
  ],
}
