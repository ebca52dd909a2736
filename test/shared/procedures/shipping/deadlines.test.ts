/**
 * The shipping and stock checks on the 工作台 (issue 16), as pure functions
 * of the rows they read, with fixed dates across National Day 2026 and the
 * Spring Festival 2027.
 */
import { describe, expect, it } from 'vitest'
import { addWorkdays, isWorkday } from '@shared/kernel/workdays'
import { procedures } from '@shared/procedures'
import type { DeadlineContext, DeadlineRule, QueriedRows } from '@shared/procedures/kit/deadlines'
import {
  deliveryDeadline,
  financeReviewDeadline,
  promisedDateDeadline,
  purchaseOrderDeadline,
  purchaseOrderDueOn,
  receiptFilingDeadline,
  shippingDeadlines,
  stockCountDeadline,
} from '@shared/procedures/shipping/deadlines'

const ctx = (today: string): DeadlineContext => ({ today, actor: { userId: 'U', roles: ['clerk'] } })
const run = (rule: DeadlineRule, today: string, rows: Record<string, unknown[]>) =>
  rule.due(rows as unknown as QueriedRows, ctx(today))

const contract = (over: Record<string, unknown> = {}) => ({
  id: 'C1',
  number: 'HT-202609-0001',
  customerId: 'K1',
  step: 'filed',
  filedOn: '2026-09-30',
  deliveredOn: '',
  deliveryDueOn: '',
  ...over,
})

describe('purchase order due one Chinese working day after the contract is filed', () => {
  it.each([
    ['2026-09-30', '2026-10-08', 'across National Day (10-01 to 10-07)'],
    ['2026-09-24', '2026-09-28', 'across the Mid-Autumn Festival (09-25 to 09-27)'],
    ['2026-10-09', '2026-10-10', 'onto the make-up Saturday after National Day'],
    ['2026-09-19', '2026-09-20', 'filed on a Saturday, due on the make-up Sunday'],
    ['2026-11-27', '2026-11-30', 'over an ordinary weekend'],
  ])('filed %s → due %s (%s)', (filedOn, due) => {
    expect(purchaseOrderDueOn(filedOn)).toBe(due)
  })

  it('falls on a working day after the Spring Festival 2027 eve, whatever the published schedule', () => {
    // chinese-days carries no 2027 holidays yet: the rule reads whatever the package publishes.
    const due = purchaseOrderDueOn('2027-02-05')
    expect(due > '2027-02-05').toBe(true)
    expect(isWorkday(due)).toBe(true)
    expect(due).toBe(addWorkdays('2027-02-05', 1))
  })

  it('lists a filed contract with no purchase order submitted and no shipment', () => {
    const items = run(purchaseOrderDeadline, '2026-10-08', { filed: [contract()], orders: [], shipments: [] })
    expect(items).toEqual([
      {
        id: 'shipping.purchaseOrder.C1',
        due: '2026-10-08',
        owners: ['clerk'],
        titleKey: 'shippingDue.purchaseOrder',
        params: { number: 'HT-202609-0001', filedOn: '2026-09-30', due: '2026-10-08' },
        names: { customer: { table: 'customers', id: 'K1' } },
        at: { table: 'contracts', id: 'C1', query: 'tab=shipping' },
      },
    ])
  })

  it('is met by a submitted purchase order or a shipment, not by a draft or a voided one', () => {
    const orders = (step: string) => [{ id: 'O1', contractId: 'C1', step }]
    expect(
      run(purchaseOrderDeadline, '2026-10-08', { filed: [contract()], orders: orders('draft') }),
    ).toHaveLength(1)
    expect(
      run(purchaseOrderDeadline, '2026-10-08', { filed: [contract()], orders: orders('voided') }),
    ).toHaveLength(1)
    expect(
      run(purchaseOrderDeadline, '2026-10-08', { filed: [contract()], orders: orders('review') }),
    ).toEqual([])
    expect(
      run(purchaseOrderDeadline, '2026-10-08', {
        filed: [contract()],
        shipments: [{ id: 'S1', contractId: 'C1', step: 'shipped' }],
      }),
    ).toEqual([])
    // A contract marked delivered by hand before shipping was recorded needs no order.
    expect(
      run(purchaseOrderDeadline, '2026-10-08', { filed: [contract({ deliveredOn: '2026-10-01' })] }),
    ).toEqual([])
  })

  it('reads filed contracts by step, then their orders and shipments by contract', () => {
    expect(purchaseOrderDeadline.read(ctx('2026-10-08'))).toEqual({
      filed: { table: 'contracts', index: 'step', anyOf: ['filed', 'performing'] },
    })
    expect(purchaseOrderDeadline.follow?.({ filed: [contract()] }, ctx('2026-10-08'))).toEqual({
      orders: { table: 'purchaseOrders', index: 'contractId', anyOf: ['C1'] },
      shipments: { table: 'shipments', index: 'contractId', anyOf: ['C1'] },
    })
  })
})

