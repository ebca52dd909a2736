/**
 * A contract's shipping state (kept by the shipping procedure on the
 * contract, read by the due checks through an index) follows shipments
 * made on another PC: worked out on apply from the merged rows, as the PC
 * that wrote them worked it out, so both hold the same state.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const stateOn = async (pc: Pc) =>
  ((await pc.db.contracts.get('C')) as { shippingState?: string } | undefined)?.shippingState

describe('sync: a contract’s shipping state', () => {
  it('moves on the other PC with the orders and shipments it receives, and back when a shipment is voided', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write(async (w) => {
      await w.create('contracts', { number: 'HT-1', step: 'filed', deliveredOn: '' } as never, { id: 'C' })
      await w.create(
        'tradeLines',
        {
          parentTable: 'contracts',
          parentId: 'C',
          position: 1,
          name: '断路器',
          unit: '台',
          qty: 2,
          unitFen: 100_000,
          discountBp: 0,
          taxRateBp: 1300,
        } as never,
        { id: 'L' },
      )
    })
    await settle([a, b])
    expect(await stateOn(b)).toBe('waiting')

    // B orders from the manufacturer: A's copy of the contract is no longer waiting.
    await b.write((w) =>
      w.create('purchaseOrders', { contractId: 'C', step: 'review', number: 'CG-1' } as never, { id: 'O' }),
    )
    await settle([a, b])
    expect(await stateOn(a)).toBe('open')

    // A ships and the customer signs: B sees the contract delivered.
    await a.write(async (w) => {
      await w.create('shipments', { contractId: 'C', step: 'signed', number: 'FY-1' } as never, { id: 'S' })
      await w.create(
        'shipmentLines',
        { parentId: 'S', contractId: 'C', sourceLineId: 'L', qty: 2, serials: [] } as never,
        { id: 'SL' },
      )
    })
    await settle([a, b])
    expect(await stateOn(b)).toBe('delivered')

    await b.write((w) => w.update('shipments', 'S', { step: 'voided' } as never))
    await settle([a, b])
    for (const pc of [a, b]) expect(await stateOn(pc)).toBe('open')
    expect(await a.state()).toBe(await b.state())
  })
})
