/** Actors and inputs the contract-procedure repository tests share. */
import type { Actor } from '@shared/auth/permissions'
import type { ContractInput, LineInput, MilestoneInput } from '@shared/procedures/contracts/contractInputs'
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
  { kind: 'advance', percentBp: 3000, dueRule: '合同签订后7日内', dueOn: '' },
  { kind: 'delivery', percentBp: 6000, dueRule: '到货后30日内', dueOn: '' },
  { kind: 'retention', percentBp: 1000, dueRule: '质保期满后', dueOn: '' },
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
  return (await saveArchive(db, 'customers', null, customer(), as(clerk))).id
}

/** A scan attached to a contract-procedure record, as the 附件 section would store it. */
export async function aScan(db: DeskDb, table: 'contracts' | 'contractChanges' | 'phoneOrders', id: string) {
  const stored = { sha256: 'a'.repeat(64), bytes: 1000, mime: 'application/pdf' as const }
  return addAttachment(db, { table, id }, stored, '签字扫描件.pdf', as(clerk, now))
}
