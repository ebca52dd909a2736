/**
 * What may be shipped against (DOMAIN.md §2, §1.5): a formal contract once
 * it is filed (归档 or 履行中), or a phone/fax order leadership approved.
 * 制度：对于…客户电话/传真通知订货的必须向公司领导请示确认后方可执行 — an
 * order not yet approved shows 不得发货 and gets no purchase order or shipment.
 */
import type { FieldProblem } from '../../kit/problems'
import type { ContractStep, PhoneOrderStep } from '../../contracts/records'

/** The contract or phone order a purchase order or shipment is made from, by its step. */
export type SupplySource =
  { table: 'contracts'; step: ContractStep } | { table: 'phoneOrders'; step: PhoneOrderStep }

/** Contract steps at which goods go out: filed, and performed. */
export const shippableContractSteps = ['filed', 'performing'] as const satisfies readonly ContractStep[]

export function mayShipFrom(source: SupplySource | null): boolean {
  if (!source) return false
  if (source.table === 'contracts') return (shippableContractSteps as readonly string[]).includes(source.step)
  return source.step === 'approved' || source.step === 'converted'
}

/** The refusal at the source field: 合同未归档, or 电话订货未经领导确认，不得发货. */
export function sourceProblems(source: SupplySource | null): FieldProblem[] {
  if (mayShipFrom(source)) return []
  const messageKey =
    source?.table === 'phoneOrders'
      ? 'shippingValidation.phoneOrderNotApproved'
      : 'shippingValidation.contractNotFiled'
  return [{ field: 'source', messageKey }]
}
