/**
 * 公司收款账户: finance or an administrator keeps the company's accounts (not
 * the clerk, though the clerk may edit other settings' neighbours); a
 * wrong account number is refused at its row and field; an account a
 * receipt still waiting for finance names cannot be taken away; an
 * unchanged list writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { readCompanyAccounts } from '../../../../renderer/src/data/repositories/collections/collectionsReads'
import { saveCompanyAccounts } from '../../../../renderer/src/data/repositories/collections/receiptsAccountsRepo'
import {
  receiptAction,
  saveReceipt,
} from '../../../../renderer/src/data/repositories/collections/receiptsRepo'
import { as, finance, footprint } from '../archiveFixture'
import { manager } from '../contracts/contractFixture'
import { admin, clerk, freshDb } from '../dbFixture'
import { account, day, seed, transfer } from './receiptsFixture'

let db: DeskDb
afterEach(() => db?.close())

const boc = {
  id: 'ACC-BOC',
  bank: '中国银行杭州分行',
  accountNo: '3568-5812-3456',
  holder: '杭州恒信机电设备有限公司',
}

describe('the company accounts', () => {
  it('are kept by finance or an administrator only', async () => {
    db = freshDb()
    for (const actor of [clerk, manager])
      await expect(saveCompanyAccounts(db, [account], as(actor, day))).rejects.toMatchObject({
        code: 'auth.forbidden',
        params: { permission: 'collections.accounts' },
      })
    await saveCompanyAccounts(db, [account, { ...boc, bank: '  中国银行杭州分行 ' }], as(admin, day))
    expect(await readCompanyAccounts(db)).toEqual([account, boc])
    const before = await footprint(db, 'settings')
    await saveCompanyAccounts(db, [account, boc], as(finance, day))
    expect(await footprint(db, 'settings')).toEqual(before)
  })

  it('refuse a wrong account number or a missing bank at the row', async () => {
    db = freshDb()
    await expect(
      saveCompanyAccounts(db, [account, { ...boc, accountNo: '张三 6222' }], as(finance, day)),
    ).rejects.toMatchObject({
      messageKey: 'receiptsScreen.accounts.accountNoInvalid',
      params: { field: '1.accountNo' },
    })
    await expect(saveCompanyAccounts(db, [{ ...boc, bank: ' ' }], as(finance, day))).rejects.toMatchObject({
      messageKey: 'validation.required',
      params: { field: '0.bank' },
    })
    expect(await readCompanyAccounts(db)).toEqual([])
  })

  it('keep an account a receipt waiting for finance names, and let it go once confirmed', async () => {
    db = freshDb()
    const s = await seed(db)
    const r = await saveReceipt(
      db,
      { id: null, input: transfer(s, { [s.advance]: 1_000_000 }) },
      as(clerk, day),
    )
    await expect(saveCompanyAccounts(db, [boc], as(finance, day))).rejects.toMatchObject({
      messageKey: 'receiptsScreen.accounts.inUse',
      params: { number: r.number, account: '中国工商银行杭州文三路支行 1202 0212 0900 1234 567' },
    })
    await receiptAction(db, { id: r.id, action: 'confirm', payload: {} }, as(finance, day))
    await saveCompanyAccounts(db, [boc], as(finance, day))
    expect(await readCompanyAccounts(db)).toEqual([boc])
  })
})
