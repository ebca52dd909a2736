import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BackupService } from '../../../../../shared/ipc/contract'
import { AppFailure } from '../../../../../shared/errors/appFailure'
import { BACKUP_NAME_PATTERN } from '../../../../../shared/ipc/schemas'
import {
  BACKUP_FOLDER,
  BACKUP_GENERATIONS,
  createBackupService,
} from '../../../../../electron/main/services/backup/createBackupService'
import { type FaultPoint, faultyFs } from '../../../../harness/faultyFs'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (err) {
    if (err instanceof AppFailure) return err.toData()
    throw err
  }
  throw new Error('expected a failure')
}

const exportOf = (n: number) => JSON.stringify({ tables: { contracts: [{ id: `c${n}`, 名称: `合同${n}` }] } })

describe('createBackupService', () => {
  let temp: TempPorts
  let backup: BackupService
  let dir: string
  beforeEach(async () => {
    temp = await createTempPorts({ start: new Date(2025, 2, 3, 9, 5, 7) })
    backup = createBackupService(temp.ports)
    dir = join(temp.dataDir, BACKUP_FOLDER)
  })
  afterEach(() => temp.cleanup())

  /** Writes `count` backups one second apart. */
  async function writeMany(count: number, service = backup) {
    const infos = []
    for (let i = 0; i < count; i++) {
      infos.push(await service.write({ content: exportOf(i), reason: 'auto' }))
      temp.clock.advance(1000)
    }
    return infos
  }

  it('writes the export with a SHA-256 sidecar when a backup is taken', async () => {
    const info = await backup.write({ content: exportOf(1), reason: 'manual' })
    expect(info.name).toBe('backup-20250303-090507.json')
    expect(info.name).toMatch(BACKUP_NAME_PATTERN)
    expect(await readFile(join(dir, info.name), 'utf8')).toBe(exportOf(1))
    const sidecar = JSON.parse(await readFile(join(dir, `${info.name}.sha256`), 'utf8')) as unknown
    expect(sidecar).toEqual({
      sha256: info.sha256,
      bytes: Buffer.byteLength(exportOf(1)),
      at: info.at,
      reason: 'manual',
    })
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('returns the content with its info when a good backup is read', async () => {
    const info = await backup.write({ content: exportOf(1), reason: 'auto' })
    await expect(backup.read({ name: info.name })).resolves.toEqual({ content: exportOf(1), info })
  })

  it('appends -N to the name when backups fall in the same second', async () => {
    const names = []
    for (let i = 0; i < 11; i++)
      names.push((await backup.write({ content: exportOf(i), reason: 'auto' })).name)
    expect(names.slice(0, 3)).toEqual([
      'backup-20250303-090507.json',
      'backup-20250303-090507-1.json',
      'backup-20250303-090507-2.json',
    ])
    for (const name of names) expect(name).toMatch(BACKUP_NAME_PATTERN)
    // Newest first, with -10 after -9 rather than in string order.
    expect((await backup.list({})).items.map((i) => i.name)).toEqual([...names].reverse())
  })

  it('lists backups newest first when several exist', async () => {
    const infos = await writeMany(3)
    expect((await backup.list({})).items).toEqual([...infos].reverse())
  })

  it('lists nothing when no backup was ever written', async () => {
    await expect(backup.list({})).resolves.toEqual({ items: [] })
  })

  it(`keeps the newest ${BACKUP_GENERATIONS} generations when more are written`, async () => {
    const infos = await writeMany(BACKUP_GENERATIONS + 3)
    const kept = (await backup.list({})).items
    expect(kept.map((i) => i.name)).toEqual(
      infos
        .slice(3)
        .reverse()
        .map((i) => i.name),
    )
    const files = await readdir(dir)
    expect(files).toHaveLength(BACKUP_GENERATIONS * 2)
    for (const old of infos.slice(0, 3)) {
      expect(files).not.toContain(old.name)
      expect(files).not.toContain(`${old.name}.sha256`)
    }
  })

  it('keeps the backup just written when the clock was set back', async () => {
    await writeMany(BACKUP_GENERATIONS)
    temp.clock.advance(-86_400_000)
    const late = await backup.write({ content: exportOf(99), reason: 'manual' })
    const names = (await backup.list({})).items.map((i) => i.name)
    expect(names).toHaveLength(BACKUP_GENERATIONS)
    expect(names).toContain(late.name)
  })

  it('reports backup.corrupt when a byte of the file changed', async () => {
    const info = await backup.write({ content: exportOf(1), reason: 'auto' })
    const text = await readFile(join(dir, info.name), 'utf8')
    await writeFile(join(dir, info.name), text.replace('c1', 'c2'))
    expect(await failureOf(backup.read({ name: info.name }))).toEqual({
      code: 'backup.corrupt',
      messageKey: 'errors.backup.corrupt',
      params: { name: info.name },
    })
  })

  it('reports backup.corrupt when the file was truncated', async () => {
    const info = await backup.write({ content: exportOf(1), reason: 'auto' })
    await writeFile(join(dir, info.name), exportOf(1).slice(0, 10))
    expect((await failureOf(backup.read({ name: info.name }))).code).toBe('backup.corrupt')
  })

  it('reports backup.corrupt when the sidecar is missing', async () => {
    const info = await backup.write({ content: exportOf(1), reason: 'auto' })
    await rm(join(dir, `${info.name}.sha256`))
    expect((await failureOf(backup.read({ name: info.name }))).code).toBe('backup.corrupt')
  })

  it('reports backup.notFound when no such backup exists', async () => {
    expect(await failureOf(backup.read({ name: 'backup-20990101-000000.json' }))).toEqual({
      code: 'backup.notFound',
      messageKey: 'errors.backup.notFound',
      params: { name: 'backup-20990101-000000.json' },
    })
  })

  it.each([
    '../auth-failures.json',
    '../../etc/passwd',
    '/etc/passwd',
    'backup-20250101-000000.json/../../x',
    'C:\\x.json',
  ])('refuses the name %s when it is not a backup in the folder', async (name) => {
    await writeFile(join(temp.dataDir, 'auth-failures.json'), '{}')
    expect((await failureOf(backup.read({ name }))).code).toBe('backup.badName')
  })

  it('recreates the backups folder when it was deleted', async () => {
    await writeMany(1)
    await rm(dir, { recursive: true })
    const info = await backup.write({ content: exportOf(2), reason: 'auto' })
    await expect(backup.read({ name: info.name })).resolves.toMatchObject({ content: exportOf(2) })
  })

  it('reports backup.writeFailed when the backups folder is a file', async () => {
    await writeFile(dir, 'not a folder')
    const failure = await failureOf(backup.write({ content: exportOf(1), reason: 'auto' }))
    expect(failure.code).toBe('backup.writeFailed')
    expect(failure.messageKey).toBe('errors.backup.writeFailed')
    expect(['EEXIST', 'ENOTDIR']).toContain(failure.params.reason)
  })

  it.each<[FaultPoint, string]>([
    ['write', 'ENOSPC'],
    ['sync', 'EIO'],
    ['rename', 'EACCES'],
  ])('leaves every earlier backup intact and no temp file when %s fails with %s', async (point, code) => {
    const earlier = await writeMany(BACKUP_GENERATIONS)
    const before = (await readdir(dir)).sort()
    const failing = createBackupService({ ...temp.ports, fs: faultyFs(point, code) })
    expect(await failureOf(failing.write({ content: exportOf(100), reason: 'manual' }))).toEqual({
      code: 'backup.writeFailed',
      messageKey: 'errors.backup.writeFailed',
      params: { reason: code },
    })
    expect((await readdir(dir)).sort()).toEqual(before)
    for (const info of earlier)
      await expect(backup.read({ name: info.name })).resolves.toMatchObject({ info })
  })

  it('leaves no half backup when the sidecar cannot be written', async () => {
    await writeMany(2)
    const before = (await readdir(dir)).sort()
    const failing = createBackupService({
      ...temp.ports,
      fs: faultyFs('write', 'ENOSPC', (p) => p.includes('.sha256.')),
    })
    expect((await failureOf(failing.write({ content: exportOf(3), reason: 'auto' }))).params).toEqual({
      reason: 'ENOSPC',
    })
    expect((await readdir(dir)).sort()).toEqual(before)
  })

  it.skipIf(process.getuid?.() === 0)('reports backup.writeFailed when the folder is read-only', async () => {
    const { chmod } = await import('node:fs/promises')
    await writeMany(1)
    await chmod(dir, 0o555)
    try {
      const failure = await failureOf(backup.write({ content: exportOf(2), reason: 'auto' }))
      expect(failure).toMatchObject({ code: 'backup.writeFailed', params: { reason: 'EACCES' } })
    } finally {
      await chmod(dir, 0o755)
    }
  })

  it('removes temp files left by a crash when the next backup is written', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, '.backup-20250303-090000.json.abcdef.tmp'), '{"half":')
    await backup.write({ content: exportOf(1), reason: 'auto' })
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
