/** The contract form's values: the input the repository takes, built from stored rows or defaults. */
import { type ContractInput, contractDraftInput } from '@shared/procedures/contracts/schema'
import type {
  ContractClause,
  ContractRecord,
  MilestoneRecord,
  TradeLineRecord,
} from '@shared/procedures/contracts/records'
import { lineInputOf, milestoneInputOf } from '../../../data/repositories/contracts/childLines'

export function contractFormValues(
  c: ContractRecord,
  lines: readonly TradeLineRecord[],
  milestones: readonly MilestoneRecord[],
): ContractInput {
  return {
    title: c.title,
    customerId: c.customerId,
    signPlace: c.signPlace,
    deliveryTerms: c.deliveryTerms,
    deliveryDueOn: c.deliveryDueOn,
    warranty: c.warranty,
    clauses: c.clauses,
    nonStandardTerms: c.nonStandardTerms,
    specialFees: c.specialFees,
    specialFeesNote: c.specialFeesNote,
    lines: lines.map((l) => lineInputOf(l, true)),
    milestones: milestones.map((m) => milestoneInputOf(m, true)),
  }
}

/** A new blank contract: the clause library's clauses and the usual three payment milestones. */
export function newContractValues(clauses: readonly ContractClause[]): ContractInput {
  return contractDraftInput({ customerId: '', lines: [] }, clauses)
}
