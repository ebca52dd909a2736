/**
 * 合同登记册: 销售内勤每月3日前，将本部门上一月的所有《销售合同》原件编号整理成册
 * (商务部工作流程与管理制度 三、15). The register of a month lists the
 * contracts signed in it, by number.
 */
import { contractMachine } from './machines/contract'
import type { ContractRecord, ContractStep } from './records'

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The month before `today`'s, YYYY-MM: the one whose register is due. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/**
 * Whether a contract on the register adds to the month's total. A voided
 * contract stays on the register (it is a record) but never was a signed
 * deal, so it adds nothing; a terminated one was signed, so it counts.
 */
export function countsInRegister(step: ContractStep): boolean {
  return step !== contractMachine.actions.void.to
}

/** The month's total: the contracts that count (countsInRegister), fen. */
export function registerTotalFen(entries: readonly Pick<ContractRecord, 'step' | 'totalFen'>[]): number {
  return entries.reduce((sum, e) => sum + (countsInRegister(e.step) ? e.totalFen : 0), 0)
}

/** The signing dates of a month's register, as an index range (both ends included). */
export function registerRange(month: string): { between: readonly [string, string]; includeUpper: true } {
  return { between: [`${month}-01`, `${month}-31`], includeUpper: true }
}
