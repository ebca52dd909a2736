/**
 * What the statements spec needs on record, put there in the page (run with
 * pageBundle.ts runInPage) as the procedures would have stored it, each row
 * through runWrite (one transaction, logged): 北京智诚科技 with a contract
 * signed in March 2026 with its milestones (one overdue in June), the
 * invoice issued for it in April and a receipt finance confirmed in May —
 * the first half of 2026's business to reconcile. The receipts screens are
 * another helper's; the rows are written directly so this spec does not
 * stand on them. This file must import Playwright for types only.
 */
import type { Actor } from '../../../shared/auth/permissions'
import { DeskDb } from '../../../renderer/src/data/db'
import { runWrite } from '../../../renderer/src/data/unitOfWork'

const clerk: Actor = { userId: 'U-E2E-CLERK', name: '李晓', roles: ['clerk'] }

export interface SeededBusiness {
  customerId: string
  contractNumber: string
}

export async function seedHalfYearBusiness(): Promise<SeededBusiness> {
  const db = new DeskDb()
  try {
    return await runWrite(db, { actor: clerk, now: new Date() }, async (w) => {
      const customer = await w.create('customers', {
        name: '北京智诚科技有限公司',
        shortName: '智诚科技',
        search: '北京智诚科技有限公司',
      } as never)
      const contract = await w.create('contracts', {
        number: 'HT-202603-0012',
        title: '10kV配电室改造设备采购合同',
        customerId: customer.id,
        step: 'performing',
        signedOn: '2026-03-12',
        version: 1,
      } as never)
      await w.create('tradeLines', {
        parentTable: 'contracts',
        parentId: contract.id,
        position: 1,
        productId: '',
        name: '低压开关柜',
        spec: 'MNS-400',
        unit: '台',
        qty: 4,
        quotedUnitFen: null,
        unitFen: 5_100_000,
        discountBp: 0,
        taxRateBp: 1300,
        note: '',
      } as never)
      const milestones = []
      for (const [position, kind, percentBp, dueOn] of [
        [1, 'advance', 3000, '2026-03-19'],
        [2, 'delivery', 6000, '2026-06-10'],
        [3, 'retention', 1000, ''],
      ] as const)
        milestones.push(
          await w.create('milestones', {
            parentTable: 'contracts',
            parentId: contract.id,
            position,
            kind,
            percentBp,
            dueRule: '',
            dueOn,
            receivedOn: '',
          } as never),
        )
      await w.create('invoices', {
        number: 'KP-202604-0003',
        contractId: contract.id,
        customerId: customer.id,
        shipmentIds: [],
        kind: 'special',
        step: 'issued',
        issuedOn: '2026-04-02',
        issuedFen: 20_400_000,
        issuedTaxFen: 2_346_903,
        invoiceCode: '3100261130',
        invoiceNo: '04512345',
      } as never)
      const receipt = await w.create('receipts', {
        number: 'SK-202605-0003',
        customerId: customer.id,
        receivedOn: '2026-05-20',
        payer: '北京智诚科技有限公司',
        method: 'transfer',
        accountId: '',
        amountFen: 6_120_000,
        step: 'confirmed',
        confirmedBy: '赵财务',
        confirmedOn: '2026-05-20',
      } as never)
      await w.create('receiptAllocations', {
        parentId: receipt.id,
        contractId: contract.id,
        milestoneId: milestones[0].id,
        amountFen: 6_120_000,
        confirmedOn: '2026-05-20',
      } as never)
      return { customerId: customer.id, contractNumber: 'HT-202603-0012' }
    })
  } finally {
    db.close()
  }
}
