/**
 * The bench's full data for the shipping figures, as rows ready for a raw
 * bulkPut (what the repositories would have stored, bookkeeping included):
 * 5,000 products with a stock ledger of 200,000 movements over 24 months
 * (never negative: a product's movements are dated in order and an 出库 never
 * takes more than its balance) and each product's stock row derived from it
 * by the procedure's own `stockItemValues`; 20,000 contracts in realistic
 * steps with their lines and milestones, 20,000 purchase orders, 40,000
 * shipments with their lines, the month-end counts, 2,000 customers.
 * Deterministic (seededRandom), so every run has the same rows.
 */
import { encodeHlc } from '../../shared/kernel/hlc'
import { followUpOn } from '../../shared/masterData/archiveSearch'
import type { ContractStep } from '../../shared/procedures/contracts/records'
import type { MovementKind, PurchaseOrderStep, ShipmentStep } from '../../shared/procedures/shipping/records'
import { monthEnd, monthOf, nextMonth, stockItemValues } from '../../shared/procedures/shipping/stock'
import { seededRandom } from './chineseData'
import { customer } from './customers'

/** The day the due checks are asked about; the data covers the two years before it. */
export const BENCH_TODAY = '2026-06-15'
const FIRST_DAY = '2024-06-16'
const SPAN_DAYS = 730
const DEVICE = '01JBENCHSHP0000000000000AA'

export const CLERK = 'U-BENCH-CLERK'
export const FINANCE = 'U-BENCH-FINANCE'

type Row = Record<string, unknown>

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const dayOf = (offset: number) => addDays(FIRST_DAY, offset)
const minDate = (a: string, b: string) => (a < b ? a : b)

/** A ULID-shaped id: a 4-character kind prefix and the number. */
export const idOf = (prefix: string, n: number) => `${prefix}${String(n).padStart(22, '0')}`
export const productId = (n: number) => idOf('01JP', n)
export const customerId = (n: number) => idOf('01JK', n)
const contractId = (n: number) => idOf('01JC', n)

let hlcTick = 0
/** The bookkeeping fields a row written on `date` by `by` carries. */
function kept(id: string, date: string, by = CLERK): Row {
  const at = `${date}T02:00:00.000Z`
  hlcTick += 1
  return {
    id,
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
    deletedAt: null,
    createdHlc: encodeHlc({ l: Date.parse(at) + (hlcTick % 1000), c: 0, node: DEVICE }),
    _rh: (Math.imul(hlcTick, 0x9e3779b1) >>> 0) % 0x7fffffff,
  }
}

const productNames = [
  '智能电能表',
  '低压开关柜',
  '电流互感器',
  '电缆分支箱',
  '断路器',
  '变压器',
  '配电箱',
  '隔离开关',
]
const productUnits = ['台', '只', '套', '面', '个']

export function productRows(count: number): Row[] {
  return Array.from({ length: count }, (_, n) => {
    const rnd = seededRandom(Math.imul(n + 7, 0x85ebca6b))
    const name = productNames[n % productNames.length]
    return {
      ...kept(productId(n), FIRST_DAY),
      name,
      spec: `${['0.5S级', '400A', '10kV', '三相四线'][n % 4]} 第${Math.floor(n / productNames.length) + 1}型`,
      model: `${['DTZY', 'GCS', 'LZZBJ', 'DFW', 'NSX', 'SCB'][n % 6]}-${100 + (n % 900)}`,
      code: `P${String(n).padStart(6, '0')}`,
      unit: productUnits[n % productUnits.length],
      listPriceFen: 10_000 + Math.floor(rnd() * 5_000_000),
      taxRateBp: 1300,
      manufacturerId: '',
      active: true,
      serialized: n % 10 === 0,
      notes: '',
      search: '',
    }
  })
}

export function customerRows(count: number): Row[] {
  return Array.from({ length: count }, (_, n) => {
    const values = customer(n)
    const follow = followUpOn(values)
    return {
      ...kept(customerId(n), FIRST_DAY),
      ...values,
      search: '',
      ...(follow === undefined ? {} : { followUpOn: follow }),
    }
  })
}

