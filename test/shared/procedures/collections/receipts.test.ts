/**
 * Receipts and what they pay (DOMAIN.md §4): milestone amounts that add up
 * to the contract, open amounts that never go negative, only confirmed
 * money received, and the refusals at registration — money into anything
 * but a company account first of all (不能私自收取经销商货款).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { milestoneAmounts } from '@shared/procedures/contracts/documents/paymentMilestones'
import {
  type AllocationOf,
  type OpenMilestone,
  type ReceiptInput,
  type ReceiptOf,
  allocationProblems,
  confirmedReceived,
  heldAmounts,
  milestoneAmountsFen,
  openAmounts,
  orderedAmountsFen,
  receiptProblems,
} from '@shared/procedures/collections/receipts'
import type { CompanyAccount } from '@shared/procedures/collections/records'

const accounts: CompanyAccount[] = [
  {
    id: 'A1',
    bank: '中国工商银行北京中关村支行',
    accountNo: '0200 0045 0920 0123 456',
    holder: '北京华电科技有限公司',
  },
]
const today = '2026-10-09'

const receipt = (over: Partial<ReceiptInput> = {}): ReceiptInput => ({
  customerId: 'K1',
  receivedOn: '2026-10-08',
  payer: '上海明达电气有限公司',
  method: 'transfer',
  accountId: 'A1',
  amountFen: 300_000_00,
  billNo: '',
  drawer: '',
  acceptor: '',
  billIssuedOn: '',
  billDueOn: '',
  ...over,
})

describe('milestoneAmountsFen', () => {
  it('splits the total by share in printed order, the last taking the rounding remainder', () => {
    const amounts = milestoneAmountsFen(100_001, [
      { id: 'M3', position: 3, percentBp: 3334 },
      { id: 'M1', position: 1, percentBp: 3333 },
      { id: 'M2', position: 2, percentBp: 3333 },
      { id: 'MX', position: 4, percentBp: 5000, deletedAt: '2026-10-01T00:00:00Z' },
    ])
    expect(amounts).toEqual(
      new Map([
        ['M1', 33_330],
        ['M2', 33_330],
        ['M3', 33_341],
      ]),
    )
  })

  it('gives no milestone the remainder while the shares do not make 100 %, as the contract prints them', () => {
    const ms = [
      { id: 'M1', position: 1, percentBp: 3333 },
      { id: 'M2', position: 2, percentBp: 3333 },
    ]
    expect([...milestoneAmountsFen(100_001, ms).values()]).toEqual([33_330, 33_330])
    expect(orderedAmountsFen(100_001, ms)).toEqual(
      milestoneAmounts(
        ms.map((m) => ({ kind: 'other' as const, percentBp: m.percentBp, dueRule: '' })),
        100_001,
      ),
    )
    expect(orderedAmountsFen(100_001, [])).toEqual([])
  })

  it('always adds up to the contract total when the shares make 100 %, as the contract prints them', () => {
    const shares = fc
      .array(fc.integer({ min: 1, max: 9_000 }), { minLength: 1, maxLength: 6 })
      .filter((s) => s.reduce((a, b) => a + b, 0) < 10_000)
      .map((s) => [...s, 10_000 - s.reduce((a, b) => a + b, 0)])
    fc.assert(
      fc.property(shares, fc.integer({ min: 0, max: 1e12 }), (bp, total) => {
        const ms = bp.map((percentBp, i) => ({ id: `M${i}`, position: i + 1, percentBp }))
        const amounts = [...milestoneAmountsFen(total, ms).values()]
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(total)
        // The very amounts the contract prints.
        const printed = ms.map((m) => ({ kind: 'other' as const, percentBp: m.percentBp, dueRule: '' }))
        expect(amounts).toEqual(milestoneAmounts(printed, total))
      }),
    )
  })
})

describe('held, open and confirmed amounts', () => {
  const receipts: ReceiptOf[] = [
    { id: 'R1', step: 'confirmed' },
    { id: 'R2', step: 'pending' },
    { id: 'R3', step: 'returned' },
    { id: 'R4', step: 'voided' },
    { id: 'R5', step: 'confirmed', deletedAt: '2026-10-02T00:00:00Z' },
  ]
  const allocations: AllocationOf[] = [
    { parentId: 'R1', milestoneId: 'M1', amountFen: 100 },
    { parentId: 'R2', milestoneId: 'M1', amountFen: 50 },
    { parentId: 'R3', milestoneId: 'M2', amountFen: 30 },
    { parentId: 'R4', milestoneId: 'M1', amountFen: 1_000 },
    { parentId: 'R5', milestoneId: 'M1', amountFen: 1_000 },
    { parentId: 'R1', milestoneId: 'M2', amountFen: 5, deletedAt: '2026-10-03T00:00:00Z' },
  ]

  it('counts only confirmed money as received', () => {
    expect(confirmedReceived(receipts, allocations)).toEqual(new Map([['M1', 100]]))
  })

  it('holds what every live receipt not voided carries, waiting for finance or not', () => {
    expect(heldAmounts(receipts, allocations)).toEqual(
      new Map([
        ['M1', 150],
        ['M2', 30],
      ]),
    )
  })

  it('leaves the receipt being edited out of what is open, and never goes below zero', () => {
    const amounts = new Map([
      ['M1', 200],
      ['M2', 20],
    ])
    expect(openAmounts(amounts, receipts, allocations)).toEqual(
      new Map([
        ['M1', 50],
        ['M2', 0],
      ]),
    )
    expect(openAmounts(amounts, receipts, allocations, 'R2').get('M1')).toBe(100)
  })
})

describe('receiptProblems', () => {
  it('accepts a transfer into a company account', () => {
    expect(receiptProblems(receipt(), accounts, today)).toEqual([])
  })

  it('refuses money into anything but a company account: nobody collects a payment personally', () => {
    expect(receiptProblems(receipt({ accountId: '6222 0212 3456 7890' }), accounts, today)).toEqual([
      { field: 'accountId', messageKey: 'collectionsValidation.notCompanyAccount' },
    ])
    expect(receiptProblems(receipt(), [], today)[0].field).toBe('accountId')
  })

  it('refuses an amount that is not a positive number of fen, and a day in the future', () => {
    expect(receiptProblems(receipt({ amountFen: 0, receivedOn: '2026-10-10' }), accounts, today)).toEqual([
      { field: 'receivedOn', messageKey: 'validation.contract.future' },
      { field: 'amountFen', messageKey: 'collectionsValidation.amount' },
    ])
    expect(receiptProblems(receipt({ amountFen: 12.5 }), accounts, today)[0].field).toBe('amountFen')
  })

  it('asks a bank acceptance bill for its number, drawer, acceptor and dates, issued before due', () => {
    expect(receiptProblems(receipt({ method: 'bankBill' }), accounts, today)).toEqual([
      { field: 'billNo', messageKey: 'validation.required' },
      { field: 'drawer', messageKey: 'validation.required' },
      { field: 'acceptor', messageKey: 'validation.required' },
      { field: 'billIssuedOn', messageKey: 'validation.required' },
      { field: 'billDueOn', messageKey: 'validation.required' },
    ])
    const bill = receipt({
      method: 'commercialBill',
      billNo: '2305 1234 5678',
      drawer: '上海明达电气有限公司',
      acceptor: '上海明达电气有限公司',
      billIssuedOn: '2026-09-30',
      billDueOn: '2026-09-29',
    })
    expect(receiptProblems(bill, accounts, today)).toEqual([
      { field: 'billDueOn', messageKey: 'collectionsValidation.billDueBeforeIssued' },
    ])
    expect(receiptProblems({ ...bill, billDueOn: '2027-03-30' }, accounts, today)).toEqual([])
  })

  it('asks a cheque for no acceptor or due date, and refuses one issued after it arrived', () => {
    const cheque = receipt({
      method: 'cheque',
      billNo: '1020 3344',
      drawer: '明达电气',
      billIssuedOn: '2026-10-08',
    })
    expect(receiptProblems(cheque, accounts, today)).toEqual([])
    expect(receiptProblems({ ...cheque, billIssuedOn: '2026-10-09' }, accounts, today)).toEqual([
      { field: 'billIssuedOn', messageKey: 'collectionsValidation.billIssuedAfterReceived' },
    ])
  })
})

describe('allocationProblems', () => {
  const open = new Map<string, OpenMilestone>([
    ['M1', { contractId: 'C1', customerId: 'K1', openFen: 100_000, label: 'HT-1 预付款' }],
    ['M2', { contractId: 'C1', customerId: 'K1', openFen: 50_000, label: 'HT-1 到货款' }],
    ['M9', { contractId: 'C9', customerId: 'K9', openFen: 50_000, label: 'HT-9 预付款' }],
  ])

  it('accepts a partial payment split over two milestones that adds up to the receipt', () => {
    const parts = [
      { milestoneId: 'M1', amountFen: 100_000 },
      { milestoneId: 'M2', amountFen: 20_000 },
    ]
    expect(allocationProblems(parts, open, { customerId: 'K1', amountFen: 120_000 })).toEqual([])
  })

  it('refuses more than a milestone has open, counting the receipt’s own earlier parts', () => {
    const parts = [
      { milestoneId: 'M2', amountFen: 30_000 },
      { milestoneId: 'M2', amountFen: 30_000 },
    ]
    expect(allocationProblems(parts, open, { customerId: 'K1', amountFen: 60_000 })).toEqual([
      {
        field: 'allocations.1.amountFen',
        messageKey: 'collectionsValidation.overOpen',
        params: { milestone: 'HT-1 到货款', left: '¥200.00', amount: '¥300.00' },
      },
    ])
  })

  it('takes exactly what is open, and not one fen more', () => {
    const k1 = (amountFen: number) => ({ customerId: 'K1', amountFen })
    expect(allocationProblems([{ milestoneId: 'M2', amountFen: 50_000 }], open, k1(50_000))).toEqual([])
    expect(allocationProblems([{ milestoneId: 'M2', amountFen: 50_001 }], open, k1(50_001))).toEqual([
      {
        field: 'allocations.0.amountFen',
        messageKey: 'collectionsValidation.overOpen',
        params: { milestone: 'HT-1 到货款', left: '¥500.00', amount: '¥500.01' },
      },
    ])
  })

  it('refuses no parts, unknown or other customers’ milestones, and parts that are not positive', () => {
    const k1 = { customerId: 'K1', amountFen: 1 }
    expect(allocationProblems([], open, k1)).toEqual([
      { field: 'allocations', messageKey: 'collectionsValidation.noAllocations' },
    ])
    expect(
      allocationProblems(
        [
          { milestoneId: 'MX', amountFen: 1 },
          { milestoneId: 'M9', amountFen: 1 },
          { milestoneId: 'M1', amountFen: 0 },
        ],
        open,
        k1,
      ).map((p) => [p.field, p.messageKey]),
    ).toEqual([
      ['allocations.0.milestoneId', 'collectionsValidation.unknownMilestone'],
      ['allocations.1.milestoneId', 'collectionsValidation.otherCustomer'],
      ['allocations.2.amountFen', 'collectionsValidation.allocationAmount'],
    ])
  })

  it('refuses parts that do not add up to the receipt', () => {
    expect(
      allocationProblems([{ milestoneId: 'M1', amountFen: 90_000 }], open, {
        customerId: 'K1',
        amountFen: 100_000,
      }),
    ).toEqual([
      {
        field: 'allocations',
        messageKey: 'collectionsValidation.allocationsSum',
        params: { allocated: '¥900.00', amount: '¥1,000.00' },
      },
    ])
  })
})
