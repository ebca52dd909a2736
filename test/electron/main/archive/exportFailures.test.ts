import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type ArchiveWorld,
  RECORDS_TEXT,
  archiveWorld,
  failingFs,
  failureOf,
  runExport,
  waitJob,
} from './archiveFixture'

let world: ArchiveWorld
let previous: string
beforeEach(async () => {
  world = await archiveWorld()
  previous = (await runExport(world.archive)).archive!.name
  world.temp.clock.advance(60_000)
})
afterEach(() => world.temp.cleanup())

const inTemp = (path: string) => path.includes('.tmp-')

async function previousStillGood(archive = world.archive) {
  expect(await readdir(world.folder)).toEqual([previous])
  expect((await archive.list({})).items.map((p) => p.name)).toEqual([previous])
  const { jobId } = await archive.verify({ name: previous })
  expect((await waitJob(archive, jobId)).report).toMatchObject({ ok: true, checked: 5 })
}

describe('an archive export that cannot finish', () => {
  it('leaves the previous generation intact and no package under a final name when a copy dies midway', async () => {
    // The second PDF's copy fails after a few bytes, as when the share drops mid-write.
    const archive = world.withFs(failingFs('EIO', (p) => inTemp(p) && p.endsWith('HT-2026-0002.pdf'), 4))
    const job = await runExport(archive)
    expect(job).toMatchObject({
      state: 'failed',
      error: { code: 'archive.writeFailed', params: { reason: 'EIO' } },
    })
    await previousStillGood(archive)
  })

  it('reports a full share as archive.full and removes what it had written', async () => {
    const archive = world.withFs(failingFs('ENOSPC', (p) => inTemp(p) && p.includes('documents'), 10))
    const job = await runExport(archive)
    expect(job).toMatchObject({
      state: 'failed',
      error: { code: 'archive.full', messageKey: 'errors.archive.full' },
    })
    await previousStillGood(archive)
  })

  it('reports a share that fills while the records are written, at the request that hit it', async () => {
    const archive = world.withFs(failingFs('ENOSPC', (p) => inTemp(p) && p.endsWith('database.json'), 5))
    const { jobId } = await archive.begin({
      deviceId: 'PC-01',
      schemaVersion: 4,
      counts: {},
      tableHashes: {},
    })
    expect(await failureOf(archive.appendRecords({ jobId, text: RECORDS_TEXT }))).toMatchObject({
      code: 'archive.full',
    })
    expect(await archive.progress({ jobId })).toMatchObject({
      state: 'failed',
      error: { code: 'archive.full' },
    })
    // The job is over: nothing more can be added to it.
    expect(await failureOf(archive.appendRecords({ jobId, text: '{}' }))).toMatchObject({
      code: 'archive.noJob',
    })
    await previousStillGood(archive)
  })

  it('ignores a temporary folder left by a killed export, and removes it on the next export', async () => {
    // What a kill mid-write leaves: a dot-named temp folder with part of a package.
    const leftover = join(world.folder, '.商务部归档-2026-11-27-093100.tmp-PC01-deadbeef')
    await mkdir(join(leftover, 'documents'), { recursive: true })
    await writeFile(join(leftover, 'documents', 'half.pdf'), '%PDF-1.7 half')
    expect((await world.archive.list({})).items.map((p) => p.name)).toEqual([previous])
    const { jobId } = await world.archive.verify({ name: previous })
    expect((await waitJob(world.archive, jobId)).report?.ok).toBe(true)

    const next = await runExport(world.archive)
    expect(next.state).toBe('done')
    expect((await readdir(world.folder)).sort()).toEqual([previous, next.archive!.name].sort())
  })

  it("keeps another PC's recent temporary folder: it may still be exporting to the same share", async () => {
    const theirs = join(world.folder, '.商务部归档-2026-11-27-093100.tmp-PC02-cafe0001')
    await mkdir(theirs, { recursive: true })
    await runExport(world.archive)
    expect(await readdir(world.folder)).toContain('.商务部归档-2026-11-27-093100.tmp-PC02-cafe0001')
  })

  it('runs one export at a time and drops a cancelled one without a trace', async () => {
    const { jobId } = await world.archive.begin({
      deviceId: 'PC-01',
      schemaVersion: 4,
      counts: {},
      tableHashes: {},
    })
    expect(
      await failureOf(
        world.archive.begin({ deviceId: 'PC-01', schemaVersion: 4, counts: {}, tableHashes: {} }),
      ),
    ).toMatchObject({ code: 'archive.busy' })
    await world.archive.appendRecords({ jobId, text: RECORDS_TEXT })
    await world.archive.cancel({ jobId })
    expect(await readdir(world.folder)).toEqual([previous])
    expect((await runExport(world.archive)).state).toBe('done')
  })
})
