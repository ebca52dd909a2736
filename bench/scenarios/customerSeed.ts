/**
 * Seeds the customer archive in the page, through the app's own write path
 * (importArchives: validation, pinyin search text, one transaction per batch
 * with ops, field clocks and audit entries) into the app's own database.
 */
import { DeskDb } from '../../renderer/src/data/db'
import { importArchives } from '../../renderer/src/data/repositories/archivesRepo'
import { accountActor } from '../browser/actor'
import { customers } from '../seed/customers'

/** Writes customers n = from … from + count − 1 in one transaction; returns how many customers there are. */
export async function seedCustomers(from: number, count: number, account: string): Promise<number> {
  const db = new DeskDb()
  try {
    const actor = await accountActor(db, account)
    await importArchives(db, { table: 'customers', rows: customers(from, count) }, { actor, now: new Date() })
    return await db.customers.count()
  } finally {
    db.close()
  }
}
