/**
 * How purchase orders' and shipments' steps show on the screens — the
 * stepper's steps, the badge colours — asked of their machines, and where a
 * new one is made from (the ?contract= or ?phoneOrder= of its page).
 */
import type { Role } from '@shared/auth/roles'
import { purchaseOrderMachine } from '@shared/procedures/shipping/machines/purchaseOrder'
import type { PurchaseOrderStep, ShipmentStep } from '@shared/procedures/shipping/records'
import type { SupplyRef } from '../../../data/repositories/shipping/shippingReads'

/** The purchase order's stepper: 起草 → 待财务审核 → 财务已审核 → 已向厂家订货 → 已发货 → 已完结. */
export const orderStepperSteps: readonly PurchaseOrderStep[] = [
  'draft',
  'review',
  'approved',
  'ordered',
  'shipped',
  'closed',
]

/** Where a purchase order stands on its stepper: a returned one is back at 起草. */
export function orderStepIndex(step: PurchaseOrderStep): number {
  if (step === 'returned') return 0
  if (step === 'closed') return orderStepperSteps.length
  return orderStepperSteps.indexOf(step)
}

export const shipmentStepperSteps: readonly ShipmentStep[] = ['draft', 'shipped', 'signed', 'filed']

export function shipmentStepIndex(step: ShipmentStep): number {
  return step === 'filed' ? shipmentStepperSteps.length : shipmentStepperSteps.indexOf(step)
}

export function orderStepColor(step: PurchaseOrderStep): string {
  if (step === 'voided') return 'gray'
  if (step === 'returned') return 'orange'
  if (step === 'review') return 'yellow'
  if (purchaseOrderMachine.isEnded(step) || step === 'shipped') return 'green'
  return 'blue'
}

export function shipmentStepColor(step: ShipmentStep): string {
  if (step === 'voided') return 'gray'
  if (step === 'filed' || step === 'signed') return 'green'
  return 'blue'
}

/** Who may act at this step when the user may not: the roles of every action the step opens. */
export function whoMayAct<S extends string, A extends string>(
  machine: {
    actions: Record<A, unknown>
    availability(state: S, action: A, roles: readonly Role[]): { open: boolean; roles: readonly Role[] }
  },
  step: S,
): Role[] {
  const actions = Object.keys(machine.actions) as A[]
  return [
    ...new Set(
      actions
        .map((a) => machine.availability(step, a, []))
        .filter((a) => a.open)
        .flatMap((a) => a.roles),
    ),
  ]
}

/** The contract or phone order a new record is made from, from its page's query. */
export function supplyRefFromQuery(search: URLSearchParams): SupplyRef | null {
  const contract = search.get('contract')
  if (contract) return { table: 'contracts', id: contract }
  const phoneOrder = search.get('phoneOrder')
  if (phoneOrder) return { table: 'phoneOrders', id: phoneOrder }
  return null
}

/** The query a new record's page is opened with. */
export function supplyQuery(ref: SupplyRef): string {
  return ref.table === 'contracts' ? `contract=${ref.id}` : `phoneOrder=${ref.id}`
}

/** Where the contract or phone order opens. */
export function supplyPath(ref: SupplyRef): string {
  return ref.table === 'contracts' ? `/contracts/${ref.id}` : `/phone-orders/${ref.id}`
}
