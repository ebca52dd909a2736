/**
 * The collections bench's data, as rows ready for a raw bulkPut: the
 * shipping bench's 2,000 customers and 20,000 contracts with their lines and
 * three payment milestones each (seed/shippingData.ts contractRows), an
 * issued invoice per signed contract, and 100,000 receipts — each paying
 * part of one milestone of a signed contract, with its allocation row, 95 %
 * confirmed by finance — so milestones are part-paid, paid or open in every
 * bucket of the aging. Deterministic (seededRandom).
 */
import { contractPaymentsDerive } from '../../shared/procedures/collections/contractPayments'
import { seededRandom } from './chineseData'
import { BENCH_TODAY, CLERK, FINANCE, addDays, contractRows, customerRows, idOf } from './shippingData'

type Row = Record<string, unknown>

export interface CollectionsSizes {
  customers: number
  contracts: number
  receipts: number
}

export interface ContractBatch {
  contracts: Row[]
  lines: Row[]
  milestones: Row[]
  invoices: Row[]
}

const PRODUCTS = 5_000
const minDate = (a: string, b: string) => (a < b ? a : b)

function stamp(id: string, date: string, by = CLERK): Row {
  const at = `${date}T03:00:00.000Z`
  return { id, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by, deletedAt: null }
}

export { customerRows }

/** Contracts `from` … `to` − 1 of `count`, with their lines, milestones and (signed ones) an issued invoice. */
export function contractBatch(from: number, to: number, n: CollectionsSizes): ContractBatch {
  const out: ContractBatch = { contracts: [], lines: [], milestones: [], invoices: [] }
  for (let k = from; k < to; k++) {
    const { seed, contract, lines, milestones } = contractRows(k, n.contracts, PRODUCTS, n.customers)
    out.contracts.push(contract)
    out.lines.push(...lines)
    out.milestones.push(...milestones)
    if (!seed.signedOn) continue
    const issuedOn = minDate(addDays(seed.signedOn, 10), BENCH_TODAY)
    out.invoices.push({
      ...stamp(idOf('01JI', k), issuedOn, FINANCE),
      number: `KP-${issuedOn.slice(0, 7).replace('-', '')}-${String(1001 + (k % 1000)).padStart(4, '0')}`,
      contractId: seed.id,
      customerId: seed.customerId,
      shipmentIds: [],
      kind: 'special',
      step: 'issued',
      issuedOn,
      issuedFen: contract.totalFen,
      issuedTaxFen: contract.taxFen,
      invoiceCode: '3100261130',
      invoiceNo: String(4_000_000 + k).padStart(8, '0'),
      totalFen: contract.totalFen,
      taxFen: contract.taxFen,
    })
  }
  return out
}

/** What a receipt needs to know of the milestone it pays. */
export interface PayableMilestone {
  contractId: string
  customerId: string
  milestoneId: string
  amountFen: number
  /** The earliest day it may be paid: its due day, or the signing day when it has none. */
  from: string
}

/** Every milestone of a signed contract in the batch, with its amount. */
export function payableMilestones(batch: ContractBatch): PayableMilestone[] {
  const byId = new Map(batch.contracts.map((c) => [c.id as string, c]))
  const out: PayableMilestone[] = []
  for (const m of batch.milestones) {
    const c = byId.get(m.parentId as string)!
    if (!c.signedOn) continue
    const due = m.dueOn as string
    out.push({
      contractId: c.id as string,
      customerId: c.customerId as string,
      milestoneId: m.id as string,
      amountFen: Math.floor(((c.totalFen as number) * (m.percentBp as number)) / 10_000),
      from: due && due <= BENCH_TODAY ? due : (c.signedOn as string),
    })
  }
  return out
}

/**
 * Receipts `from` … `to` − 1 over `payable` (receipt i pays milestone
 * i mod |payable|, a third of its amount, so the ones paid three times are
 * paid in full and the rest stay part-open), with their allocations.
 */
