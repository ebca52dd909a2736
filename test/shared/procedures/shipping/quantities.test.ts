/**
 * How much of a contract is still to ship, what a shipment may carry, and
 * when the contract counts as delivered (DOMAIN.md §2; issue 16).
 */
import { describe, expect, it } from 'vitest'
import {
  deliveryState,
  openQuantities,
  orderableQuantities,
  shipmentLineProblems,
  shippedQuantities,
  signedQuantities,
  unshippedOnOrder,
} from '@shared/procedures/shipping/quantities'
import type { ShipmentStep } from '@shared/procedures/shipping/records'

const contractLines = [
  { id: 'L1', qty: 10, name: '高压真空断路器' },
  { id: 'L2', qty: 4, name: '电流互感器' },
]
const shipment = (id: string, step: ShipmentStep, deletedAt: string | null = null) => ({
  id,
  step,
  deletedAt,
})
const line = (parentId: string, sourceLineId: string, qty: number) => ({ parentId, sourceLineId, qty })

describe('openQuantities', () => {
  it('is the contract quantity less every shipment not voided, drafts included', () => {
    const open = openQuantities(
      contractLines,
      [shipment('S1', 'filed'), shipment('S2', 'draft'), shipment('S3', 'voided')],
      [line('S1', 'L1', 3), line('S2', 'L1', 2), line('S3', 'L1', 5), line('S1', 'L2', 4)],
    )
    expect(open).toEqual(
      new Map([
        ['L1', 5],
        ['L2', 0],
      ]),
    )
  })

  it('leaves out the shipment being edited and tombstoned shipments or lines', () => {
    const shipments = [
      shipment('S1', 'shipped'),
      shipment('S2', 'draft'),
      shipment('S4', 'shipped', '2026-10-01'),
    ]
    const lines = [
      line('S1', 'L1', 3),
      line('S2', 'L1', 6),
      line('S4', 'L1', 1),
      { ...line('S1', 'L2', 1), deletedAt: 'x' },
    ]
    expect(openQuantities(contractLines, shipments, lines, 'S2').get('L1')).toBe(7)
    expect(openQuantities(contractLines, shipments, lines, 'S2').get('L2')).toBe(4)
    expect(shippedQuantities(shipments, lines).get('L1')).toBe(9)
  })
})

describe('shipmentLineProblems', () => {
  const open = new Map([
    ['L1', 5],
    ['L2', 4],
  ])

  it('refuses more than is open, at the line, saying how many are left', () => {
    expect(
      shipmentLineProblems(
        [{ sourceLineId: 'L1', productId: 'P1', qty: 6, serials: [] }],
        open,
        contractLines,
        new Set(),
      ),
    ).toEqual([
      {
        field: 'lines.0.qty',
        messageKey: 'shippingValidation.overOpen',
        params: { name: '高压真空断路器', left: 5, qty: 6 },
      },
    ])
  })

  it('counts two lines of the same contract line together', () => {
    const problems = shipmentLineProblems(
      [
        { sourceLineId: 'L1', productId: 'P1', qty: 3, serials: [] },
        { sourceLineId: 'L1', productId: 'P1', qty: 3, serials: [] },
      ],
      open,
      contractLines,
      new Set(),
    )
    expect(problems).toEqual([
      expect.objectContaining({ field: 'lines.1.qty', params: { name: '高压真空断路器', left: 2, qty: 3 } }),
    ])
  })

  it('asks for at least one line, whole positive quantities, and lines of the contract', () => {
    expect(shipmentLineProblems([], open, contractLines, new Set())).toEqual([
      { field: 'lines', messageKey: 'shippingValidation.noLines' },
    ])
    expect(
      shipmentLineProblems(
        [
          { sourceLineId: 'L1', productId: 'P1', qty: 1.5, serials: [] },
          { sourceLineId: 'X', productId: 'P1', qty: 1, serials: [] },
        ],
        open,
        contractLines,
        new Set(),
      ).map((p) => `${p.field} ${p.messageKey}`),
    ).toEqual(['lines.0.qty shippingValidation.qty', 'lines.1.sourceLineId shippingValidation.notOnContract'])
  })

  it('wants one serial number per unit of a serialized product, none twice', () => {
    const serialized = new Set(['P1'])
    const ok = [{ sourceLineId: 'L1', productId: 'P1', qty: 2, serials: ['SN-001', 'SN-002'] }]
    expect(shipmentLineProblems(ok, open, contractLines, serialized)).toEqual([])
    expect(
      shipmentLineProblems(
        [{ sourceLineId: 'L1', productId: 'P1', qty: 3, serials: ['SN-001', ' '] }],
        open,
        contractLines,
        serialized,
      ),
    ).toEqual([
      { field: 'lines.0.serials', messageKey: 'shippingValidation.serials', params: { qty: 3, count: 1 } },
    ])
    expect(
      shipmentLineProblems(
        [
          { sourceLineId: 'L1', productId: 'P1', qty: 1, serials: ['SN-001'] },
          { sourceLineId: 'L1', productId: 'P1', qty: 1, serials: ['SN-001'] },
        ],
        open,
        contractLines,
        serialized,
      ),
    ).toEqual([
      {
        field: 'lines.1.serials',
        messageKey: 'shippingValidation.serialTwice',
        params: { serial: 'SN-001' },
      },
    ])
    // A product not tracked by serial number ships without them.
    expect(
      shipmentLineProblems(
        [{ sourceLineId: 'L2', productId: 'P2', qty: 4, serials: [] }],
        open,
        contractLines,
        serialized,
      ),
    ).toEqual([])
  })
})

