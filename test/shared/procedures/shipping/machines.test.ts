/**
 * The steps of shipping and stock (DOMAIN.md §2, §7; issue 16): who may
 * take each, what each asks, and what each writes.
 */
import { describe, expect, it } from 'vitest'
import type { Role } from '@shared/auth/roles'
import { can } from '@shared/auth/permissions'
import type { MachineContext } from '@shared/procedures/kit/machine'
import {
  type PurchaseOrderFacts,
  purchaseOrderMachine,
} from '@shared/procedures/shipping/machines/purchaseOrder'
import { type ShipmentFacts, shipmentMachine } from '@shared/procedures/shipping/machines/shipment'
import { type StockCountFacts, stockCountMachine } from '@shared/procedures/shipping/machines/stockCount'
import { mayShipFrom } from '@shared/procedures/shipping/machines/sources'
import { settingDefaults } from '@shared/settings/settingKeys'

/** 2026-10-09, the Friday after National Day (10-10 is a make-up working Saturday). */
const ctx = (roles: Role[], now = '2026-10-09T02:00:00Z'): MachineContext => ({
  actor: { userId: 'u1', name: '李会计', roles },
  now: new Date(now),
  settings: settingDefaults,
})
const clerk = ctx(['clerk'])
const finance = ctx(['finance'])

const sourceLines = [
  { id: 'L1', qty: 10, name: '高压真空断路器' },
  { id: 'L2', qty: 4, name: '电流互感器' },
]

function order(over: Partial<PurchaseOrderFacts> = {}): PurchaseOrderFacts {
  return {
    step: 'draft',
    manufacturerId: 'M1',
    deliveryPlace: '北京市海淀区中关村大街1号',
    recipient: '张工',
    recipientPhone: '13800000000',
    requestedOn: '2026-10-20',
    source: { table: 'contracts', step: 'filed' },
    lines: [{ sourceLineId: 'L1', qty: 6 }],
    sourceLines,
    orderable: new Map([
      ['L1', 10],
      ['L2', 4],
    ]),
    unshipped: 6,
    ...over,
  }
}

