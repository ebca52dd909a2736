/**
 * The steps of a sales contract (DOMAIN.md §1) as a state machine: which
 * actions each step allows, who may take them, and the checklist shown at
 * each step, every item citing the department's rule it comes from. The
 * guards that need the contract's data live in contractChecks.ts.
 */
import type { Role } from '../../auth/roles'

export const contractSteps = [
  'draft', // 起草
  'legalReview', // 法务审核
  'approval', // 审批
  'toSign', // 待签订
  'signed', // 已签订
  'filed', // 已归档
  'performing', // 履行中
  'settled', // 已结算
  'terminated', // 终止
  'voided', // 作废
] as const

export type ContractStep = (typeof contractSteps)[number]

export type ContractAction =
  | 'submitLegal'
  | 'legalPass'
  | 'legalReturn'
  | 'approvalsDone'
  | 'approvalRejected'
  | 'sign'
  | 'file'
  | 'startPerformance'
  | 'settle'
  | 'terminate'
  | 'void'

interface Transition {
  from: readonly ContractStep[]
  to: ContractStep | ((ctx: { approvalsRequired: boolean }) => ContractStep)
  /** Who may take the action in the app. */
  roles: readonly Role[]
}

const commerce: readonly Role[] = ['clerk', 'commerceManager', 'sales']
const keepers: readonly Role[] = ['clerk', 'commerceManager', 'archivist']

export const contractTransitions: Record<ContractAction, Transition> = {
  submitLegal: { from: ['draft'], to: 'legalReview', roles: commerce },
  legalPass: {
    from: ['legalReview'],
    to: ({ approvalsRequired }) => (approvalsRequired ? 'approval' : 'toSign'),
    roles: ['legal'],
  },
  legalReturn: { from: ['legalReview'], to: 'draft', roles: ['legal'] },
  // Taken by the approvals engine when the last required approval is decided.
  approvalsDone: { from: ['approval'], to: 'toSign', roles: ['commerceManager', 'leadership'] },
  approvalRejected: { from: ['approval'], to: 'draft', roles: ['commerceManager', 'leadership'] },
  sign: { from: ['toSign'], to: 'signed', roles: ['clerk', 'commerceManager'] },
  file: { from: ['signed'], to: 'filed', roles: keepers },
  startPerformance: { from: ['filed'], to: 'performing', roles: keepers },
  settle: { from: ['performing'], to: 'settled', roles: ['clerk', 'commerceManager', 'finance'] },
  terminate: {
    from: ['signed', 'filed', 'performing'],
    to: 'terminated',
    roles: ['commerceManager', 'leadership'],
  },
  void: {
    from: ['draft', 'legalReview', 'approval', 'toSign'],
    to: 'voided',
    roles: ['clerk', 'commerceManager'],
  },
}

/** The step an action leads to, or null when the action is not open at this step. */
export function nextStep(
  step: ContractStep,
  action: ContractAction,
  ctx: { approvalsRequired: boolean },
): ContractStep | null {
  const t = contractTransitions[action]
  if (!t.from.includes(step)) return null
  return typeof t.to === 'function' ? t.to(ctx) : t.to
}

/** Actions open at a step, for the screen's buttons; the repository checks again. */
export function actionsAt(step: ContractStep, roles: readonly Role[]): ContractAction[] {
  return (Object.keys(contractTransitions) as ContractAction[]).filter((a) => {
    const t = contractTransitions[a]
    return t.from.includes(step) && t.roles.some((r) => roles.includes(r))
  })
}

export interface ChecklistItem {
  id: string
  /** The department's rule, as written (procedures-source.txt). */
  rule: string
}

/** What must be true before leaving each step, each with the rule it comes from. */
export const contractChecklists: Partial<Record<ContractStep, readonly ChecklistItem[]>> = {
  draft: [
    {
      id: 'application',
      rule: '由销售部门或商务部门向法务部门提交商务合同申请,包括合同内容、合同金额、合同期限等。',
    },
    {
      id: 'quoteDeviation',
      rule: '与商务部门报价产生差别的应及时向商务部经理通报相关情况(重大合同需向公司领导请示)',
    },
  ],
  legalReview: [
    { id: 'legality', rule: '法务部门对商务合同进行审查,确认合同的合法性和合规性。' },
    { id: 'risk', rule: '合同签订前,应进行风险评估,确保公司利益。' },
  ],
  approval: [
    {
      id: 'decisions',
      rule: '不同层级的决策需要经过相应的程序和层级的审批,并制定相应的决策记录和决策通知。',
    },
  ],
  toSign: [{ id: 'openPoints', rule: '商务部将所有问题均确认后方可签订销售合同' }],
  signed: [{ id: 'fileToday', rule: '正式《销售合同》签订后于当日保管存档' }],
  filed: [{ id: 'tracking', rule: '合同签订后,应定期进行跟踪管理,确保合同履行。' }],
  performing: [
    { id: 'verify', rule: '验证工程量和费用' },
    { id: 'settlementPapers', rule: '签署结算文件' },
  ],
}

/** The rule that a phone or fax order waits for leadership (DOMAIN.md §1.5). */
export const phoneOrderRule =
  '对于因客户原因无法签订正式《销售合同》或客户电话/传真通知订货的必须向公司领导请示确认后方可执行'
