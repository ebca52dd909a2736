/**
 * Customers for the mass-delete spec, put on record and 停用 in the page
 * through the repositories the screens use, as the signed-in administrator
 * (run with pageBundle.ts runInPage). This file must import Playwright for
 * types only.
 */
import type { Actor } from '../../../shared/auth/permissions'
import { emptyValues } from '../../../shared/masterData/fieldSpec'
import { archiveSpecs } from '../../../shared/masterData/archiveSpecs'
import { DeskDb } from '../../../renderer/src/data/db'
import { saveArchive, setArchiveArchived } from '../../../renderer/src/data/repositories/archivesRepo'

async function administrator(db: DeskDb, account: string): Promise<Actor> {
  const user = (await db.users.toArray()).find((u) => u.account === account)
  if (!user) throw new Error(`no user ${account}`)
  return { userId: user.id, name: user.name, roles: ['admin'] }
}

/** `count` customers 客户 01, 客户 02 … made by `account`. */
export async function seedCustomers(req: { account: string; count: number }): Promise<void> {
  const db = new DeskDb()
  try {
    const actor = await administrator(db, req.account)
    for (let i = 1; i <= req.count; i++)
      await saveArchive(
        db,
        {
          table: 'customers',
          id: null,
          input: {
            ...emptyValues(archiveSpecs.customers.fields),
            name: `测试客户${String(i).padStart(2, '0')}有限公司`,
          },
        },
        { actor, now: new Date() },
      )
  } finally {
    db.close()
  }
}

/** 停用 the first `count` customers, one action each, as `account`. */
export async function archiveCustomers(req: { account: string; count: number }): Promise<void> {
  const db = new DeskDb()
  try {
    const actor = await administrator(db, req.account)
    const live = (await db.customers.toArray())
      .filter((c) => !c.deletedAt)
      .sort((a, b) => a.name.localeCompare(b.name))
    for (const c of live.slice(0, req.count))
      await setArchiveArchived(
        db,
        { table: 'customers', id: c.id, archived: true },
        { actor, now: new Date() },
      )
  } finally {
    db.close()
  }
}

/** How many customers are 停用 in this PC's database. */
export async function archivedCustomers(): Promise<number> {
  const db = new DeskDb()
  try {
    return (await db.customers.toArray()).filter((c) => c.deletedAt).length
  } finally {
    db.close()
  }
}