describe('purchase order machine', () => {
  it('goes to finance, comes back with a comment, and is approved by finance alone', () => {
    const submitted = purchaseOrderMachine.transition(order(), 'submit', {}, clerk)
    expect(submitted).toEqual({
      ok: true,
      to: 'review',
      patch: { submittedOn: '2026-10-09', step: 'review' },
    })

    const waiting = order({ step: 'review' })
    expect(
      purchaseOrderMachine.transition(waiting, 'approve', {}, ctx(['clerk', 'commerceManager', 'admin'])),
    ).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', roles: ['finance'] },
    })
    expect(purchaseOrderMachine.transition(waiting, 'return', { comment: ' ' }, finance)).toEqual({
      ok: false,
      refusal: { kind: 'problems', problems: [{ field: 'comment', messageKey: 'validation.required' }] },
    })
    const returned = purchaseOrderMachine.transition(
      waiting,
      'return',
      { comment: '厂家单价待确认' },
      finance,
    )
    expect(returned).toEqual({
      ok: true,
      to: 'returned',
      patch: {
        reviewComment: '厂家单价待确认',
        reviewedOn: '2026-10-09',
        reviewedBy: '李会计',
        step: 'returned',
      },
    })
    expect(purchaseOrderMachine.isEditable('returned')).toBe(true)
    expect(purchaseOrderMachine.transition(order({ step: 'returned' }), 'submit', {}, clerk).ok).toBe(true)
    expect(purchaseOrderMachine.transition(waiting, 'approve', { comment: '同意' }, finance)).toMatchObject({
      ok: true,
      to: 'approved',
    })
    expect(purchaseOrderMachine.isEditable('review')).toBe(false)
  })

  it('is made only from a filed contract or an approved phone order', () => {
    expect(
      purchaseOrderMachine.problems(
        order({ source: { table: 'contracts', step: 'signed' } }),
        'submit',
        {},
        clerk,
      ),
    ).toEqual([{ field: 'source', messageKey: 'shippingValidation.contractNotFiled' }])
    expect(
      purchaseOrderMachine.problems(
        order({ source: { table: 'phoneOrders', step: 'waiting' } }),
        'submit',
        {},
        clerk,
      ),
    ).toEqual([{ field: 'source', messageKey: 'shippingValidation.phoneOrderNotApproved' }])
    expect(mayShipFrom({ table: 'phoneOrders', step: 'approved' })).toBe(true)
    expect(mayShipFrom({ table: 'contracts', step: 'performing' })).toBe(true)
  })

  it('orders no more than is left to order, and asks where, to whom and when', () => {
    const problems = purchaseOrderMachine.problems(
      order({ recipient: '', requestedOn: '', lines: [{ sourceLineId: 'L2', qty: 5 }] }),
      'submit',
      {},
      clerk,
    )
    expect(problems).toEqual([
      { field: 'recipient', messageKey: 'validation.required' },
      { field: 'requestedOn', messageKey: 'validation.required' },
      {
        field: 'lines.0.qty',
        messageKey: 'shippingValidation.overOrderable',
        params: { name: '电流互感器', left: 4, qty: 5 },
      },
    ])
  })

  it('records the manufacturer’s order reference and promised date once approved', () => {
    expect(
      purchaseOrderMachine.transition(
        order({ step: 'review' }),
        'order',
        { orderRef: 'X', promisedOn: '2026-10-20' },
        clerk,
      ),
    ).toEqual({
      ok: false,
      refusal: {
        kind: 'closed',
        message: {
          code: 'purchaseOrders.notApproved',
          messageKey: 'shippingErrors.purchaseOrders.notApproved',
        },
      },
    })
    expect(
      purchaseOrderMachine.transition(
        order({ step: 'approved' }),
        'order',
        { orderRef: ' ABB-2026-1009 ', promisedOn: '2026-10-20' },
        clerk,
      ),
    ).toEqual({
      ok: true,
      to: 'ordered',
      patch: {
        orderRef: 'ABB-2026-1009',
        promisedOn: '2026-10-20',
        orderedOn: '2026-10-09',
        step: 'ordered',
      },
    })
    expect(
      purchaseOrderMachine.problems(
        order({ step: 'approved' }),
        'order',
        { orderRef: 'A', promisedOn: '2026-10-08' },
        clerk,
      ),
    ).toEqual([{ field: 'promisedOn', messageKey: 'shippingValidation.promisedPast' }])
  })

  it('is shipped only when shipments carry all of it, and closed short only with a reason', () => {
    const ordered = order({ step: 'ordered', unshipped: 2 })
    expect(purchaseOrderMachine.problems(ordered, 'markShipped', {}, clerk)).toEqual([
      { field: 'lines', messageKey: 'shippingValidation.unshipped', params: { left: 2 } },
    ])
    expect(
      purchaseOrderMachine.transition(order({ step: 'ordered', unshipped: 0 }), 'markShipped', {}, clerk).ok,
    ).toBe(true)
    expect(purchaseOrderMachine.problems(ordered, 'close', {}, clerk)).toEqual([
      { field: 'reason', messageKey: 'validation.required' },
    ])
    expect(
      purchaseOrderMachine.transition(order({ step: 'shipped', unshipped: 0 }), 'close', {}, clerk),
    ).toMatchObject({
      ok: true,
      to: 'closed',
    })
  })
})

function shipment(over: Partial<ShipmentFacts> = {}): ShipmentFacts {
  return {
    step: 'draft',
    shippedOn: '',
    signedReceiptId: '',
    source: 'direct',
    supply: { table: 'contracts', step: 'filed' },
    purchaseOrderStep: 'ordered',
    lines: [{ sourceLineId: 'L1', productId: 'P1', qty: 6, serials: [] }],
    sourceLines,
    open: new Map([
      ['L1', 10],
      ['L2', 4],
    ]),
    serialized: new Set(),
    vouchers: [],
    ...over,
  }
}

const ship = { shippedOn: '2026-10-09', carrier: '顺丰速运', trackingNo: 'SF1234567890' }