/**
 * The movements of products `from` … `to` − 1 (movement i belongs to product
 * i mod `products`), each product's dated in order over the 24 months: an
 * 入库 when the store is empty or 45 % of the time, an 出库 of at most the
 * balance, now and then a 盘点调整 that never takes the balance below zero.
 */
export function movementRows(products: number, movements: number, from: number, to: number): Row[] {
  const rows: Row[] = []
  for (let p = from; p < to; p++) {
    const rnd = seededRandom(Math.imul(p + 11, 0xc2b2ae35))
    const own = Math.floor(movements / products) + (p < movements % products ? 1 : 0)
    let balance = 0
    for (let k = 0; k < own; k++) {
      const seq = k * products + p
      const date = dayOf(Math.min(SPAN_DAYS - 1, Math.floor(((k + rnd()) * SPAN_DAYS) / own)))
      const r = rnd()
      let kind: MovementKind
      let qty: number
      if (balance === 0 || r < 0.45) {
        kind = 'in'
        qty = 5 + Math.floor(rnd() * 46)
      } else if (r < 0.95) {
        kind = 'out'
        qty = Math.min(balance, 1 + Math.floor(rnd() * 20))
      } else {
        kind = 'adjust'
        qty = balance >= 3 ? -(1 + Math.floor(rnd() * 3)) : 1
      }
      balance += kind === 'out' ? -qty : qty
      const source =
        kind === 'in'
          ? { sourceTable: '', sourceId: '', sourceNumber: `RK-${date.slice(0, 7).replace('-', '')}-${seq}` }
          : kind === 'out'
            ? { sourceTable: 'shipments', sourceId: idOf('01JS', seq), sourceNumber: `FY-${seq}` }
            : { sourceTable: 'stockCounts', sourceId: monthOf(date), sourceNumber: monthOf(date) }
      rows.push({
        ...kept(idOf('01JM', seq), date),
        productId: productId(p),
        kind,
        date,
        qty,
        ...source,
        handledBy: ['张伟', '李娜', '王强'][seq % 3],
        note: kind === 'adjust' ? '盘点差异' : '',
      })
    }
  }
  return rows
}

/** Each product's stock row (id = the product's), its values derived from its movements. */
export function stockItemRows(movements: readonly Row[]): Row[] {
  const byProduct = new Map<string, Row[]>()
  for (const m of movements) {
    const id = m.productId as string
    const list = byProduct.get(id)
    if (list) list.push(m)
    else byProduct.set(id, [m])
  }
  return [...byProduct].map(([id, own]) => {
    const values = stockItemValues(own as never)
    return { ...kept(id, values.movedOn || FIRST_DAY), ...values }
  })
}

/** The month-end counts of the 24 months: signed off, last month's waiting for finance, this month's begun. */
export function stockCountRows(): Row[] {
  const rows: Row[] = []
  const current = monthOf(BENCH_TODAY)
  for (let m = monthOf(FIRST_DAY); m <= current; m = nextMonth(m)) {
    const step = m === current ? 'counting' : nextMonth(m) === current ? 'toSignOff' : 'signedOff'
    const end = minDate(monthEnd(m), BENCH_TODAY)
    rows.push({
      ...kept(m, end),
      month: m,
      step,
      countedOn: step === 'counting' ? '' : end,
      countedBy: step === 'counting' ? '' : '张伟',
      comment: '',
      signedOffOn: step === 'signedOff' ? addDays(end, 2) : '',
      signedOffBy: step === 'signedOff' ? FINANCE : '',
    })
  }
  return rows
}

function stepByAge(age: number, r: number): ContractStep {
  if (age > 180) return r < 0.85 ? 'settled' : r < 0.93 ? 'performing' : r < 0.95 ? 'terminated' : 'voided'
  if (age > 30) return r < 0.6 ? 'performing' : r < 0.85 ? 'settled' : r < 0.93 ? 'filed' : 'voided'
  const early: ContractStep[] = ['draft', 'draft', 'legalReview', 'approval', 'toSign', 'signed', 'signed']
  return r < 0.35 ? early[Math.floor((r / 0.35) * early.length)] : r < 0.7 ? 'filed' : 'performing'
}

