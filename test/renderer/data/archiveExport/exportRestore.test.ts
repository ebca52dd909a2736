import './nodeBlobGlobals'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/errors/appFailure'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { restoreFromArchive } from '../../../../renderer/src/data/archiveExport/restoreFromArchive'
import { runArchiveExport, textPieces } from '../../../../renderer/src/data/archiveExport/runArchiveExport'
import { snapshotTables } from '../../../../renderer/src/data/archiveExport/archiveSnapshot'
import { verifyArchive } from '../../../../renderer/src/data/archiveExport/verifyArchive'
import { createContract } from '../../../../renderer/src/data/repositories/contracts/contractsRepo'
import { addAttachment } from '../../../../renderer/src/data/repositories/attachmentsRepo'
import { flagTransaction } from '../../../../renderer/src/data/guardMiddleware'
import { as } from '../archiveFixture'
import { aCustomer, contractInput, line } from '../contracts/contractFixture'
import { admin, clerk, freshDb } from '../dbFixture'
import { type MainSide, installMain } from './archiveApi'

const dbs: DeskDb[] = []
const mains: MainSide[] = []
afterEach(async () => {
  dbs.splice(0).forEach((db) => db.close())
  for (const main of mains.splice(0)) await main.temp.cleanup()
})

async function pc(): Promise<{ db: DeskDb; main: MainSide }> {
  const main = await installMain()
  mains.push(main)
  const db = freshDb()
  dbs.push(db)
  return { db, main }
}

/** A PC with a customer, a contract with two lines, its saved PDF and a scan. */
async function seeded() {
  const first = await pc()
  const customerId = await aCustomer(first.db)
  const contract = await createContract(
    first.db,
    { input: contractInput(customerId, { lines: [line(), line({ name: '采集器', qty: 2 })] }) },
    as(clerk),
  )
  const docs = join(first.main.temp.dataDir, 'documents', '销售合同', '2026-11')
  await mkdir(docs, { recursive: true })
  await writeFile(join(docs, `${contract.number}.pdf`), '%PDF-1.7 合同')
  const scan = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 3)])
  const stored = await first.main.services.attachments.put({
    fileName: '签字页.jpg',
    dataBase64: scan.toString('base64'),
  })
  await addAttachment(
    first.db,
    { owner: { table: 'contracts', id: contract.id }, stored, fileName: '签字页.jpg' },
    as(clerk),
  )
  return first
}

const noWorkbooks = async () => []

describe('archive export and restore (renderer data)', () => {
  it('restores into a fresh database with equal counts and per-table hashes', async () => {
    const first = await seeded()
    const phases: string[] = []
    const archive = await runArchiveExport(first.db, as(admin), noWorkbooks, (p) => phases.push(p.phase))
    expect(phases[0]).toBe('records')
    expect(phases.at(-1)).toBe('verify')
    expect(archive).toMatchObject({ readable: true, documents: 1, attachments: 1 })
    const before = await snapshotTables(first.db)
    expect(before.counts).toMatchObject({ customers: 1, contracts: 1, tradeLines: 2, attachments: 1 })

    // A second PC pointed at the first one's archive folder.
    const second = await pc()
    await second.main.services.archive.saveSettings({
      folder: join(first.main.temp.dataDir, 'archives'),
      keep: 12,
      schedule: 'monthly',
    })
    const outcome = await restoreFromArchive(
      second.db,
      { name: archive.name, onProgress: () => undefined },
      as(admin),
    )
    expect(outcome.counts).toEqual(outcome.manifest.counts)
    expect(outcome.manifest.counts).toMatchObject({ customers: 1, contracts: 1, tradeLines: 2 })
    // Everything but the export's and the restore's own audit entries matches the first PC.
    const after = await snapshotTables(second.db)
    for (const table of ['customers', 'contracts', 'tradeLines', 'attachments', '_fieldClock', '_outbox']) {
      expect([table, after.tableHashes[table]]).toEqual([table, before.tableHashes[table]])
    }
    const has = await second.main.services.attachments.has({
      sha256s: [(await second.db.attachments.toArray())[0].sha256],
    })
    expect(has.present).toHaveLength(1)
  })

  it('gives records from a package made before a derived field existed that field, once restored', async () => {
    const first = await seeded()
    // As an app before schema 9 stored it: no shipping state on the contract.
    await first.db.transaction('rw', first.db.contracts, async (tx) => {
      flagTransaction(tx.idbtrans, 'maintenance')
      const [c] = await first.db.contracts.toArray()
      delete (c as { shippingState?: string }).shippingState
      await first.db.contracts.put(c)
    })
    const archive = await runArchiveExport(first.db, as(admin), noWorkbooks, () => undefined)
    const second = await pc()
    await second.main.services.archive.saveSettings({
      folder: join(first.main.temp.dataDir, 'archives'),
      keep: 12,
      schedule: 'monthly',
    })
    await restoreFromArchive(second.db, { name: archive.name, onProgress: () => undefined }, as(admin))
    const [restored] = await second.db.contracts.toArray()
    expect((restored as { shippingState?: string }).shippingState).toBe('waiting')
  })

  it('refuses to restore over a profile that already holds records', async () => {
    const first = await seeded()
    const archive = await runArchiveExport(first.db, as(admin), noWorkbooks, () => undefined)
    const failure = await restoreFromArchive(
      first.db,
      { name: archive.name, onProgress: () => undefined },
      as(admin),
    ).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(AppFailure)
    expect(failure).toMatchObject({ code: 'archive.notEmpty' })
  })

  it('refuses a damaged package and names its file, leaving the fresh database empty', async () => {
    const first = await seeded()
    const archive = await runArchiveExport(first.db, as(admin), noWorkbooks, () => undefined)
    const folder = join(first.main.temp.dataDir, 'archives', archive.name)
    await writeFile(join(folder, 'records', 'database.json'), '{}')
    const report = await verifyArchive(
      first.db,
      { name: archive.name, onProgress: () => undefined },
      as(clerk),
    )
    expect(report.changed).toEqual(['records/database.json'])

    const second = await pc()
    await second.main.services.archive.saveSettings({
      folder: join(first.main.temp.dataDir, 'archives'),
      keep: 12,
      schedule: 'monthly',
    })
    const failure = await restoreFromArchive(
      second.db,
      { name: archive.name, onProgress: () => undefined },
      as(admin),
    ).catch((e: unknown) => e)
    expect(failure).toMatchObject({ code: 'archive.damaged', params: { files: 'records/database.json' } })
    expect(await second.db.contracts.count()).toBe(0)
  })

  it('lets only the roles that run backups export, and only administrators restore', async () => {
    const first = await seeded()
    const sales = { userId: 'U-S', name: '钱销售', roles: ['sales' as const] }
    await expect(runArchiveExport(first.db, as(sales), noWorkbooks, () => undefined)).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    await expect(
      restoreFromArchive(first.db, { name: 'x', onProgress: () => undefined }, as(clerk)),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
  })
})

describe('textPieces', () => {
  it('never cuts a character outside the BMP in two', () => {
    const text = 'a😀'.repeat(10)
    const pieces = textPieces(text, 2)
    expect(pieces.join('')).toBe(text)
    for (const piece of pieces) expect(piece).not.toMatch(/[\uD800-\uDBFF]$/)
  })
})
