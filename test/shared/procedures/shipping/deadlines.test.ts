/**
 * The shipping and stock checks on the 工作台 (issue 16), as pure functions
 * of the rows they read, with fixed dates across National Day 2026 and the
 * Spring Festival 2027.
 */
import { describe, expect, it } from 'vitest'
import { addWorkdays, isWorkday } from '@shared/kernel/workdays'
import { procedures } from '@shared/procedures'
import type { TradeLineRecord } from '@shared/procedures/contracts/records'
import {
  type DeadlineContext,
  type DeadlineRule,
  type DueList,
  type QueriedRows,
  SHOWN_ITEMS,
} from '@shared/procedures/kit/deadlines'
import type { ShipmentLineRecord, ShipmentRecord } from '@shared/procedures/shipping/records'
import { type ShippingFacts, shippingStateOf } from '@shared/procedures/shipping/shippingState'
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

  it('lists a filed contract waiting for its purchase order, due one working day after filing', () => {
    const due = run(purchaseOrderDeadline, '2026-10-08', { 'filed.waiting': [contract()] })
    expect(due).toEqual({
      total: 1,
      facts: [
        {
          id: 'shipping.purchaseOrder.C1',
          due: '2026-10-08',
          owners: ['clerk'],
          titleKey: 'shippingDue.purchaseOrder',
          params: { number: 'HT-202609-0001', filedOn: '2026-09-30', due: '2026-10-08' },
          names: { customer: { table: 'customers', id: 'K1' } },
          at: { table: 'contracts', id: 'C1', query: 'tab=shipping' },
        },
      ],
    })
  })

  it('reads only contracts filed or performing whose shipping state is waiting, the first 21 by filing day, counted', () => {
    const queries = purchaseOrderDeadline.read(ctx('2026-10-08'))
    expect(Object.keys(queries)).toEqual(['filed.waiting', 'performing.waiting'])
    expect(queries['filed.waiting']).toEqual({
      table: 'contracts',
      index: '[step+shippingState+filedOn]',
      between: [
        ['filed', 'waiting', '0000-00-00'],
        ['filed', 'waiting', '9999-12-31'],
      ],
      includeUpper: true,
      limit: SHOWN_ITEMS + 1,
      count: true,
    })
  })

  it('merges the ranges by filing day and reports every candidate counted by the index', () => {
    const filed = (n: number, filedOn: string) => contract({ id: `C${n}`, filedOn })
    const rows = {
      'filed.waiting': Object.assign([filed(1, '2026-10-09'), filed(2, '2026-09-30')], { total: 40 }),
      'performing.waiting': Object.assign([filed(3, '2026-10-01')], { total: 3 }),
    }
    const due = run(purchaseOrderDeadline, '2026-10-12', rows) as DueList
    expect(due.total).toBe(43)
    expect(due.facts.map((f) => f.id)).toEqual([
      'shipping.purchaseOrder.C2',
      'shipping.purchaseOrder.C3',
      'shipping.purchaseOrder.C1',
    ])
  })
})

describe('a contract’s shipping state (kept on the contract for the checks)', () => {
  const lines = [
    { id: 'L1', parentTable: 'contracts', parentId: 'C1', qty: 10, name: '断路器' },
    { id: 'L2', parentTable: 'contracts', parentId: 'C1', qty: 4, name: '互感器' },
  ] as unknown as TradeLineRecord[]
  const shipments = (step: string) =>
    [
      { id: 'S1', contractId: 'C1', step: 'filed' },
      { id: 'S2', contractId: 'C1', step },
    ] as unknown as ShipmentRecord[]
  const shipmentLines = [
    { parentId: 'S1', contractId: 'C1', sourceLineId: 'L1', qty: 10 },
    { parentId: 'S2', contractId: 'C1', sourceLineId: 'L2', qty: 4 },
  ] as unknown as ShipmentLineRecord[]
  const state = (over: Partial<ShippingFacts>) =>
    shippingStateOf({
      contract: { deliveredOn: '' },
      lines,
      orders: [],
      shipments: [],
      shipmentLines: [],
      ...over,
    })

  it('waits until a purchase order is submitted or something ships; a draft or voided order does not count', () => {
    expect(state({})).toBe('waiting')
    expect(state({ orders: [{ step: 'draft' }, { step: 'voided' }] })).toBe('waiting')
    expect(state({ orders: [{ step: 'review' }] })).toBe('open')
    expect(state({ shipments: [{ id: 'S1', step: 'shipped' }] as unknown as ShipmentRecord[] })).toBe('open')
  })

  it('is delivered when every line is signed for, and not before', () => {
    expect(state({ shipments: shipments('shipped'), shipmentLines })).toBe('open')
    expect(state({ shipments: shipments('signed'), shipmentLines })).toBe('delivered')
  })

  it('keeps a hand-typed delivered-on date only for a contract without shipments', () => {
    expect(state({ contract: { deliveredOn: '2026-10-06' } })).toBe('delivered')
    expect(
      state({ contract: { deliveredOn: '2026-10-06' }, shipments: shipments('shipped'), shipmentLines }),
    ).toBe('open')
  })
})