const signedSteps: readonly ContractStep[] = ['signed', 'filed', 'performing', 'settled', 'terminated']
const filedSteps: readonly ContractStep[] = ['filed', 'performing', 'settled', 'terminated']

export interface ContractSeed {
  id: string
  step: ContractStep
  signedOn: string
  filedOn: string
  deliveryDueOn: string
  customerId: string
  /** Its two lines: id and quantity. */
  lines: { id: string; productId: string; qty: number }[]
}

/** Contract n: its row, its two lines and its three payment milestones. */
export function contractRows(
  n: number,
  count: number,
  products: number,
  customers: number,
): { seed: ContractSeed; contract: Row; lines: Row[]; milestones: Row[] } {
  const rnd = seededRandom(Math.imul(n + 3, 0x27d4eb2f))
  const offset = Math.min(SPAN_DAYS - 1, Math.floor(((n + rnd()) * SPAN_DAYS) / count))
  const madeOn = dayOf(offset)
  const age = SPAN_DAYS - 1 - offset
  const step = stepByAge(age, rnd())
  const signed = signedSteps.includes(step)
  const signedOn = signed ? minDate(addDays(madeOn, 1 + Math.floor(rnd() * 5)), BENCH_TODAY) : ''
  const filedOn = filedSteps.includes(step)
    ? minDate(addDays(signedOn, Math.floor(rnd() * 3)), BENCH_TODAY)
    : ''
  const deliveryDueOn = signed ? addDays(signedOn, 30 + Math.floor(rnd() * 60)) : ''
  const id = contractId(n)
  const cust = customerId(Math.floor(rnd() * customers))
  const lines = [0, 1].map((k) => ({
    id: idOf('01JL', n * 2 + k),
    productId: productId(Math.floor(rnd() * products)),
    qty: 1 + Math.floor(rnd() * 20),
  }))
  const unitFen = 128_000 + Math.floor(rnd() * 50) * 10_000
  const totalFen = lines.reduce((s, l) => s + l.qty * unitFen, 0)
  const taxFen = Math.round((totalFen * 1300) / 11300)
  const stamp = kept(id, madeOn)
  const contract: Row = {
    ...stamp,
    updatedAt: `${filedOn || signedOn || madeOn}T03:00:00.000Z`,
    number: `HT-${madeOn.slice(0, 7).replace('-', '')}-${String(1001 + (n % 1000)).padStart(4, '0')}`,
    title: `配电设备采购合同（第${n + 1}批）`,
    customerId: cust,
    quotationId: '',
    phoneOrderId: '',
    signPlace: '北京市海淀区',
    deliveryTerms: '送货至甲方指定地点，运费由乙方承担',
    deliveryDueOn,
    deliveredOn: '',
    warranty: '自验收合格之日起质保十二个月',
    clauses: [{ title: '争议解决', text: '协商不成的，向乙方所在地人民法院起诉。' }],
    nonStandardTerms: false,
    specialFees: false,
    specialFeesNote: '',
    step,
    version: 1,
    netFen: totalFen - taxFen,
    taxFen,
    totalFen,
    legalOpinion: step === 'draft' || step === 'legalReview' ? '' : '合法合规',
    riskAssessment: step === 'draft' || step === 'legalReview' ? '' : '低',
    legalOn: step === 'draft' || step === 'legalReview' ? '' : madeOn,
    legalBy: step === 'draft' || step === 'legalReview' ? '' : 'U-BENCH-LEGAL',
    requiredApprovals:
      step === 'draft' || step === 'legalReview'
        ? []
        : [{ rule: 'priceBelowQuote', role: 'commerceManager', step: 1, params: {} }],
    approvalRound: 1,
    approvedOn: ['draft', 'legalReview', 'approval'].includes(step) ? '' : madeOn,
    openPointsConfirmed: signed,
    signedOn,
    signedScanId: signed ? idOf('01JA', n) : '',
    filedOn,
    quantitiesVerified: step === 'settled',
    amountsVerified: step === 'settled',
    settledOn: step === 'settled' ? minDate(addDays(signedOn, 120), BENCH_TODAY) : '',
    settlementNote: '',
    reason: step === 'voided' || step === 'terminated' ? '客户取消' : '',
    endedOn: step === 'voided' || step === 'terminated' ? addDays(madeOn, 10) : '',
  }
  const lineRows = lines.map((l, k) => ({
    ...kept(l.id, madeOn),
    parentTable: 'contracts',
    parentId: id,
    position: k + 1,
    productId: l.productId,
    name: productNames[Number(l.productId.slice(4)) % productNames.length],
    spec: 'DTZY341-Z 0.5S级',
    unit: '台',
    qty: l.qty,
    quotedUnitFen: unitFen,
    unitFen,
    discountBp: 0,
    taxRateBp: 1300,
    note: '',
  }))
  const plan = [
    {
      kind: 'advance',
      percentBp: 3000,
      dueRule: '合同签订后7日内',
      dueOn: signed ? addDays(signedOn, 7) : '',
    },
    {
      kind: 'delivery',
      percentBp: 6000,
      dueRule: '到货验收后30日内',
      dueOn: signed ? addDays(deliveryDueOn, 30) : '',
    },
    {
      kind: 'retention',
      percentBp: 1000,
      dueRule: '质保期满后',
      dueOn: signed ? addDays(deliveryDueOn, 365) : '',
    },
  ]
  const milestones = plan.map((m, k) => {
    const paid = m.dueOn !== '' && m.dueOn < BENCH_TODAY && rnd() < (step === 'settled' ? 0.97 : 0.8)
    return {
      ...kept(idOf('01JT', n * 3 + k), madeOn),
      parentTable: 'contracts',
      parentId: id,
      position: k + 1,
      ...m,
      receivedOn: paid ? m.dueOn : '',
    }
  })
  return {
    seed: { id, step, signedOn, filedOn, deliveryDueOn, customerId: cust, lines },
    contract,
    lines: lineRows,
    milestones,
  }
}

