/** What the collections screens may send (zod at the boundary). */
import { describe, expect, it } from 'vitest'
import {
  collectionCheckInputSchema,
  companyAccountsSchema,
  receiptInputSchema,
} from '@shared/procedures/collections/schema'

const receipt = {
  customerId: 'K1',
  receivedOn: '2026-10-09',
  payer: '上海明达电气有限公司',
  method: 'transfer',
  accountId: 'A1',
  amountFen: 100_000,
  billNo: '留下的票号',
  drawer: '',
  acceptor: '',
  billIssuedOn: '2026-10-01',
  billDueOn: '',
  note: '',
  allocations: [{ milestoneId: 'M1', amountFen: 100_000 }],
}

describe('receiptInputSchema', () => {
  it('keeps no bill fields on a transfer', () => {
    const parsed = receiptInputSchema.parse(receipt)
    expect([parsed.billNo, parsed.billIssuedOn]).toEqual(['', ''])
    expect(receiptInputSchema.parse({ ...receipt, method: 'cheque' }).billNo).toBe('留下的票号')
  })

  it('refuses fractions of a fen, cash, and a receipt paying nothing', () => {
    expect(receiptInputSchema.safeParse({ ...receipt, amountFen: 10.5 }).success).toBe(false)
    expect(receiptInputSchema.safeParse({ ...receipt, method: 'cash' }).success).toBe(false)
    expect(receiptInputSchema.safeParse({ ...receipt, allocations: [] }).success).toBe(false)
  })
})

describe('other inputs', () => {
  it('lets a daily check differ either way', () => {
    const check = {
      day: '2026-10-09',
      clerk: '张内勤',
      finance: '王出纳',
      differenceFen: -500,
      note: '手续费',
    }
    expect(collectionCheckInputSchema.safeParse(check).success).toBe(true)
  })

  it('refuses two company accounts with one id', () => {
    const a = { id: 'A1', bank: '工行', accountNo: '0200004509200123456', holder: '北京华电科技有限公司' }
    expect(companyAccountsSchema.safeParse([a]).success).toBe(true)
    expect(companyAccountsSchema.safeParse([a, { ...a, accountNo: '1100 2233 4455' }]).success).toBe(false)
  })
})
