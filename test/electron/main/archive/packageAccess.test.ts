import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../../shared/ipc/dispatch'
import { createMainServices } from '../../../../electron/main/services'
import { createArchiveService } from '../../../../electron/main/services/archive/createArchiveService'
import { readRecordsPiece } from '../../../../electron/main/services/archive/readRecordsPiece'
import { createRecordingShell } from '../../../../electron/main/platform/recordingShell'
import { type TempPorts, createTempPorts } from '../../../harness/tempPorts'
import {
  type ArchiveWorld,
  PDF,
  SCAN_SHA,
  archiveWorld,
  failureOf,
  runExport,
  waitJob,
} from './archiveFixture'

let world: ArchiveWorld
let name: string
beforeEach(async () => {
  world = await archiveWorld()
  name = (await runExport(world.archive)).archive!.name
})
afterEach(() => world.temp.cleanup())

describe('archive paths', () => {
  it('refuses package names and file paths that would leave the archive folder', async () => {
    const services = createMainServices(world.temp.ports)
    for (const [method, request] of [
      ['verify', { name: '../商务部归档-2026-11-27-093000' }],
      ['open', { name: '/etc' }],
      ['readRecords', { name: '..', offset: 0 }],
    ] as const) {
      expect(await dispatch(services, 'archive', method, request)).toMatchObject({
        ok: false,
        error: { code: 'ipc.badRequest' },
      })
    }
    for (const path of ['../../archive.json', 'manifest.json', '/etc/passwd', 'documents/../../../x.pdf']) {
      expect(await failureOf(world.archive.openFile({ name, path }))).toMatchObject({
        code: 'archive.badPath',
      })
    }
    expect(await failureOf(world.archive.verify({ name: '商务部归档-2020-01-01-000000' }))).toMatchObject({
      code: 'archive.notFound',
    })
  })

  it('opens a listed file of the package in the system viewer, from the package itself', async () => {
    const shell = createRecordingShell()
    const archive = createArchiveService({ ...world.temp.ports, shell })
    const path = 'documents/合同/2026-11/HT-2026-0001.pdf'
    const opened = await archive.openFile({ name, path })
    expect(opened.path).toBe(join(world.folder, name, 'documents', '合同', '2026-11', 'HT-2026-0001.pdf'))
    expect(shell.calls).toEqual([{ verb: 'open', path: opened.path }])
  })

  it('refuses a relative archive folder and keeps the one saved before', async () => {
    expect(
      await failureOf(world.archive.saveSettings({ folder: 'archives', keep: 12, schedule: 'monthly' })),
    ).toMatchObject({ code: 'archive.badFolder', params: { field: 'folder' } })
    expect((await world.archive.settings({})).folder).toBe(world.folder)
  })
})

describe('reading a package back', () => {
  it('returns the database export in pieces that are each whole UTF-8 text', async () => {
    const text = '{"名称":"北京智诚科技有限公司","emoji":"😀"}'.repeat(50)
    const dir = await mkdtemp(join(tmpdir(), 'records-'))
    try {
      await mkdir(join(dir, 'records'))
      await writeFile(join(dir, 'records', 'database.json'), text)
      const fs = world.temp.ports.fs
      let offset: number | null = 0
      let joined = ''
      let pieces = 0
      while (offset !== null) {
        const piece: { text: string; nextOffset: number | null } = await readRecordsPiece(fs, dir, offset, 37)
        expect(piece.text).not.toContain('\uFFFD')
        joined += piece.text
        offset = piece.nextOffset
        pieces++
      }
      expect(joined).toBe(text)
      expect(pieces).toBeGreaterThan(40)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('restores the PDFs and scans into a fresh profile, checked against the manifest', async () => {
    const fresh: TempPorts = await createTempPorts()
    try {
      // The fresh PC points its archive folder at the share holding the package.
      const archive = createArchiveService(fresh.ports)
      await archive.saveSettings({ folder: world.folder, keep: 12, schedule: 'monthly' })
      const { jobId } = await archive.restoreFiles({ name })
      expect(await waitJob(archive, jobId)).toMatchObject({
        state: 'done',
        restored: { documents: 2, attachments: 1 },
      })
      expect(await readFile(join(fresh.dataDir, 'documents', '合同', '2026-11', 'HT-2026-0001.pdf'))).toEqual(
        PDF,
      )
      const scan = join(fresh.dataDir, 'attachments', SCAN_SHA.slice(0, 2), SCAN_SHA)
      expect((await readFile(scan)).length).toBe(3004)
      // Running it again finds everything in place and writes nothing.
      const again = await archive.restoreFiles({ name })
      expect((await waitJob(archive, again.jobId)).restored).toEqual({ documents: 0, attachments: 0 })
    } finally {
      await fresh.cleanup()
    }
  })

  it('refuses to restore a file the package no longer holds as archived', async () => {
    await writeFile(join(world.folder, name, 'documents', '合同', '2026-11', 'HT-2026-0002.pdf'), 'changed')
    const fresh = await createTempPorts()
    try {
      const archive = createArchiveService(fresh.ports)
      await archive.saveSettings({ folder: world.folder, keep: 12, schedule: 'monthly' })
      const { jobId } = await archive.restoreFiles({ name })
      expect(await waitJob(archive, jobId)).toMatchObject({
        state: 'failed',
        error: { code: 'archive.verifyFailed', params: { file: 'documents/合同/2026-11/HT-2026-0002.pdf' } },
      })
    } finally {
      await fresh.cleanup()
    }
  })
})