const shippedSteps: readonly ContractStep[] = ['filed', 'performing', 'settled', 'terminated']

/** The contracts purchase orders and shipments are made for: filed and later. */
export const shippable = (c: ContractSeed) => shippedSteps.includes(c.step)

function orderStep(c: ContractSeed, r: number): PurchaseOrderStep {
  if (c.step === 'settled' || c.step === 'terminated') return r < 0.9 ? 'closed' : 'voided'
  if (c.step === 'performing')
    return r < 0.35 ? 'ordered' : r < 0.8 ? 'shipped' : r < 0.95 ? 'closed' : 'voided'
  const early: PurchaseOrderStep[] = ['draft', 'review', 'review', 'returned', 'approved', 'ordered']
  return early[Math.floor(r * early.length)]
}

/** Purchase order j, for contract `c`. */
export function purchaseOrderRow(j: number, c: ContractSeed): Row {
  const rnd = seededRandom(Math.imul(j + 5, 0x165667b1))
  const step = orderStep(c, rnd())
  const madeOn = minDate(addDays(c.filedOn, Math.floor(rnd() * 2)), BENCH_TODAY)
  const past = (s: PurchaseOrderStep[]) => s.includes(step)
  const reviewedOn = past(['approved', 'ordered', 'shipped', 'closed', 'returned']) ? madeOn : ''
  const orderedOn = past(['ordered', 'shipped', 'closed']) ? minDate(addDays(madeOn, 1), BENCH_TODAY) : ''
  return {
    ...kept(idOf('01JO', j), madeOn),
    number: `CG-${madeOn.slice(0, 7).replace('-', '')}-${String(1001 + (j % 1000))}`,
    contractId: c.id,
    phoneOrderId: '',
    customerId: c.customerId,
    manufacturerId: idOf('01JV', j % 300),
    deliveryPlace: '北京市海淀区中关村大街1号',
    recipient: '刘强',
    recipientPhone: '13800138000',
    requestedOn: c.deliveryDueOn,
    note: '',
    step,
    submittedOn: step === 'draft' ? '' : madeOn,
    reviewComment: step === 'returned' ? '请补充厂家报价' : '',
    reviewedOn,
    reviewedBy: reviewedOn ? FINANCE : '',
    orderRef: orderedOn ? `MF-${j}` : '',
    promisedOn: orderedOn ? addDays(orderedOn, 10 + Math.floor(rnd() * 50)) : '',
    orderedOn,
    closedOn: step === 'closed' ? minDate(addDays(madeOn, 60), BENCH_TODAY) : '',
    reason: step === 'voided' ? '厂家停产' : '',
    totalFen: 1_000_000 + Math.floor(rnd() * 9_000_000),
  }
}

