/**
 * What the receipts repository tests start from: a customer with a contract
 * in force (¥100,000.00: 预付款 30 %, 到货款 60 %, 质保金 10 %), the
 * company's account set up by finance, and a receipt as the form sends it.
 */
import type { ReceiptInputValue } from '@shared/procedures/collections/schema'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { saveArchive } from '../../../../renderer/src/data/repositories/archivesRepo'
import { saveCompanyAccounts } from '../../../../renderer/src/data/repositories/collections/receiptsAccountsRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { archiveInput, as, finance } from '../archiveFixture'
import { at, clerk } from '../dbFixture'

/** A Friday; 2026-10 is open, 2026-09 gets signed off where a test needs it. */
export const day = at('2026-10-09T10:00:00+08:00')
export const today = '2026-10-09'

export const account = {
  id: 'ACC-ICBC',
  bank: '中国工商银行杭州文三路支行',
  accountNo: '1202 0212 0900 1234 567',
  holder: '杭州恒信机电设备有限公司',
}

export interface Seeded {
  customerId: string
  contractId: string
  /** 预付款 ¥30,000.00, 到货款 ¥60,000.00, 质保金 ¥10,000.00. */
  advance: string
  delivery: string
  retention: string
}

/** A customer and its contract in force; `step` puts the contract elsewhere. */
export async function seed(db: DeskDb, step = 'filed'): Promise<Seeded> {
  const customer = await saveArchive(
    db,
    { table: 'customers', id: null, input: archiveInput('customers', { name: '上海浦江电力工程有限公司' }) },
    as(clerk, day),
  )
  const ids = await runWrite(db, as(clerk, day), async (w) => {
    const c = await w.create('contracts', {
      number: 'HT-202609-0001',
      title: '配电设备采购合同',
      customerId: customer.id,
      step,
    } as never)
    await w.create('tradeLines', {
      parentTable: 'contracts',
      parentId: c.id,
      position: 1,
      productId: '',
      name: '低压开关柜',
      spec: 'MNS-400',
      unit: '台',
      qty: 1,
      quotedUnitFen: null,
      unitFen: 10_000_000,
      discountBp: 0,
      taxRateBp: 1300,
      note: '',
    } as never)
    const milestone = async (position: number, kind: string, percentBp: number) =>
      (
        await w.create('milestones', {
          parentTable: 'contracts',
          parentId: c.id,
          position,
          kind,
          percentBp,
          dueRule: '',
          dueOn: '',
          receivedOn: '',
        } as never)
      ).id
    return {
      contractId: c.id,
      advance: await milestone(1, 'advance', 3000),
      delivery: await milestone(2, 'delivery', 6000),
      retention: await milestone(3, 'retention', 1000),
    }
  })
  await saveCompanyAccounts(db, [account], as(finance, day))
  return { customerId: customer.id, ...ids }
}

/** A bank transfer of `amountFen` into the company's account, paying `parts` (milestone → fen). */
export function transfer(
  s: Seeded,
  parts: Record<string, number>,
  overrides: Partial<ReceiptInputValue> = {},
): ReceiptInputValue {
  const allocations = Object.entries(parts).map(([milestoneId, amountFen]) => ({ milestoneId, amountFen }))
  return {
    customerId: s.customerId,
    receivedOn: today,
    payer: '上海浦江电力工程有限公司',
    method: 'transfer',
    accountId: account.id,
    amountFen: allocations.reduce((sum, a) => sum + a.amountFen, 0),
    billNo: '',
    drawer: '',
    acceptor: '',
    billIssuedOn: '',
    billDueOn: '',
    note: '',
    allocations,
    ...overrides,
  }
}

/** Signs `month` off as finance would, closing it to receipts dated in it. */
export async function signOff(db: DeskDb, month: string): Promise<void> {
  await runWrite(db, as(finance, day), (w) =>
    w.create(
      'monthCloses',
      {
        month,
        step: 'signedOff',
        receivablesFen: 0,
        payablesFen: 0,
        comment: '',
        preparedBy: '李内勤',
        preparedOn: `${month}-30`,
        signedOffBy: '赵财务',
        signedOffOn: `${month}-30`,
      },
      { id: month },
    ),
  )
}
