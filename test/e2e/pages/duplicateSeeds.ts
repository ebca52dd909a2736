/**
 * Records the duplicates spec needs, put on record in the page through the
 * repositories and the unit of work (run with pageBundle.ts runInPage), by
 * the PC's own administrator. This file must import Playwright for types only.
 */
import type { Actor } from '../../../shared/auth/permissions'
import { emptyValues } from '../../../shared/masterData/fieldSpec'
import { archiveSpecs } from '../../../shared/masterData/archiveSpecs'
import { contractDraftInput } from '../../../shared/procedures/contracts/schema'
import { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive } from '../../../renderer/src/data/repositories/archivesRepo'
import { hashPassword } from '../../../renderer/src/data/repositories/signIn'
import { createUser } from '../../../renderer/src/data/repositories/usersRepo'
import { createContract } from '../../../renderer/src/data/repositories/contracts/contractsRepo'
import { runWrite } from '../../../renderer/src/data/unitOfWork'

export interface SeededDeal {
  customerId: string
  contractId: string
  number: string
}

/**
 * This PC's clerk (made by its administrator), a customer (with its credit
 * code) and a contract for it, as the clerk makes them. `number`: the
 * contract number another PC handed out from the same block (two PCs set up
 * apart and given one block).
 */
export async function seedDeal(arg: {
  clerk: { account: string; name: string; password: string }
  customer: string
  uscc: string
  title: string
  number?: string
}): Promise<SeededDeal> {
  const db = new DeskDb()
  try {
    const admin = (await db.users.toArray()).find((u) => u.roles.includes('admin'))
    if (!admin) throw new Error('no administrator on this PC')
    const adminCtx = { actor: { userId: admin.id, name: admin.name, roles: admin.roles }, now: new Date() }
    const profile = { account: arg.clerk.account, name: arg.clerk.name, phone: '', active: true }
    const clerk = await createUser(
      db,
      { ...profile, roles: ['clerk'], passwordHash: await hashPassword(arg.clerk.password) },
      adminCtx,
    )
    const actor: Actor = { userId: clerk.id, name: clerk.name, roles: clerk.roles }
    const ctx = () => ({ actor, now: new Date() })
    const input = { ...emptyValues(archiveSpecs.customers.fields), name: arg.customer, uscc: arg.uscc }
    const customer = await saveArchive(db, { table: 'customers', id: null, input }, ctx())
    const line = {
      productId: '',
      name: '低压开关柜',
      spec: 'MNS-400',
      unit: '台',
      qty: 4,
      quotedUnitFen: null,
      unitFen: 1_250_000,
      discountBp: 0,
      taxRateBp: 1300,
      note: '',
    }
    const contract = await createContract(
      db,
      { input: { ...contractDraftInput({ customerId: customer.id, lines: [line] }, []), title: arg.title } },
      ctx(),
    )
    const { number } = arg
    const saved = number
      ? await runWrite(db, ctx(), (w) => w.update('contracts', contract.id, { number }))
      : contract
    return { customerId: customer.id, contractId: saved.id, number: saved.number }
  } finally {
    db.close()
  }
}

/** The contracts' numbers as this PC holds them now. */
export async function contractNumbers(ids: string[]): Promise<string[]> {
  const db = new DeskDb()
  try {
    return (await db.contracts.bulkGet(ids)).map((c) => c?.number ?? '')
  } finally {
    db.close()
  }
}
