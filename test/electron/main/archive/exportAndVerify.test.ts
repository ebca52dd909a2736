import { readFile, readdir, rm, writeFile, appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseManifest } from '../../../../shared/archive/archiveManifest'
import {
  type ArchiveWorld,
  PDF,
  RECORDS_TEXT,
  SCAN_SHA,
  archiveWorld,
  runExport,
  waitJob,
} from './archiveFixture'

let world: ArchiveWorld
beforeEach(async () => {
  world = await archiveWorld()
})
afterEach(() => world.temp.cleanup())

async function verify(name: string) {
  const { jobId } = await world.archive.verify({ name })
  const job = await waitJob(world.archive, jobId)
  expect(job.state).toBe('done')
  return job.report!
}

describe('archive export', () => {
  it('writes a dated package with records, workbook, PDFs, scans and a manifest of sums', async () => {
    const job = await runExport(world.archive)
    expect(job.state).toBe('done')
    const name = job.archive!.name
    expect(name).toBe('商务部归档-2026-11-27-093000')
    expect(await readdir(world.folder)).toEqual([name])
    const dir = join(world.folder, name)
    expect(await readFile(join(dir, 'records', 'database.json'), 'utf8')).toBe(RECORDS_TEXT)
    expect(await readFile(join(dir, 'documents', '合同', '2026-11', 'HT-2026-0001.pdf'))).toEqual(PDF)
    expect((await readFile(join(dir, 'attachments', SCAN_SHA.slice(0, 2), SCAN_SHA))).length).toBe(3004)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(dir, 'workbooks', '客户档案.xlsx'))
    expect(book.worksheets[0].getCell(4, 1).value).toBe('北京智诚科技有限公司')

    const manifest = parseManifest(await readFile(join(dir, 'manifest.json'), 'utf8'))!
    expect(manifest).toMatchObject({
      name,
      deviceId: 'PC-01',
      counts: { customers: 1 },
      totals: { files: 5, workbooks: 1, documents: 2, attachments: 1 },
    })
    expect(manifest.files.map((f) => f.path)).toEqual([
      'records/database.json',
      'workbooks/客户档案.xlsx',
      'documents/合同/2026-11/HT-2026-0001.pdf',
      'documents/合同/2026-11/HT-2026-0002.pdf',
      `attachments/${SCAN_SHA.slice(0, 2)}/${SCAN_SHA}`,
    ])
    expect(job.archive).toMatchObject({ readable: true, files: 5, records: 1, documents: 2, attachments: 1 })
  })

  it('verifies a fresh package as intact', async () => {
    const { archive } = await runExport(world.archive)
    expect(await verify(archive!.name)).toEqual({
      name: archive!.name,
      ok: true,
      checked: 5,
      missing: [],
      changed: [],
      unexpected: [],
      manifestBad: false,
    })
  })

  it('names a changed, a missing and an unexpected file when the package was tampered with', async () => {
    const { archive } = await runExport(world.archive)
    const dir = join(world.folder, archive!.name)
    await appendFile(join(dir, 'documents', '合同', '2026-11', 'HT-2026-0001.pdf'), 'x')
    await rm(join(dir, 'workbooks', '客户档案.xlsx'))
    await writeFile(join(dir, 'documents', '多出来的.pdf'), PDF)
    const report = await verify(archive!.name)
    expect(report).toMatchObject({
      ok: false,
      changed: ['documents/合同/2026-11/HT-2026-0001.pdf'],
      missing: ['workbooks/客户档案.xlsx'],
      unexpected: ['documents/多出来的.pdf'],
    })
  })

  it('reports a package whose manifest cannot be read, and lists it as unreadable', async () => {
    const { archive } = await runExport(world.archive)
    await writeFile(join(world.folder, archive!.name, 'manifest.json'), '{"format":')
    expect(await verify(archive!.name)).toMatchObject({ ok: false, manifestBad: true })
    expect((await world.archive.list({})).items).toEqual([expect.objectContaining({ readable: false })])
  })

  it('keeps the newest N generations and removes older ones only after a good export', async () => {
    await world.archive.saveSettings({ folder: world.folder, keep: 2, schedule: 'monthly' })
    const names: string[] = []
    for (let i = 0; i < 4; i++) {
      names.push((await runExport(world.archive)).archive!.name)
      world.temp.clock.advance(60_000)
    }
    expect((await world.archive.list({})).items.map((p) => p.name)).toEqual([names[3], names[2]])
  })

  it('neither counts nor removes an unreadable package', async () => {
    await world.archive.saveSettings({ folder: world.folder, keep: 1, schedule: 'monthly' })
    const first = (await runExport(world.archive)).archive!.name
    await writeFile(join(world.folder, first, 'manifest.json'), 'damaged')
    world.temp.clock.advance(60_000)
    const second = (await runExport(world.archive)).archive!.name
    world.temp.clock.advance(60_000)
    const third = (await runExport(world.archive)).archive!.name
    // keep = 1: the second goes once the third is verified; the damaged first stays for a person to judge.
    expect((await world.archive.list({})).items.map((p) => [p.name, p.readable])).toEqual([
      [third, true],
      [first, false],
    ])
    expect(second).not.toBe(third)
  })

  it('keeps the package just written even when the clock was set back', async () => {
    await world.archive.saveSettings({ folder: world.folder, keep: 1, schedule: 'monthly' })
    await runExport(world.archive)
    world.temp.clock.advance(-86_400_000)
    const older = (await runExport(world.archive)).archive!.name
    expect((await world.archive.list({})).items.map((p) => p.name)).toEqual([older])
  })

  it('says the archive is due until this month has a good package', async () => {
    expect((await world.archive.settings({})).due).toBe(true)
    await runExport(world.archive)
    const info = await world.archive.settings({})
    expect(info).toMatchObject({ due: false, schedule: 'monthly', keep: 12, folder: world.folder })
    expect(info.lastGoodAt).toBe(new Date(2026, 10, 27, 9, 30).toISOString())
  })
})