describe('deliveryState', () => {
  it('is delivered only when every line is fully signed for', () => {
    const lines = [line('S1', 'L1', 10), line('S2', 'L2', 4)]
    expect(deliveryState(contractLines, [shipment('S1', 'filed'), shipment('S2', 'signed')], lines)).toBe(
      'delivered',
    )
    expect(deliveryState(contractLines, [shipment('S1', 'filed'), shipment('S2', 'shipped')], lines)).toBe(
      'shipped',
    )
    expect(deliveryState(contractLines, [shipment('S1', 'signed')], lines)).toBe('partial')
    expect(deliveryState(contractLines, [shipment('S1', 'draft')], lines)).toBe('none')
    expect(deliveryState(contractLines, [shipment('S1', 'voided'), shipment('S2', 'voided')], lines)).toBe(
      'none',
    )
  })

  it('counts partial shipments of one line together', () => {
    const shipments = [shipment('S1', 'filed'), shipment('S2', 'signed'), shipment('S3', 'filed')]
    const lines = [line('S1', 'L1', 6), line('S2', 'L1', 4), line('S3', 'L2', 4)]
    expect(signedQuantities(shipments, lines).get('L1')).toBe(10)
    expect(deliveryState(contractLines, shipments, lines)).toBe('delivered')
  })
})

describe('orderableQuantities and unshippedOnOrder', () => {
  it('leaves out voided orders and the order being edited', () => {
    const orders = [
      { id: 'O1', step: 'ordered' as const },
      { id: 'O2', step: 'voided' as const },
      { id: 'O3', step: 'draft' as const },
    ]
    const lines = [line('O1', 'L1', 6), line('O2', 'L1', 4), line('O3', 'L2', 4)]
    expect(orderableQuantities(contractLines, orders, lines)).toEqual(
      new Map([
        ['L1', 4],
        ['L2', 0],
      ]),
    )
    expect(orderableQuantities(contractLines, orders, lines, 'O3').get('L2')).toBe(4)
  })

  it('says what an order still waits for once shipments carry part of it', () => {
    const orderLines = [line('O1', 'L1', 6), line('O1', 'L2', 4)]
    const shipments = [shipment('S1', 'shipped'), shipment('S2', 'draft')]
    const carried = [line('S1', 'L1', 6), line('S1', 'L2', 1), line('S2', 'L2', 3)]
    expect(unshippedOnOrder(orderLines, shipments, carried)).toBe(3)
    expect(
      unshippedOnOrder(orderLines, [shipment('S1', 'shipped')], [line('S1', 'L1', 6), line('S1', 'L2', 4)]),
    ).toBe(0)
  })
})