describe('shipment machine', () => {
  it('ships, is signed for with the signed receipt, and is filed', () => {
    expect(shipmentMachine.transition(shipment(), 'ship', ship, clerk)).toEqual({
      ok: true,
      to: 'shipped',
      patch: { ...ship, step: 'shipped' },
    })
    const shipped = shipment({ step: 'shipped', shippedOn: '2026-10-09' })
    expect(
      shipmentMachine.problems(shipped, 'sign', { receivedOn: '2026-10-09', signedReceiptId: 'V1' }, clerk),
    ).toEqual([{ field: 'signedReceiptId', messageKey: 'shippingValidation.receiptMissing' }])
    // A dispatch note is a voucher, but not the customer's signed receipt.
    const withNote = { ...shipped, vouchers: [{ id: 'V0', kind: 'dispatchNote' as const }] }
    expect(
      shipmentMachine.problems(withNote, 'sign', { receivedOn: '2026-10-09', signedReceiptId: 'V0' }, clerk),
    ).toHaveLength(1)
    const withReceipt = { ...shipped, vouchers: [{ id: 'V1', kind: 'signedReceipt' as const }] }
    expect(
      shipmentMachine.transition(
        withReceipt,
        'sign',
        { receivedOn: '2026-10-09', signedReceiptId: 'V1' },
        clerk,
      ),
    ).toEqual({
      ok: true,
      to: 'signed',
      patch: { receivedOn: '2026-10-09', signedReceiptId: 'V1', step: 'signed' },
    })
    const signed = { ...withReceipt, step: 'signed' as const, signedReceiptId: 'V1' }
    expect(shipmentMachine.transition(signed, 'file', {}, clerk)).toEqual({
      ok: true,
      to: 'filed',
      patch: { filedOn: '2026-10-09', step: 'filed' },
    })
  })

  it('cannot be filed once its signed receipt is removed, nor before it is signed for', () => {
    const signed = shipment({ step: 'signed', shippedOn: '2026-10-09', signedReceiptId: 'V1', vouchers: [] })
    expect(shipmentMachine.problems(signed, 'file', {}, clerk)).toEqual([
      { field: 'signedReceiptId', messageKey: 'shippingValidation.receiptMissing' },
    ])
    expect(shipmentMachine.transition(shipment({ step: 'shipped' }), 'file', {}, clerk)).toMatchObject({
      ok: false,
      refusal: { kind: 'closed', message: { messageKey: 'shippingErrors.shipments.notSigned' } },
    })
  })

  it('refuses more than the contract has open, at the line, saying how many are left', () => {
    const second = shipment({
      open: new Map([['L1', 4]]),
      lines: [{ sourceLineId: 'L1', productId: 'P1', qty: 5, serials: [] }],
    })
    expect(shipmentMachine.transition(second, 'ship', ship, clerk)).toEqual({
      ok: false,
      refusal: {
        kind: 'problems',
        problems: [
          {
            field: 'lines.0.qty',
            messageKey: 'shippingValidation.overOpen',
            params: { name: '高压真空断路器', left: 4, qty: 5 },
          },
        ],
      },
    })
  })

  it('wants serial numbers per unit, a carrier, a day not in the future, and an ordered purchase order for a direct one', () => {
    const facts = shipment({ serialized: new Set(['P1']), purchaseOrderStep: 'approved' })
    expect(
      shipmentMachine
        .problems(facts, 'ship', { shippedOn: '2026-10-12', carrier: '' }, clerk)
        .map((p) => p.field),
    ).toEqual(['purchaseOrderId', 'carrier', 'shippedOn', 'lines.0.serials'])
  })

  it('takes a shipment from stock out of the ledger, never below zero', () => {
    const fromStock = shipment({
      source: 'stock',
      purchaseOrderStep: '',
      stock: {
        movements: [{ productId: 'P1', kind: 'in', date: '2026-09-28', qty: 4 }],
        signedOff: new Set(['2026-09']),
        names: new Map([['P1', '高压真空断路器']]),
      },
    })
    expect(shipmentMachine.problems(fromStock, 'ship', ship, clerk)).toEqual([
      {
        field: 'lines.0.qty',
        messageKey: 'shippingValidation.notEnough',
        params: { product: '高压真空断路器', available: 4, qty: 6 },
      },
    ])
    expect(
      shipmentMachine
        .problems(fromStock, 'ship', { ...ship, shippedOn: '2026-09-30' }, clerk)
        .map((p) => p.field),
    ).toEqual(['shippedOn'])
    const enough = { ...fromStock, lines: [{ sourceLineId: 'L1', productId: 'P1', qty: 4, serials: [] }] }
    expect(shipmentMachine.transition(enough, 'ship', ship, clerk).ok).toBe(true)
  })

  it('is not shipped against a phone order leadership has not approved', () => {
    const facts = shipment({ supply: { table: 'phoneOrders', step: 'waiting' } })
    expect(shipmentMachine.problems(facts, 'ship', ship, clerk)[0]).toEqual({
      field: 'source',
      messageKey: 'shippingValidation.phoneOrderNotApproved',
    })
  })
})

