/**
 * Bills go to finance the day they arrive (DOMAIN.md §4, 当日交财务部签收):
 * which wait, which are late across National Day 2026, and what a handover
 * slip must say.
 */
import { describe, expect, it } from 'vitest'
import {
  type BillReceiptOf,
  billWaitingSince,
  billsToHandOver,
  handoverDueOn,
  handoverProblems,
  isBill,
  needsAcceptor,
  overdueBills,
} from '@shared/procedures/collections/bills'

const r = (id: string, over: Partial<BillReceiptOf> = {}): BillReceiptOf => ({
  id,
  number: `SK-${id}`,
  method: 'cheque',
  step: 'pending',
  receivedOn: '2026-10-09',
  handoverId: '',
  ...over,
})

describe('which bills finance does not have yet', () => {
  const receipts = [
    r('B1'),
    r('B2', { method: 'bankDraft', step: 'confirmed', handoverId: 'H1', handedOverOn: '2026-10-09' }),
    // Listed on a slip finance has not signed: still waiting, but no new slip may take it.
    r('B6', { handoverId: 'H2' }),
    r('T1', { method: 'transfer' }),
    r('B3', { method: 'commercialBill', step: 'voided' }),
    r('B4', { method: 'bankBill', step: 'returned', receivedOn: '2026-09-30' }),
    r('B5', { deletedAt: '2026-10-09T01:00:00Z' }),
  ]

  it('lists live bills on no signed slip; transfers never wait', () => {
    expect(billsToHandOver(receipts).map((b) => b.id)).toEqual(['B1', 'B4'])
    expect(receipts.map(billWaitingSince)).toEqual(['2026-10-09', '', '2026-10-09', '', '', '2026-09-30', ''])
  })

  it('knows bills from transfers, and which bills name an acceptor', () => {
    expect(
      ['transfer', 'cheque', 'commercialBill', 'bankBill', 'bankDraft'].map((m) => isBill(m as never)),
    ).toEqual([false, true, true, true, true])
    expect(needsAcceptor('bankBill')).toBe(true)
    expect(needsAcceptor('commercialBill')).toBe(true)
    expect(needsAcceptor('bankDraft')).toBe(false)
  })
})

describe('when a bill is late', () => {
  it.each([
    ['2026-10-09', '2026-10-09', 'a working Friday: the same day'],
    ['2026-10-10', '2026-10-10', 'the make-up Saturday after National Day is a working day'],
    ['2026-10-03', '2026-10-08', 'arrived during National Day: the first working day after'],
    ['2026-02-17', '2026-02-24', 'arrived during the Spring Festival 2026'],
    ['2026-11-29', '2026-11-30', 'arrived on an ordinary Sunday'],
  ])('arrived %s → due at finance %s (%s)', (receivedOn, due) => {
    expect(handoverDueOn(receivedOn)).toBe(due)
  })

  it('is overdue once the day it was due has ended, not before', () => {
    const bills = [r('B1', { receivedOn: '2026-10-09' }), r('B2', { receivedOn: '2026-10-03' })]
    expect(overdueBills(bills, '2026-10-08')).toEqual([])
    expect(overdueBills(bills, '2026-10-09').map((b) => b.id)).toEqual(['B2'])
    expect(overdueBills(bills, '2026-10-10').map((b) => b.id)).toEqual(['B1', 'B2'])
    expect(
      overdueBills(
        [r('B3', { handoverId: 'H1', handedOverOn: '2026-09-01', receivedOn: '2026-09-01' })],
        '2026-10-10',
      ),
    ).toEqual([])
    // On a slip finance has not signed, it is late all the same.
    expect(
      overdueBills([r('B7', { handoverId: 'H1', receivedOn: '2026-09-01' })], '2026-10-10'),
    ).toHaveLength(1)
  })
})

describe('handoverProblems', () => {
  const receipts = new Map([
    ['B1', r('B1')],
    ['B2', r('B2', { handoverId: 'H0' })],
    ['T1', r('T1', { method: 'transfer' })],
    ['V1', r('V1', { step: 'voided' })],
    ['L1', r('L1', { receivedOn: '2026-10-10' })],
  ])
  const slip = { id: 'H1', handedOn: '2026-10-09', receivedBy: '王出纳', receiptIds: ['B1'] }

  it('accepts bills of live receipts handed over on or after the day they came, to a named signer', () => {
    expect(handoverProblems(slip, receipts, '2026-10-09')).toEqual([])
    // A bill already on this very slip is fine: signing does not refuse its own list.
    expect(handoverProblems(slip, new Map([['B1', r('B1', { handoverId: 'H1' })]]), '2026-10-09')).toEqual([])
  })

  it('asks for at least one bill and finance’s signer', () => {
    expect(handoverProblems({ ...slip, receiptIds: [], receivedBy: ' ' }, receipts, '2026-10-09')).toEqual([
      { field: 'receivedBy', messageKey: 'validation.required' },
      { field: 'receiptIds', messageKey: 'collectionsValidation.noBills' },
    ])
  })

  it('refuses each wrong line at its place', () => {
    const wrong = { ...slip, receiptIds: ['B1', 'B1', 'B2', 'T1', 'V1', 'XX', 'L1'] }
    expect(handoverProblems(wrong, receipts, '2026-10-09').map((p) => [p.field, p.messageKey])).toEqual([
      ['receiptIds.1', 'collectionsValidation.billTwice'],
      ['receiptIds.2', 'collectionsValidation.billHandedOver'],
      ['receiptIds.3', 'collectionsValidation.notBill'],
      ['receiptIds.4', 'collectionsValidation.billGone'],
      ['receiptIds.5', 'collectionsValidation.billGone'],
      ['receiptIds.6', 'collectionsValidation.handedBeforeReceived'],
    ])
  })

  it('refuses a handover dated in the future', () => {
    expect(handoverProblems({ ...slip, handedOn: '2026-10-10' }, receipts, '2026-10-09')).toEqual([
      { field: 'handedOn', messageKey: 'validation.contract.future' },
    ])
  })
})