function shipmentStep(c: ContractSeed, shippedOn: string, r: number): ShipmentStep {
  if (shippedOn > BENCH_TODAY) return 'draft'
  if (c.step === 'settled' || c.step === 'terminated') return r < 0.93 ? 'filed' : 'voided'
  const age = (Date.parse(BENCH_TODAY) - Date.parse(shippedOn)) / 86_400_000
  if (age < 5) return r < 0.8 ? 'shipped' : 'draft'
  return r < 0.15 ? 'shipped' : r < 0.35 ? 'signed' : r < 0.95 ? 'filed' : 'voided'
}

/**
 * Shipment j, the k-th of `of` for contract `c`, and its two lines: each
 * line carries its share of the contract line's quantity.
 */
export function shipmentRows(
  j: number,
  c: ContractSeed,
  k: number,
  of: number,
  orderId: string,
): { shipment: Row; lines: Row[] } {
  const rnd = seededRandom(Math.imul(j + 13, 0x7feb352d))
  const shippedOn = addDays(c.filedOn, 3 + k * 15 + Math.floor(rnd() * 10))
  const step = shipmentStep(c, shippedOn, rnd())
  const done = step === 'signed' || step === 'filed'
  const receivedOn = done ? minDate(addDays(shippedOn, 3), BENCH_TODAY) : ''
  const filedOn = step === 'filed' ? minDate(addDays(receivedOn, 1), BENCH_TODAY) : ''
  const source = rnd() < 0.7 ? 'direct' : 'stock'
  const id = idOf('01JS', j)
  const shipment: Row = {
    ...kept(id, minDate(shippedOn, BENCH_TODAY)),
    number: `FY-${shippedOn.slice(0, 7).replace('-', '')}-${String(1001 + (j % 1000))}`,
    contractId: c.id,
    phoneOrderId: '',
    purchaseOrderId: source === 'direct' ? orderId : '',
    customerId: c.customerId,
    source,
    step,
    carrier: ['顺丰速运', '德邦物流', '中铁快运'][j % 3],
    trackingNo: step === 'draft' ? '' : `SF${String(j).padStart(12, '0')}`,
    deliveryPlace: '北京市海淀区中关村大街1号',
    recipient: '刘强',
    recipientPhone: '13800138000',
    shippedOn: step === 'draft' ? '' : shippedOn,
    receivedOn,
    signedReceiptId: step === 'filed' ? idOf('01JR', j) : '',
    filedOn,
    reason: step === 'voided' ? '客户改期' : '',
  }
  const lines = c.lines.flatMap((l, p) => {
    const share = Math.floor(l.qty / of) + (k < l.qty % of ? 1 : 0)
    if (share === 0) return []
    return {
      ...kept(idOf('01JN', j * 2 + p), minDate(shippedOn, BENCH_TODAY)),
      parentId: id,
      contractId: c.id,
      position: p + 1,
      sourceLineId: l.id,
      productId: l.productId,
      name: productNames[Number(l.productId.slice(4)) % productNames.length],
      spec: 'DTZY341-Z 0.5S级',
      unit: '台',
      qty: share,
      serials: [],
    }
  })
  return { shipment, lines }
}
