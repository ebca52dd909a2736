/**
 * What a contract is owed, kept on the contract by the collections
 * procedure (ProcedureDef.keepsOn): each milestone's due date worked out
 * from what triggers it and the dates the events really happened —
 * signing, the last 设备签收单 (shipping), acceptance, the warranty's end —
 * and what of it confirmed money has not yet paid (only confirmed receipts
 * count: an allocation carries its receipt's `confirmedOn`). The earliest
 * due date of a milestone still open is the index the 工作台's payments
 * check reads (`[step+paymentsDueFrom]`), so it never reads every milestone.
 */
import { tradeTotals } from '../contracts/lines'
import { contractOwesPayments } from '../contracts/machines/contract'
import { milestoneDueOn, warrantyEndsOn } from '../contracts/milestoneTriggers'
import type { ContractRecord, MilestoneRecord, TradeLineRecord } from '../contracts/records'
import type { DeriveSpec } from '../kit/tableSpec'
import type { ShipmentLineRecord, ShipmentRecord } from '../shipping/records'
import { deliveredOnOf } from '../shipping/shippingState'
import type { ReceiptAllocationRecord } from './records'
import { milestoneAmountsFen } from './receipts'

type Rows = readonly Readonly<Record<string, unknown>>[]
const of = <T>(rows: Rows | undefined) => (rows ?? []) as unknown as readonly T[]

export interface OwedMilestone {
  milestoneId: string
  kind: MilestoneRecord['kind']
  /** '' while its event has not happened. */
  dueOn: string
  openFen: number
}

/** The contract's events as its milestones' triggers read them. */
export function contractEvents(
  contract: Pick<ContractRecord, 'signedOn' | 'deliveredOn' | 'acceptedOn' | 'warrantyMonths'>,
  lines: readonly TradeLineRecord[],
  shipments: readonly ShipmentRecord[],
  shipmentLines: readonly ShipmentLineRecord[],
) {
  const deliveredOn = deliveredOnOf({ contract, lines, shipments, shipmentLines })
  const acceptedOn = contract.acceptedOn ?? ''
  return {
    signedOn: contract.signedOn,
    deliveredOn,
    acceptedOn,
    // The warranty runs from acceptance, or from delivery when the goods were never formally accepted.
    warrantyEndsOn: warrantyEndsOn(acceptedOn || deliveredOn, contract.warrantyMonths ?? 0),
  }
}

/** Each live milestone of the contract with its due date and what confirmed money has not paid. */
export function owedMilestones(
  contract: Pick<ContractRecord, 'signedOn' | 'deliveredOn' | 'acceptedOn' | 'warrantyMonths'>,
  totalFen: number,
  milestones: readonly MilestoneRecord[],
  allocations: readonly Pick<
    ReceiptAllocationRecord,
    'milestoneId' | 'amountFen' | 'confirmedOn' | 'deletedAt'
  >[],
  events: ReturnType<typeof contractEvents>,
): OwedMilestone[] {
  const own = milestones.filter((m) => !m.deletedAt && m.parentTable === 'contracts')
  const amounts = milestoneAmountsFen(totalFen, own)
  const received = new Map<string, number>()
  for (const a of allocations)
    if (!a.deletedAt && a.confirmedOn)
      received.set(a.milestoneId, (received.get(a.milestoneId) ?? 0) + a.amountFen)
  return own
    .sort((a, b) => a.position - b.position)
    .map((m) => ({
      milestoneId: m.id,
      kind: m.kind,
      dueOn: m.trigger
        ? milestoneDueOn({ trigger: m.trigger, triggerDays: m.triggerDays ?? 0, fixedOn: m.dueOn }, events)
        : m.dueOn,
      openFen: Math.max(0, (amounts.get(m.id) ?? 0) - (received.get(m.id) ?? 0)),
    }))
}

export const contractPaymentsDerive: DeriveSpec = {
  fields: ['receivedFen', 'paymentsDueFrom', 'paymentsDue'],
  related: {
    milestones: 'parentId',
    receiptAllocations: 'contractId',
    shipments: 'contractId',
    shipmentLines: 'contractId',
  },
  reads: ['step', 'signedOn', 'deliveredOn', 'acceptedOn', 'warrantyMonths'],
  compute: (row, children, _kept, related) => {
    const contract = row as unknown as ContractRecord
    const lines = of<TradeLineRecord>(children)
    const allocations = of<ReceiptAllocationRecord>(related.receiptAllocations).filter((a) => !a.deletedAt)
    const receivedFen = allocations.reduce((s, a) => s + (a.confirmedOn ? a.amountFen : 0), 0)
    if (!contractOwesPayments(contract.step)) return { receivedFen, paymentsDueFrom: '', paymentsDue: [] }
    const events = contractEvents(contract, lines, of(related.shipments), of(related.shipmentLines))
    // The total as the lines give it now: the contract's own derivation runs beside this one.
    const owed = owedMilestones(
      contract,
      tradeTotals(lines).totalFen,
      of(related.milestones),
      allocations,
      events,
    ).filter((m) => m.openFen > 0)
    const dated = owed
      .map((m) => m.dueOn)
      .filter(Boolean)
      .sort()
    return { receivedFen, paymentsDueFrom: dated[0] ?? '', paymentsDue: owed }
  },
}
