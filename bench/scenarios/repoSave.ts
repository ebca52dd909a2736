/**
 * Repository save versus a raw Dexie put of the same rows, each in its own
 * transaction as a user action would be. Runs in Node (fake-indexeddb) and in
 * Chromium (bundled by bench/run.ts), so it imports only the data layer.
 */
import { DeskDb } from '../../renderer/src/data/db'
import { flagTransaction } from '../../renderer/src/data/guardMiddleware'
import { runWrite } from '../../renderer/src/data/unitOfWork'
import { seedContacts } from '../seed/chineseData'
import { percentile } from '../stats'

export interface RepoSaveFigures {
  rows: number
  repoP50: number
  repoP95: number
  rawP50: number
  rawP95: number
  ratio: number
}

const actor = { userId: 'bench', name: '基准测试', roles: ['admin' as const] }

export async function benchRepoSave(rows: number, dbName: string): Promise<RepoSaveFigures> {
  const contacts = seedContacts(rows)
  const repoDb = new DeskDb(`${dbName}-repo`)
  const rawDb = new DeskDb(`${dbName}-raw`)
  const repo: number[] = []
  const raw: number[] = []
  const warmup = Math.min(50, rows / 10)
  for (let i = 0; i < rows; i++) {
    const c = contacts[i]
    const values = {
      account: c.account,
      name: c.name,
      roles: ['sales' as const],
      passwordHash: '',
      active: true,
      language: 'zh-CN' as const,
      phone: c.phone,
    }
    let t0 = performance.now()
    const saved = await runWrite(repoDb, { actor, now: new Date() }, (w) => w.create('users', values))
    if (i >= warmup) repo.push(performance.now() - t0)
    t0 = performance.now()
    await rawDb.transaction('rw', rawDb.users, async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      await rawDb.users.put(saved)
    })
    if (i >= warmup) raw.push(performance.now() - t0)
  }
  repoDb.close()
  rawDb.close()
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  return {
    rows,
    repoP50: percentile(repo, 50),
    repoP95: percentile(repo, 95),
    rawP50: percentile(raw, 50),
    rawP95: percentile(raw, 95),
    ratio: sum(repo) / sum(raw),
  }
}
