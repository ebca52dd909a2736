/**
 * 工作台 checks of the contract procedure (DOMAIN.md §1, "Rules that become checks"):
 * - 正式《销售合同》签订后于当日保管存档 — signed contracts not yet filed;
 * - approvals waiting at the signed-in user's step (contracts, change
 *   agreements, phone/fax orders), so each approver sees only their turn;
 * - 每月3日前 last month's contracts bound into the register (合同登记册);
 * - payment milestones and deliveries past their date while the contract is
 *   in force.
 * Each check lists at most a few items and then says how many more there are (capped).
 */
import { approvalProgress, decidableBy } from '@shared/approvals/approvalStatus'
import type { Role } from '@shared/auth/roles'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import type {
  ApprovalSubjectTable,
  ContractRecord,
  MilestoneRecord,
} from '@shared/procedures/contracts/contractRecords'
import type { ContractStep } from '@shared/procedures/contracts/contractSteps'
import type { DeskDb } from '../../data/db'
import { roundApprovals } from '../../data/repositories/contracts/approvalsRepo'
import { previousMonth, registerContracts } from '../../data/repositories/contracts/registerRepo'
import { capped, type DueCheck, type DueItem, registerDueCheck } from './dueChecks'

/** Where each record opens; the contract screens own these paths. */
export const contractLinks = {
  contract: (id: string) => `/contracts/${id}`,
  change: (id: string) => `/contract-changes/${id}`,
  phoneOrder: (id: string) => `/phone-orders/${id}`,
  register: (month: string) => `/contracts-register?month=${month}`,
  contracts: '/contracts',
}

/** Steps in which a signed contract binds both sides (payments and delivery are owed). */
export const inForceSteps: readonly ContractStep[] = ['signed', 'filed', 'performing']

/** Customer names by id ('' for one that is gone). */
async function customerNames(db: DeskDb, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  const rows = await db.customers.bulkGet(unique)
  return new Map(unique.map((id, i) => [id, rows[i]?.name ?? '']))
}

const live = <T extends { deletedAt: string | null }>(rows: T[]) => rows.filter((r) => !r.deletedAt)

export const contractFilingCheck: DueCheck = {
  id: 'contracts.filing',
  async collect({ db, now, t }) {
    const today = todayIso(now)
    const signed = live(await db.contracts.where('step').equals('signed').toArray()).filter(
      (c) => c.signedOn !== '' && c.signedOn <= today,
    )
    const names = await customerNames(
      db,
      signed.map((c) => c.customerId),
    )
    const items = signed.map((c) => ({
      id: `contract.file.${c.id}`,
      title: t(c.signedOn < today ? 'contractDue.notFiled' : 'contractDue.fileToday', {
        number: c.number,
        customer: names.get(c.customerId) || t('contractDue.unknownCustomer'),
        date: c.signedOn,
      }),
      due: c.signedOn,
      owner: t('roles.archivist'),
      link: contractLinks.contract(c.id),
    }))
    return capped(items, 'contracts.filing', t, contractLinks.contracts)
  },
}

interface WaitingSubject {
  table: ApprovalSubjectTable
  id: string
  step: string
  requiredApprovals: ContractRecord['requiredApprovals']
  approvalRound: number
  /** The day it started waiting for approvals (legal review passed, submitted, received). */
  since: string
  title: (roles: string) => string
  link: string
}

export const approvalsWaitingCheck: DueCheck = {
  id: 'contracts.approvals',
  async collect({ db, now, t, actor }) {
    if (!actor || actor.roles.length === 0) return []
    const today = todayIso(now)
    const [contracts, changes, orders] = await Promise.all([
      db.contracts.where('step').equals('approval').toArray().then(live),
      db.contractChanges.toArray().then((rows) => live(rows).filter((c) => c.step === 'approval')),
      db.phoneOrders.where('step').equals('waiting').toArray().then(live),
    ])
    const parents = new Map(
      (await db.contracts.bulkGet(changes.map((c) => c.contractId))).flatMap((c) => (c ? [[c.id, c]] : [])),
    )
    const names = await customerNames(db, [
      ...contracts.map((c) => c.customerId),
      ...orders.map((o) => o.customerId),
      ...[...parents.values()].map((c) => c.customerId),
    ])
    const customer = (id: string | undefined) => (id && names.get(id)) || t('contractDue.unknownCustomer')
    const subjects: WaitingSubject[] = [
      ...contracts.map((c) => ({
        table: 'contracts' as const,
        ...c,
        since: c.legalOn || c.updatedAt.slice(0, 10),
        title: (roles: string) =>
          t('contractDue.contractApproval', { number: c.number, customer: customer(c.customerId), roles }),
        link: contractLinks.contract(c.id),
      })),
      ...changes.map((c) => {
        const parent = parents.get(c.contractId)
        return {
          table: 'contractChanges' as const,
          ...c,
          since: c.updatedAt.slice(0, 10),
          title: (roles: string) =>
            t('contractDue.changeApproval', {
              number: c.number,
              contract: parent?.number ?? '',
              customer: customer(parent?.customerId),
              roles,
            }),
          link: contractLinks.change(c.id),
        }
      }),
      ...orders.map((o) => ({
        table: 'phoneOrders' as const,
        ...o,
        since: o.receivedOn || o.createdAt.slice(0, 10),
        title: (roles: string) =>
          t(o.channel === 'fax' ? 'contractDue.faxOrderApproval' : 'contractDue.phoneOrderApproval', {
            number: o.number,
            customer: customer(o.customerId),
            roles,
          }),
        link: contractLinks.phoneOrder(o.id),
      })),
    ]
    const items: DueItem[] = []
    for (const s of subjects) {
      const round = await roundApprovals(db, s)
      const mine = decidableBy(approvalProgress(s.requiredApprovals, round), actor.roles)
      if (mine.length === 0) continue
      const roles = [...new Set(mine.map((r) => r.role))] as Role[]
      const roleNames = roles.map((r) => t(`roles.${r}`)).join(t('common.listSep'))
      // The day it reached this step: the last decision of the round, else the day it started waiting.
      const reached = round.reduce((d, r) => (r.at.slice(0, 10) > d ? r.at.slice(0, 10) : d), s.since)
      items.push({
        id: `approval.${s.table}.${s.id}`,
        title: `${s.title(roleNames)}${t('contractDue.waitingSince', { date: reached })}`,
        // No rule sets a deadline for approvals: what waits for you is due today.
        due: today,
        owner: roleNames,
        link: s.link,
      })
    }
    return capped(items, 'contracts.approvals', t, contractLinks.contracts)
  },
}

