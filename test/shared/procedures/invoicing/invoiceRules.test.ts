/**
 * The pure rules of invoicing: an application's amount split into net and
 * tax line by line without losing a fen; what a contract has open to
 * invoice; the buyer details each kind of invoice needs, named; the shape of
 * an issued invoice's number; leadership's approval above what is open.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  invoiceApprovals,
  invoiceTotals,
  invoicedFen,
  openByLine,
  openToInvoice,
} from '@shared/procedures/invoicing/amounts'
import { buyerOf, buyerProblems } from '@shared/procedures/invoicing/buyer'
import { invoiceNumberProblems } from '@shared/procedures/invoicing/invoiceNumber'

describe('an application’s amounts', () => {
  it('split each line into net and tax that add up to it, to the fen', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amountFen: fc.integer({ min: 1, max: 1e11 }),
            taxRateBp: fc.constantFrom(0, 300, 600, 900, 1300),
          }),
          { maxLength: 30 },
        ),
        (lines) => {
          const t = invoiceTotals(lines)
          expect(t.totalFen).toBe(lines.reduce((s, l) => s + l.amountFen, 0))
          expect(t.netFen + t.taxFen).toBe(t.totalFen)
        },
      ),
    )
  })

  it('count every application not voided against the contract, issued ones as invoiced', () => {
    const invoices = [
      { id: 'A', step: 'confirmed' as const, totalFen: 300 },
      { id: 'B', step: 'review' as const, totalFen: 200 },
      { id: 'C', step: 'voided' as const, totalFen: 900 },
    ]
    expect(openToInvoice(1000, invoices)).toBe(500)
    expect(openToInvoice(1000, invoices, 'B')).toBe(700)
    expect(invoicedFen(invoices)).toBe(300)
  })

  it('leave each contract line what no other application holds', () => {
    const lines = [
      { id: 'L1', name: '柜', spec: '', unit: '台', qty: 2, unitFen: 1000, discountBp: 500, taxRateBp: 1300 },
    ]
    const open = openByLine(
      lines,
      [
        { id: 'A', step: 'issued' },
        { id: 'V', step: 'voided' },
      ],
      [
        { parentId: 'A', sourceLineId: 'L1', amountFen: 700 },
        { parentId: 'V', sourceLineId: 'L1', amountFen: 1900 },
      ],
    )
    // 2 × 10.00 less 5 % = 19.00, 7.00 of it applied for.
    expect(open.get('L1')).toBe(1200)
  })

  it('ask leadership only above what is open', () => {
    expect(invoiceApprovals(500, 500)).toEqual([])
    expect(invoiceApprovals(501, 500)).toEqual([
      { rule: 'invoiceOverOpen', role: 'leadership', step: 2, params: { amountFen: 501, openFen: 500 } },
    ])
    expect(invoiceApprovals(100, -50)[0].params.openFen).toBe(0)
  })
})

describe('the buyer’s details', () => {
  const full = {
    name: '上海浦江电力工程有限公司',
    uscc: '91440300708461136T',
    address: '上海市浦东新区浦江路 88 号',
    phone: '021-5888 6666',
    bankName: '中国工商银行上海浦东分行',
    bankAccount: '1001234509000123456',
  }

  it('come from the customer’s record, the credit code as the taxpayer number', () => {
    expect(buyerOf(full)).toEqual({
      buyerName: '上海浦江电力工程有限公司',
      buyerTaxNo: '91440300708461136T',
      buyerAddressPhone: '上海市浦东新区浦江路 88 号 021-5888 6666',
      buyerBankAccount: '中国工商银行上海浦东分行 1001234509000123456',
    })
    expect(buyerOf({ ...full, uscc: '', taxNumber: '310115123456789' }).buyerTaxNo).toBe('310115123456789')
  })

  it('are all needed for a 专票, each missing one named; a 普票 or 数电票 needs the name and number', () => {
    const partial = buyerOf({ ...full, phone: '', bankAccount: '' })
    expect(buyerProblems('special', partial)).toEqual([
      {
        field: 'buyerAddressPhone',
        messageKey: 'invoicingValidation.buyerMissing.special.buyerAddressPhone',
      },
      { field: 'buyerBankAccount', messageKey: 'invoicingValidation.buyerMissing.special.buyerBankAccount' },
    ])
    expect(buyerProblems('normal', partial)).toEqual([])
    expect(buyerProblems('digital', buyerOf({ ...full, uscc: '' })).map((p) => p.field)).toEqual([
      'buyerTaxNo',
    ])
  })
})

describe('an issued invoice’s number', () => {
  it.each([
    ['digital', '', '26312000000123456789', []],
    ['digital', '', '2631200000012345678', ['invoiceNo']],
    ['digital', '3100261130', '26312000000123456789', ['invoiceCode']],
    ['special', '3100261130', '04512345', []],
    ['normal', '031002600111', '04512345', []],
    ['special', '31002611', '0451234', ['invoiceCode', 'invoiceNo']],
  ] as const)('%s code %s number %s → problems at %j', (kind, code, no, fields) => {
    expect(invoiceNumberProblems(kind, code, no).map((p) => p.field)).toEqual(fields)
  })
})
