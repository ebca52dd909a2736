/**
 * The contract procedure's rules that become checks (DOMAIN.md "Rules that
 * become checks"), each reading only the rows its condition selects:
 * - 正式《销售合同》签订后于当日保管存档 — signed contracts not yet filed;
 * - contracts waiting for legal review (法务), and contracts approved and
 *   waiting to be signed (whoever signs, and the contract's drafter);
 * - approvals waiting at the looking user's step (contracts, change
 *   agreements, phone/fax orders), so each approver sees only their turn;
 * - 销售内勤每月3日前，将本部门上一月的所有《销售合同》原件编号整理成册.
 * A contract's delivery is derived from its shipments, so its overdue
 * check lives with them (shared/procedures/shipping/deadlines.ts); what it
 * is owed, from confirmed receipts, with collections
 * (shared/procedures/collections/paymentsDeadline.ts).
 */
import { approvalProgress, decidableBy } from '../../approvals/approvalStatus'
import type { Role } from '../../auth/roles'
import {
  type DeadlineRule,
  type DueFact,
  type QueriedRows,
  type RowQuery,
  SHOWN_ITEMS,
  firstOfRanges,
  totalOf,
} from '../kit/deadlines'
import {
  type ApprovalRow,
  type ContractChangeRecord,
  type ContractRecord,
  type PhoneOrderRecord,
} from './records'
import { changeMachine } from './machines/change'
import { contractMachine } from './machines/contract'
import { phoneOrderMachine } from './machines/phoneOrder'
import { permissionRoles } from '../../auth/permissions'
import { previousMonth, registerRange } from './register'

const rows = <T>(q: QueriedRows, key: string) => (q[key] ?? []) as unknown as readonly T[]
const customer = (id: string) => ({ customer: { table: 'customers', id } })

/** Who files a signed contract: the roles that may take its machine's `file`. */
const fileRoles = contractMachine.actions.file.who as readonly Role[]

/** An approver lands on the record's approvals, where 同意 / 不同意 are. */
const approvalsTab = 'tab=approvals'

/** Signed on or before today and not filed: by the day signed, the first with a limit, the rest counted. */
const signedUpTo = (today: string) =>
  Object.fromEntries(
    contractMachine.actions.file.from.map((step) => [
      step,
      {
        table: 'contracts',
        index: '[step+signedOn]',
        between: [
          [step, '0000-00-00'],
          [step, today],
        ],
        includeUpper: true,
        limit: SHOWN_ITEMS + 1,
        count: true,
      } satisfies RowQuery,
    ]),
  )

export const filingDeadline: DeadlineRule = {
  id: 'contracts.filing',
  list: { table: 'contracts' },
  read: ({ today }) => signedUpTo(today),
  due: (q, { today }) => {
    const { first, total } = firstOfRanges<ContractRecord>(
      q,
      Object.keys(signedUpTo(today)),
      (c) => c.signedOn,
    )
    return {
      total,
      facts: first.map((c) => ({
        id: `contract.file.${c.id}`,
        due: c.signedOn,
        owners: fileRoles,
        titleKey: c.signedOn < today ? 'contractDue.notFiled' : 'contractDue.fileToday',
        params: { number: c.number, date: c.signedOn },
        names: customer(c.customerId),
        at: { table: 'contracts', id: c.id },
      })),
    }
  },
}

/** Contracts in some steps, all due today: the first few of each and how many in all. */
const inSteps = (steps: readonly string[]): RowQuery => ({
  table: 'contracts',
  index: 'step',
  anyOf: steps,
  limit: SHOWN_ITEMS + 1,
  count: true,
})

/** A record waiting for approvals, as the approvals check reads it. */
type Waiting = Pick<ContractRecord, 'id' | 'requiredApprovals' | 'approvalRound' | 'updatedAt'>

