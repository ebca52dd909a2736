/**
 * What the invoicing spec needs besides the filed contract (shippingSeeds.ts),
 * put on record through the archive repository the screens use (run with
 * pageBundle.ts runInPage). This file must import Playwright for types only.
 */
import type { Actor } from '../../../shared/auth/permissions'
import { emptyValues } from '../../../shared/masterData/fieldSpec'
import { archiveSpecs } from '../../../shared/masterData/archiveSpecs'
import { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'

const clerk: Actor = { userId: 'U-E2E-CLERK', name: '李晓', roles: ['clerk'] }

/** The contract's customer gets the buyer details a 专票 needs: credit code, phone, bank and account. */
export async function completeBuyer(contractId: string): Promise<void> {
  const db = new DeskDb()
  try {
    const contract = await db.contracts.get(contractId)
    const customer = await db.customers.get(contract?.customerId ?? '')
    if (!customer) throw new Error('no customer')
    const fields = archiveSpecs.customers.fields
    const values = Object.fromEntries(
      Object.keys(emptyValues(fields)).map((k) => [k, (customer as unknown as Record<string, unknown>)[k]]),
    )
    await saveArchive(
      db,
      {
        table: 'customers',
        id: customer.id,
        input: {
          ...values,
          uscc: '91440300708461136T',
          phone: '021-5888 6666',
          bankName: '中国工商银行上海浦东分行',
          bankAccount: '1001 2345 0900 0123 456',
        },
      },
      { actor: clerk, now: new Date() },
    )
  } finally {
    db.close()
  }
}