export const contractRegisterCheck: DueCheck = {
  id: 'contracts.register',
  async collect({ db, now, t }) {
    const today = todayIso(now)
    const month = previousMonth(today)
    const produced = await db.contractRegisters.get(month)
    if (produced && !produced.deletedAt) return []
    const contracts = await registerContracts(db, month)
    if (contracts.length === 0) return []
    const [y, m] = month.split('-').map(Number)
    return [
      {
        id: `contracts.register.${month}`,
        title: t('contractDue.register', { year: y, month: m, count: contracts.length }),
        due: `${today.slice(0, 7)}-03`,
        owner: t('roles.archivist'),
        link: contractLinks.register(month),
      },
    ]
  },
}

/** A milestone's amount, fen, half up (the contract document's rounding, without its last-line remainder). */
function milestoneFen(m: MilestoneRecord, totalFen: number): number {
  return Number((BigInt(totalFen) * BigInt(m.percentBp) * 2n + 10_000n) / 20_000n)
}

export const paymentOverdueCheck: DueCheck = {
  id: 'contracts.payments',
  async collect({ db, now, t }) {
    const today = todayIso(now)
    // '' (no date yet) sorts before '0000-00-00' and is left out.
    const due = live(
      await db.milestones.where('dueOn').between('0000-00-00', today, true, false).toArray(),
    ).filter((m) => m.parentTable === 'contracts' && m.receivedOn === '')
    const contracts = new Map(
      (await db.contracts.bulkGet([...new Set(due.map((m) => m.parentId))])).flatMap((c) =>
        c && !c.deletedAt && inForceSteps.includes(c.step) ? [[c.id, c]] : [],
      ),
    )
    const names = await customerNames(
      db,
      [...contracts.values()].map((c) => c.customerId),
    )
    const items = due.flatMap((m) => {
      const c = contracts.get(m.parentId)
      if (!c) return []
      return [
        {
          id: `payment.${m.id}`,
          title: t('contractDue.paymentOverdue', {
            number: c.number,
            customer: names.get(c.customerId) || t('contractDue.unknownCustomer'),
            kind: t(`contractDue.milestoneKinds.${m.kind}`),
            amount: formatFen(milestoneFen(m, c.totalFen)),
            date: m.dueOn,
          }),
          due: m.dueOn,
          owner: t('roles.sales'),
          link: contractLinks.contract(c.id),
        },
      ]
    })
    return capped(items, 'contracts.payments', t, contractLinks.contracts)
  },
}

export const deliveryOverdueCheck: DueCheck = {
  id: 'contracts.delivery',
  async collect({ db, now, t }) {
    const today = todayIso(now)
    const late = live(await db.contracts.where('step').anyOf(inForceSteps).toArray()).filter(
      (c) => c.deliveryDueOn !== '' && c.deliveryDueOn < today && c.deliveredOn === '',
    )
    const names = await customerNames(
      db,
      late.map((c) => c.customerId),
    )
    const items = late.map((c) => ({
      id: `delivery.${c.id}`,
      title: t('contractDue.deliveryOverdue', {
        number: c.number,
        customer: names.get(c.customerId) || t('contractDue.unknownCustomer'),
        date: c.deliveryDueOn,
      }),
      due: c.deliveryDueOn,
      owner: t('roles.clerk'),
      link: contractLinks.contract(c.id),
    }))
    return capped(items, 'contracts.delivery', t, contractLinks.contracts)
  },
}

registerDueCheck(contractFilingCheck)
registerDueCheck(approvalsWaitingCheck)
registerDueCheck(contractRegisterCheck)
registerDueCheck(paymentOverdueCheck)
registerDueCheck(deliveryOverdueCheck)