export const approvalsWaitingDeadline: DeadlineRule = {
  id: 'contracts.approvals',
  list: { table: 'contracts' },
  read: ({ actor }): Readonly<Record<string, RowQuery>> =>
    actor && actor.roles.length > 0
      ? {
          contracts: { table: 'contracts', index: 'step', anyOf: contractMachine.actions.approvalsDone.from },
          changes: {
            table: 'contractChanges',
            index: 'step',
            anyOf: changeMachine.actions.approvalsDone.from,
          },
          orders: {
            table: 'phoneOrders',
            index: 'step',
            anyOf: phoneOrderMachine.actions.approvalsDone.from,
          },
        }
      : {},
  follow: (q) => {
    const subjects = [
      ...rows<Waiting>(q, 'contracts'),
      ...rows<Waiting>(q, 'changes'),
      ...rows<Waiting>(q, 'orders'),
    ]
    return {
      decisions: { table: 'approvals', index: 'subjectId', anyOf: subjects.map((s) => s.id) },
      parents: {
        table: 'contracts',
        index: 'id',
        anyOf: rows<ContractChangeRecord>(q, 'changes').map((c) => c.contractId),
      },
    }
  },
  due: (q, { today, actor }) => {
    if (!actor) return []
    const decisions = rows<ApprovalRow>(q, 'decisions')
    const parents = new Map(rows<ContractRecord>(q, 'parents').map((c) => [c.id, c]))
    const facts: DueFact[] = []
    const waiting = (
      s: Waiting,
      since: string,
      fact: Pick<DueFact, 'titleKey' | 'params' | 'names' | 'at'>,
    ): void => {
      const round = decisions.filter((d) => d.subjectId === s.id && d.round === s.approvalRound)
      const mine = decidableBy(approvalProgress(s.requiredApprovals, round), actor.roles)
      if (mine.length === 0) return
      // The day it reached this step: the round's last decision, else the day it started waiting.
      const reached = round.reduce((d, r) => (r.at.slice(0, 10) > d ? r.at.slice(0, 10) : d), since)
      facts.push({
        ...fact,
        id: `approval.${fact.at.table}.${s.id}`,
        // No rule sets a deadline for approvals: what waits for you is due today.
        due: today,
        owners: [...new Set(mine.map((r) => r.role))] as Role[],
        params: { ...fact.params, since: reached },
      })
    }
    for (const c of rows<ContractRecord>(q, 'contracts'))
      waiting(c, c.legalOn || c.updatedAt.slice(0, 10), {
        titleKey: 'contractDue.contractApproval',
        params: { number: c.number },
        names: customer(c.customerId),
        at: { table: 'contracts', id: c.id, query: approvalsTab },
      })
    for (const c of rows<ContractChangeRecord>(q, 'changes')) {
      const parent = parents.get(c.contractId)
      waiting(c, c.updatedAt.slice(0, 10), {
        titleKey: 'contractDue.changeApproval',
        params: { number: c.number, contract: parent?.number ?? '' },
        names: customer(parent?.customerId ?? ''),
        at: { table: 'contractChanges', id: c.id, query: approvalsTab },
      })
    }
    for (const o of rows<PhoneOrderRecord>(q, 'orders'))
      waiting(o, o.receivedOn || o.createdAt.slice(0, 10), {
        titleKey: o.channel === 'fax' ? 'contractDue.faxOrderApproval' : 'contractDue.phoneOrderApproval',
        params: { number: o.number },
        names: customer(o.customerId),
        at: { table: 'phoneOrders', id: o.id, query: approvalsTab },
      })
    return facts
  },
}

export const registerDeadline: DeadlineRule = {
  id: 'contracts.register',
  list: { table: 'contracts' },
  read: ({ today }) => {
    const month = previousMonth(today)
    return {
      produced: { table: 'contractRegisters', index: 'id', equals: month },
      // How many were signed, counted by the index.
      contracts: { table: 'contracts', index: 'signedOn', ...registerRange(month), limit: 0, count: true },
    }
  },
  due: (q, { today }) => {
    const count = totalOf(q, 'contracts')
    if (rows(q, 'produced').length > 0 || count === 0) return []
    const month = previousMonth(today)
    const [year, m] = month.split('-').map(Number)
    return [
      {
        id: `contracts.register.${month}`,
        due: `${today.slice(0, 7)}-03`,
        owners: permissionRoles['contracts.register'],
        titleKey: 'contractDue.register',
        params: { year, month: m, count },
        at: { table: 'contractRegisters', id: month },
      },
    ]
  },
}

/** Contracts submitted to legal: on 法务's 工作台 until reviewed. */
export const legalReviewDeadline: DeadlineRule = {
  id: 'contracts.legalReview',
  list: { table: 'contracts' },
  read: () => ({ waiting: inSteps(contractMachine.actions.legalPass.from) }),
  due: (q, { today }) => ({
    total: totalOf(q, 'waiting'),
    facts: rows<ContractRecord>(q, 'waiting').map((c) => ({
      id: `contract.legal.${c.id}`,
      // No rule sets a deadline for the review: what waits for you is due today.
      due: today,
      owners: contractMachine.actions.legalPass.who as readonly Role[],
      titleKey: 'contractDue.legalReview',
      params: { number: c.number, since: c.updatedAt.slice(0, 10) },
      names: customer(c.customerId),
      at: { table: 'contracts', id: c.id },
    })),
  }),
}

/** Contracts whose approvals are done: whoever signs is told, and so is the contract's drafter. */
export const toSignDeadline: DeadlineRule = {
  id: 'contracts.toSign',
  list: { table: 'contracts' },
  read: () => ({ ready: inSteps(contractMachine.actions.sign.from) }),
  due: (q, { today }) => ({
    total: totalOf(q, 'ready'),
    facts: rows<ContractRecord>(q, 'ready').map((c) => ({
      id: `contract.sign.${c.id}`,
      due: today,
      owners: contractMachine.actions.sign.who as readonly Role[],
      users: [c.createdBy],
      titleKey: 'contractDue.toSign',
      params: { number: c.number, since: c.approvedOn || c.legalOn },
      names: customer(c.customerId),
      at: { table: 'contracts', id: c.id },
    })),
  }),
}

export const contractDeadlines: readonly DeadlineRule[] = [
  legalReviewDeadline,
  toSignDeadline,
  filingDeadline,
  approvalsWaitingDeadline,
  registerDeadline,
]