describe('the other checks', () => {
  it('puts purchase orders waiting for review on finance’s 工作台 only', () => {
    const { facts } = run(financeReviewDeadline, '2026-10-09', {
      waiting: [{ id: 'O1', number: 'CG-202610-0001', customerId: 'K1', submittedOn: '2026-10-08' }],
    }) as DueList
    expect(facts[0]).toMatchObject({
      owners: ['finance'],
      due: '2026-10-09',
      params: { number: 'CG-202610-0001', since: '2026-10-08' },
      at: { table: 'purchaseOrders', id: 'O1' },
    })
  })

  it('lists ordered goods past the manufacturer’s promised date, from the day after', () => {
    // The range ends before today: an order promised for today is not read.
    expect(promisedDateDeadline.read(ctx('2026-10-08')).ordered).toMatchObject({
      index: '[step+promisedOn]',
      between: [
        ['ordered', '0000-00-00'],
        ['ordered', '2026-10-08'],
      ],
      limit: SHOWN_ITEMS + 1,
      count: true,
    })
    expect(promisedDateDeadline.read(ctx('2026-10-08')).ordered).not.toHaveProperty('includeUpper')
    const ordered = [{ id: 'O1', number: 'CG-1', customerId: 'K1', promisedOn: '2026-10-08' }]
    expect(run(promisedDateDeadline, '2026-10-09', { ordered })).toMatchObject({
      total: 1,
      facts: [{ due: '2026-10-08', titleKey: 'shippingDue.promisedOverdue', params: { date: '2026-10-08' } }],
    })
  })

  it('asks for a signed receipt to be filed by the next working day', () => {
    const signed = [{ id: 'S1', number: 'FY-1', customerId: 'K1', receivedOn: '2026-09-30', updatedAt: '' }]
    expect(run(receiptFilingDeadline, '2026-10-09', { signed })).toMatchObject({
      total: 1,
      facts: [
        {
          due: '2026-10-08',
          owners: ['clerk', 'commerceManager', 'archivist'],
          params: { date: '2026-09-30' },
        },
      ],
    })
  })

  it('lists this month’s count from its last week, and last month’s until finance signs it off', () => {
    const moved = [{ date: '2026-11-03' }]
    const movedLast = [{ date: '2026-10-12' }]
    expect(
      run(stockCountDeadline, '2026-11-10', {
        moved,
        movedLast,
        counts: [{ id: '2026-10', step: 'toSignOff' }],
      }),
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
    expect(run(stockCountDeadline, '2026-11-23', { moved, movedLast, counts: october })).toEqual([])
    expect(run(stockCountDeadline, '2026-11-24', { moved, movedLast, counts: october })).toMatchObject([
      { id: 'shipping.stockCount.2026-11', due: '2026-11-30', owners: ['clerk', 'commerceManager'] },
    ])
    // A store never used asks for no count.
    expect(run(stockCountDeadline, '2026-11-28', { moved: [], counts: [] })).toEqual([])
  })

  it('reads the counts of this month and last, and whether each month moved: its first movement by date', () => {
    expect(stockCountDeadline.read(ctx('2027-01-15'))).toEqual({
      counts: { table: 'stockCounts', index: 'id', anyOf: ['2026-12', '2027-01'] },
      movedLast: {
        table: 'stockMovements',
        index: 'date',
        between: ['2026-12-01', '2026-12-31'],
        includeUpper: true,
        limit: 1,
      },
      moved: {
        table: 'stockMovements',
        index: 'date',
        between: ['2027-01-01', '2027-01-31'],
        includeUpper: true,
        limit: 1,
      },
    })
  })
})

describe('delivery overdue, derived from shipments', () => {
  const late = contract({ step: 'performing', deliveryDueOn: '2026-10-08' })

  it('reads contracts in force, not delivered, dated before today: a limited, counted range per step and state', () => {
    const queries = deliveryDeadline.read(ctx('2026-10-09'))
    expect(Object.keys(queries)).toEqual([
      'signed.waiting',
      'signed.open',
      'filed.waiting',
      'filed.open',
      'performing.waiting',
      'performing.open',
    ])
    expect(queries['performing.open']).toEqual({
      table: 'contracts',
      index: '[step+shippingState+deliveryDueOn]',
      between: [
        ['performing', 'open', '0000-00-00'],
        ['performing', 'open', '2026-10-09'],
      ],
      includeUpper: false,
      limit: SHOWN_ITEMS + 1,
      count: true,
    })
  })

  it('lists what the ranges hold, by delivery date', () => {
    const early = contract({ id: 'C0', step: 'filed', deliveryDueOn: '2026-09-01' })
    const due = run(deliveryDeadline, '2026-10-09', {
      'performing.open': Object.assign([late], { total: 1 }),
      'filed.waiting': Object.assign([early], { total: 1 }),
    })
    expect(due).toMatchObject({
      total: 2,
      facts: [
        { id: 'delivery.C0', due: '2026-09-01' },
        { id: 'delivery.C1', due: '2026-10-08', titleKey: 'shippingDue.deliveryOverdue', owners: ['clerk'] },
      ],
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