export function receiptBatch(
  from: number,
  to: number,
  payable: readonly PayableMilestone[],
): { receipts: Row[]; allocations: Row[] } {
  const receipts: Row[] = []
  const allocations: Row[] = []
  for (let i = from; i < to; i++) {
    const rnd = seededRandom(Math.imul(i + 7, 0x85ebca6b))
    const m = payable[i % payable.length]
    const round = Math.floor(i / payable.length)
    const receivedOn = minDate(addDays(m.from, round * 20 + Math.floor(rnd() * 10)), BENCH_TODAY)
    const confirmed = rnd() < 0.95
    const id = idOf('01JR', i)
    const amountFen = Math.max(1, Math.floor(m.amountFen / 3))
    receipts.push({
      ...stamp(id, receivedOn),
      number: `SK-${receivedOn.slice(0, 7).replace('-', '')}-${String(1001 + (i % 1000)).padStart(4, '0')}`,
      customerId: m.customerId,
      receivedOn,
      payer: '',
      method: 'transfer',
      accountId: 'ACC-1',
      amountFen,
      billNo: '',
      drawer: '',
      acceptor: '',
      billIssuedOn: '',
      billDueOn: '',
      step: confirmed ? 'confirmed' : 'pending',
      confirmedBy: confirmed ? '赵财务' : '',
      confirmedOn: confirmed ? receivedOn : '',
      financeComment: '',
      customerToldOn: '',
      customerToldHow: '',
      handoverId: '',
      note: '',
      voidReason: '',
      voidedOn: '',
    })
    allocations.push({
      ...stamp(idOf('01JQ', i), receivedOn),
      parentId: id,
      contractId: m.contractId,
      milestoneId: m.milestoneId,
      amountFen,
      confirmedOn: confirmed ? receivedOn : '',
    })
  }
  return { receipts, allocations }
}

/** Where the seed writes a table's rows (a raw bulkPut in a flagged transaction). */
export type PutRows = (table: string, rows: readonly Row[]) => Promise<void>

const group = (rows: readonly Row[], key: string) => {
  const out = new Map<string, Row[]>()
  for (const r of rows) {
    const list = out.get(r[key] as string)
    if (list) list.push(r)
    else out.set(r[key] as string, [r])
  }
  return out
}

/**
 * The whole data, each contract with what the collections procedure keeps
 * on it (contractPaymentsDerive: received, owed milestones with their due
 * days) worked out from its milestones and confirmed allocations, as every
 * write through the repositories would have left it.
 */
export async function seedRows(n: CollectionsSizes, put: PutRows): Promise<Record<string, number>> {
  await put('customers', customerRows(n.customers))
  const batches: ContractBatch[] = []
  const payable: PayableMilestone[] = []
  for (let c = 0; c < n.contracts; c += 5_000) {
    const batch = contractBatch(c, Math.min(n.contracts, c + 5_000), n)
    batches.push(batch)
    payable.push(...payableMilestones(batch))
  }
  const paid = receiptBatch(0, n.receipts, payable)
  const allocationsOf = group(paid.allocations, 'contractId')
  const counts: Record<string, number> = { customers: n.customers, contracts: 0, milestones: 0, invoices: 0 }
  for (const batch of batches) {
    const linesOf = group(batch.lines, 'parentId')
    const milestonesOf = group(batch.milestones, 'parentId')
    for (const c of batch.contracts)
      Object.assign(
        c,
        contractPaymentsDerive.compute(c, linesOf.get(c.id as string) ?? [], undefined, {
          milestones: milestonesOf.get(c.id as string) ?? [],
          receiptAllocations: allocationsOf.get(c.id as string) ?? [],
          shipments: [],
          shipmentLines: [],
        }),
      )
    await put('contracts', batch.contracts)
    await put('tradeLines', batch.lines)
    await put('milestones', batch.milestones)
    await put('invoices', batch.invoices)
    counts.contracts += batch.contracts.length
    counts.milestones += batch.milestones.length
    counts.invoices += batch.invoices.length
  }
  await put('receipts', paid.receipts)
  await put('receiptAllocations', paid.allocations)
  counts.receipts = paid.receipts.length
  counts.allocations = paid.allocations.length
  return counts
}