describe('the other checks', () => {
  it('puts purchase orders waiting for review on finance’s 工作台 only', () => {
    const [item] = run(financeReviewDeadline, '2026-10-09', {
      waiting: [{ id: 'O1', number: 'CG-202610-0001', customerId: 'K1', submittedOn: '2026-10-08' }],
    })
    expect(item).toMatchObject({
      owners: ['finance'],
      due: '2026-10-09',
      params: { number: 'CG-202610-0001', since: '2026-10-08' },
      at: { table: 'purchaseOrders', id: 'O1' },
    })
  })

  it('lists ordered goods past the manufacturer’s promised date, from the day after', () => {
    const ordered = [{ id: 'O1', number: 'CG-1', customerId: 'K1', promisedOn: '2026-10-08' }]
    expect(run(promisedDateDeadline, '2026-10-08', { ordered })).toEqual([])
    expect(run(promisedDateDeadline, '2026-10-09', { ordered })).toMatchObject([
      { due: '2026-10-08', titleKey: 'shippingDue.promisedOverdue', params: { date: '2026-10-08' } },
    ])
  })

  it('asks for a signed receipt to be filed by the next working day', () => {
    const signed = [{ id: 'S1', number: 'FY-1', customerId: 'K1', receivedOn: '2026-09-30', updatedAt: '' }]
    expect(run(receiptFilingDeadline, '2026-10-09', { signed })).toMatchObject([
      {
        due: '2026-10-08',
        owners: ['clerk', 'commerceManager', 'archivist'],
        params: { date: '2026-09-30' },
      },
    ])
  })

  it('lists this month’s count from its last week, and last month’s until finance signs it off', () => {
    const moved = [{ date: '2026-10-12' }, { date: '2026-11-03' }]
    expect(
      run(stockCountDeadline, '2026-11-10', { moved, counts: [{ id: '2026-10', step: 'toSignOff' }] }),
    ).toEqual([
      {
        id: 'shipping.stockCount.2026-10',
        due: '2026-10-31',
        owners: ['finance'],
        titleKey: 'shippingDue.stockCount',
        params: { month: '2026-10', step: 'toSignOff' },
        words: { step: 'shipping.counts.steps' },
        at: { table: 'stockCounts', id: '2026-10' },
      },
    ])
    const october = [{ id: '2026-10', step: 'signedOff' }]
    // November's last week starts on the 24th.
    expect(run(stockCountDeadline, '2026-11-23', { moved, counts: october })).toEqual([])
    expect(run(stockCountDeadline, '2026-11-24', { moved, counts: october })).toMatchObject([
      { id: 'shipping.stockCount.2026-11', due: '2026-11-30', owners: ['clerk', 'commerceManager'] },
    ])
    // A store never used asks for no count.
    expect(run(stockCountDeadline, '2026-11-28', { moved: [], counts: [] })).toEqual([])
  })

  it('reads the counts of this month and last, and the movements of both months by date', () => {
    expect(stockCountDeadline.read(ctx('2027-01-15'))).toEqual({
      counts: { table: 'stockCounts', index: 'id', anyOf: ['2026-12', '2027-01'] },
      moved: {
        table: 'stockMovements',
        index: 'date',
        between: ['2026-12-01', '2027-01-31'],
        includeUpper: true,
      },
    })
  })
})

describe('delivery overdue, derived from shipments', () => {
  const lines = [
    { id: 'L1', parentTable: 'contracts', parentId: 'C1', qty: 10, name: '断路器' },
    { id: 'L2', parentTable: 'contracts', parentId: 'C1', qty: 4, name: '互感器' },
  ]
  const late = contract({ step: 'performing', deliveryDueOn: '2026-10-08' })
  const shipments = (step: string) => [
    { id: 'S1', contractId: 'C1', step: 'filed' },
    { id: 'S2', contractId: 'C1', step },
  ]
  const shipmentLines = [
    { parentId: 'S1', contractId: 'C1', sourceLineId: 'L1', qty: 10 },
    { parentId: 'S2', contractId: 'C1', sourceLineId: 'L2', qty: 4 },
  ]

  it('lists a contract past its date until every line is signed for', () => {
    const rows = { inForce: [late], lines, shipments: shipments('shipped'), shipmentLines }
    expect(run(deliveryDeadline, '2026-10-09', rows)).toMatchObject([
      { id: 'delivery.C1', due: '2026-10-08', titleKey: 'shippingDue.deliveryOverdue', owners: ['clerk'] },
    ])
    expect(run(deliveryDeadline, '2026-10-09', { ...rows, shipments: shipments('signed') })).toEqual([])
    expect(run(deliveryDeadline, '2026-10-08', rows)).toEqual([])
  })

  it('keeps a hand-typed delivered-on date only for a contract without shipments', () => {
    const typed = contract({ step: 'performing', deliveryDueOn: '2026-10-08', deliveredOn: '2026-10-06' })
    expect(run(deliveryDeadline, '2026-10-09', { inForce: [typed], lines })).toEqual([])
    expect(
      run(deliveryDeadline, '2026-10-09', {
        inForce: [typed],
        lines,
        shipments: shipments('shipped'),
        shipmentLines,
      }),
    ).toHaveLength(1)
  })

  it('reads the lines and shipments of the late contracts only', () => {
    const early = contract({ id: 'C2', step: 'filed', deliveryDueOn: '2026-12-01' })
    expect(deliveryDeadline.follow?.({ inForce: [late, early] }, ctx('2026-10-09'))).toEqual({
      lines: { table: 'tradeLines', index: 'parentId', anyOf: ['C1'] },
      shipments: { table: 'shipments', index: 'contractId', anyOf: ['C1'] },
      shipmentLines: { table: 'shipmentLines', index: 'contractId', anyOf: ['C1'] },
    })
  })
})

describe('the registry', () => {
  it('registers the shipping procedure with its deadlines, and contracts no longer checks delivery', () => {
    const shipping = procedures.find((p) => p.id === 'shipping')
    expect(shipping?.deadlines).toBe(shippingDeadlines)
    const contracts = procedures.find((p) => p.id === 'contracts')
    expect(contracts?.deadlines.map((d) => d.id)).not.toContain('contracts.delivery')
    expect(procedures.flatMap((p) => p.deadlines.map((d) => d.id))).toContain('shipping.delivery')
  })
})
