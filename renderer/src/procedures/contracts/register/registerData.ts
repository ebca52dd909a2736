/** What the 合同登记册 page shows for a month: its contracts with customer names, the total, and whether it was produced. */
import type { RegisterEntry } from '@shared/procedures/contracts/documents'
import type { ContractRegisterRecord } from '@shared/procedures/contracts/records'
import { registerTotalFen } from '@shared/procedures/contracts/register'
import { isLive } from '@shared/types/records'
import type { DeskDb } from '../../../data/db'
import { registerContracts } from '../../../data/repositories/contracts/registerRepo'

export interface RegisterView {
  month: string
  entries: RegisterEntry[]
  /** Of the contracts that count (countsInRegister), as the printed register. */
  totalFen: number
  produced: ContractRegisterRecord | null
}

export async function loadRegister(db: DeskDb, month: string): Promise<RegisterView> {
  const contracts = await registerContracts(db, month)
  const ids = [...new Set(contracts.map((c) => c.customerId).filter(Boolean))]
  const customers = await db.customers.bulkGet(ids)
  const names = new Map(ids.map((id, i) => [id, customers[i]?.name ?? '']))
  const entries = contracts.map((c) => ({
    number: c.number,
    title: c.title,
    signedOn: c.signedOn,
    totalFen: c.totalFen,
    step: c.step,
    customerName: names.get(c.customerId) ?? '',
  }))
  const produced = await db.contractRegisters.get(month)
  return {
    month,
    entries,
    totalFen: registerTotalFen(entries),
    produced: produced && isLive(produced) ? produced : null,
  }
}

/** The months offered, newest first: this month and the `count - 1` before it. */
export function recentMonths(today: string, count = 36): string[] {
  let [y, m] = today.split('-').map(Number)
  const months: string[] = []
  for (let i = 0; i < count; i++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`)
    if (--m === 0) {
      m = 12
      y -= 1
    }
  }
  return months
}
