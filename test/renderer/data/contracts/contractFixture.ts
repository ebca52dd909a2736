/** Actors and inputs the contract-procedure repository tests share. */
import { expect } from 'vitest'
import type { Actor } from '@shared/auth/permissions'
import type { Transition } from '@shared/procedures/kit/machine'
import type { ContractInput, LineInput, MilestoneInput } from '@shared/procedures/contracts/schema'
import { bookkeepingFields } from '@shared/types/records'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { addAttachment } from '../../../../renderer/src/data/repositories/attachmentsRepo'
import { saveArchive } from '../../../../renderer/src/data/repositories/archivesRepo'
import { as, customer, now } from '../archiveFixture'
import { clerk } from '../dbFixture'

export const legal: Actor = { userId: 'U-LEGAL', name: '周法务', roles: ['legal'] }
export const manager: Actor = { userId: 'U-MGR', name: '吴经理', roles: ['commerceManager'] }
export const leader: Actor = { userId: 'U-LEAD', name: '郑总', roles: ['leadership'] }
export const keeper: Actor = { userId: 'U-ARCH', name: '孙档案', roles: ['archivist'] }

export function line(overrides: Partial<LineInput> = {}): LineInput {
  return {
    productId: '',
    name: '智能电表',
    spec: 'DTZ-341',
    unit: '台',
    qty: 10,
    quotedUnitFen: null,
    unitFen: 100_000,
    discountBp: 0,
    taxRateBp: 1300,
    note: '',
    ...overrides,
  }
}

export const milestones: MilestoneInput[] = [
  {
    kind: 'advance',
    percentBp: 3000,
    dueRule: '合同签订后7日内',
    trigger: 'signed',
    triggerDays: 7,
    dueOn: '',
  },
  {
    kind: 'delivery',
    percentBp: 6000,
    dueRule: '到货后30日内',
    trigger: 'accepted',
    triggerDays: 30,
    dueOn: '',
  },
  {
    kind: 'retention',
    percentBp: 1000,
    dueRule: '质保期满后',
    trigger: 'warrantyEnd',
    triggerDays: 15,
    dueOn: '',
  },
]

export function contractInput(customerId: string, overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    title: '电表采购合同',
    customerId,
    signPlace: '北京',
    deliveryTerms: '送货至甲方指定地点',
    deliveryDueOn: '2026-12-20',
    warranty: '质保一年',
    clauses: [{ title: '争议解决', text: '协商不成向乙方所在地法院起诉。' }],
    nonStandardTerms: false,
    specialFees: false,
    specialFeesNote: '',
    lines: [line()],
    milestones,
    ...overrides,
  }
}

export async function aCustomer(db: DeskDb): Promise<string> {
  return (await saveArchive(db, { table: 'customers', id: null, input: customer() }, as(clerk))).id
}

/** A scan attached to a contract-procedure record, as the 附件 section would store it. */
export async function aScan(db: DeskDb, table: 'contracts' | 'contractChanges' | 'phoneOrders', id: string) {
  const stored = { sha256: 'a'.repeat(64), bytes: 1000, mime: 'application/pdf' as const }
  return addAttachment(db, { owner: { table, id }, stored, fileName: '签字扫描件.pdf' }, as(clerk, now))
}

/**
 * The app's failure a machine's refusal becomes in a repository
 * (renderer/src/data/repositories/takeTransition.ts): who may not is
 * `auth.forbidden` naming the machine's action, a closed step says the
 * machine's own words, a data problem is refused at its field.
 */
export function failureOf(result: Transition<string, object>, table: string, action: string) {
  if (result.ok) throw new Error(`the machine allows ${action}`)
  const r = result.refusal
  if (r.kind === 'forbidden') return { code: 'auth.forbidden', params: { permission: `${table}.${action}` } }
  if (r.kind === 'closed') return { code: r.message.code, messageKey: r.message.messageKey }
  const [first] = r.problems
  return { code: 'validation', messageKey: first.messageKey, params: { field: first.field } }
}

const bookkeeping = new Set<string>(bookkeepingFields)

/** The fields a write changed in a row, bookkeeping aside. */
export function changedFields(before: object, after: object): Record<string, unknown> {
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  return Object.fromEntries(
    Object.keys({ ...b, ...a })
      .filter((k) => !bookkeeping.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
      .map((k) => [k, a[k]]),
  )
}

/** The row changed exactly as the machine's allowed transition says, and in nothing else. */
export function expectMachinePatch(before: object, after: object, result: Transition<string, object>): void {
  if (!result.ok) throw new Error(`the machine refused: ${JSON.stringify(result.refusal)}`)
  expect(changedFields(before, after)).toEqual(changedFields(before, { ...before, ...result.patch }))
  expect(after).toMatchObject(result.patch)
}