function count(over: Partial<StockCountFacts> = {}): StockCountFacts {
  return {
    step: 'counting',
    month: '2026-10',
    lines: [
      { productId: 'P1', bookQty: 6, countedQty: 5, reason: '包装破损报废 1 台' },
      { productId: 'P2', bookQty: 5, countedQty: 5, reason: '' },
    ],
    ...over,
  }
}

describe('stock count machine', () => {
  const monthEnd = '2026-10-31T02:00:00Z'

  it('is submitted by the keepers with a reason for each difference, and signed off by finance alone', () => {
    expect(
      stockCountMachine.problems(
        count({ lines: [{ productId: 'P1', bookQty: 6, countedQty: 5, reason: '' }] }),
        'submit',
        {},
        ctx(['clerk'], monthEnd),
      ),
    ).toEqual([
      {
        field: 'lines.0.reason',
        messageKey: 'shippingValidation.differenceReason',
        params: { book: 6, counted: 5 },
      },
    ])
    expect(stockCountMachine.transition(count(), 'submit', {}, ctx(['clerk'], monthEnd))).toEqual({
      ok: true,
      to: 'toSignOff',
      patch: { countedOn: '2026-10-31', countedBy: '李会计', step: 'toSignOff' },
    })
    const submitted = count({ step: 'toSignOff' })
    expect(
      stockCountMachine.transition(submitted, 'signOff', {}, ctx(['clerk', 'commerceManager'], monthEnd)),
    ).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', roles: ['finance'] },
    })
    expect(
      stockCountMachine.transition(submitted, 'signOff', {}, ctx(['finance'], '2026-11-02T02:00:00Z')),
    ).toEqual({
      ok: true,
      to: 'signedOff',
      patch: { comment: '', signedOffOn: '2026-11-02', signedOffBy: '李会计', step: 'signedOff' },
    })
  })

  it('is counted from the month’s last week, and a signed-off month changes no more', () => {
    expect(stockCountMachine.problems(count(), 'submit', {}, ctx(['clerk'], '2026-10-20T02:00:00Z'))).toEqual(
      [{ field: 'month', messageKey: 'shippingValidation.countTooEarly', params: { from: '2026-10-25' } }],
    )
    const signedOff = count({ step: 'signedOff' })
    expect(stockCountMachine.isEnded('signedOff')).toBe(true)
    expect(stockCountMachine.isEditable('signedOff')).toBe(false)
    expect(stockCountMachine.actionsAt('signedOff', ['finance', 'clerk', 'admin'])).toEqual([])
    expect(stockCountMachine.transition(signedOff, 'signOff', {}, ctx(['finance'], monthEnd))).toMatchObject({
      ok: false,
      refusal: { kind: 'closed', message: { messageKey: 'shippingErrors.stockCounts.signedOff' } },
    })
  })

  it('goes back for a recount when finance returns it with a comment', () => {
    expect(
      stockCountMachine.transition(
        count({ step: 'toSignOff' }),
        'return',
        { comment: '请复盘 P1' },
        ctx(['finance'], monthEnd),
      ),
    ).toMatchObject({ ok: true, to: 'counting', patch: { comment: '请复盘 P1' } })
  })
})

describe('permissions', () => {
  it('give finance alone the review of purchase orders and the sign-off of stock counts', () => {
    for (const role of ['clerk', 'commerceManager', 'sales', 'admin', 'leadership', 'archivist'] as const) {
      expect(can({ roles: [role] }, 'shipping.review'), role).toBe(false)
      expect(can({ roles: [role] }, 'stock.signOff'), role).toBe(false)
    }
    expect(can({ roles: ['finance'] }, 'shipping.review')).toBe(true)
    expect(can({ roles: ['finance'] }, 'stock.signOff')).toBe(true)
    expect(purchaseOrderMachine.actionsAt('review', ['finance'])).toEqual(['approve', 'return'])
    expect(purchaseOrderMachine.actionsAt('review', ['clerk'])).toEqual(['void'])
  })
})
