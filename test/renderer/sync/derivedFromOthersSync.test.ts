/**
 * Derived values that read other records, which the due checks read by
 * index: a contract's shipping state (from its orders and shipments) and a
 * contract's payments owed (from its milestones and confirmed allocations). Changes made on another PC
 * work them out again on apply, from the merged rows, as the PC that wrote
 * them did, so every PC holds the same values.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { MemoryShare } from '../../harness/memoryShare'
import { contractLineRow } from '../data/rawRows'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

const stateOn = async (pc: Pc) =>
  ((await pc.db.contracts.get('C')) as { shippingState?: string } | undefined)?.shippingState

describe('sync: values derived from other records', () => {
  it('moves on the other PC with the orders and shipments it receives, and back when a shipment is voided', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    await a.write(async (w) => {
      await w.create('contracts', { number: 'HT-1', step: 'filed', deliveredOn: '' } as never, { id: 'C' })
      await w.create('tradeLines', contractLineRow('C') as never, { id: 'L' })
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

  it('keeps what a contract is owed from its milestones and confirmed allocations, on every PC, whichever PC voids it', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    const owedOn = async (pc: Pc) => (await pc.db.contracts.get('C'))?.paymentsDueFrom
    await a.write(async (w) => {
      await w.create('contracts', { number: 'HT-2', step: 'performing', deliveredOn: '' } as never, {
        id: 'C',
      })
      await w.create(
        'milestones',
        {
          parentTable: 'contracts',
          parentId: 'C',
          position: 1,
          kind: 'advance',
          percentBp: 10_000,
          trigger: 'fixed',
          dueOn: '2026-11-20',
          receivedOn: '',
        } as never,
        { id: 'M' },
      )
      await w.create('tradeLines', contractLineRow('C') as never, { id: 'L' })
    })
    await settle([a, b])
    expect(await owedOn(b)).toBe('2026-11-20')
    // Confirmed money on B pays it on A too; unconfirmed, it is owed again.
    await b.write((w) =>
      w.create(
        'receiptAllocations',
        {
          parentId: 'R',
          contractId: 'C',
          milestoneId: 'M',
          amountFen: 100_000,
          confirmedOn: '2026-11-19',
        } as never,
        { id: 'RA' },
      ),
    )
    await settle([a, b])
    for (const pc of [a, b]) expect(await owedOn(pc)).toBe('')
    await a.write((w) => w.update('receiptAllocations', 'RA', { confirmedOn: '' } as never))
    await settle([a, b])
    for (const pc of [a, b]) expect(await owedOn(pc)).toBe('2026-11-20')
    await b.write((w) => w.update('contracts', 'C', { step: 'voided' } as never))
    await settle([a, b])
    for (const pc of [a, b]) expect(await owedOn(pc)).toBe('')
  })
})
