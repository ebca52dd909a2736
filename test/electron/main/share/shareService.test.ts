import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ShareService } from '../../../../shared/ipc/shareContract'
import { SHARE_FORMAT_VERSION } from '../../../../shared/sync/syncOp'
import { createShareService } from '../../../../electron/main/services/share/createShareService'
import { inProcessShareWorkers } from '../../../harness/inProcessShareWorker'
import { DEVICE_A, type ShareFixture, createShareFixture, failureOf, segPath } from './shareFixture'

describe('createShareService', () => {
  let f: ShareFixture
  let share: ShareService & { dispose(): void }
  const serviceOn = (platform = 'linux') =>
    createShareService({
      dataDir: f.dataDir,
      fs: f.faults.fs,
      platform,
      spawnShareWorker: inProcessShareWorkers(() => f.newCore()).spawn,
    })
  beforeEach(async () => {
    f = await createShareFixture({ created: false })
    share = serviceOn()
  })
  afterEach(async () => {
    share.dispose()
    await f.cleanup()
  })

  it('has no share and refuses every file call with share.notConfigured before one is chosen', async () => {
    await expect(share.config({})).resolves.toEqual({ root: null, shareId: null })
    expect((await failureOf(share.format({}))).code).toBe('share.notConfigured')
    expect((await failureOf(share.list({ dir: 'devices' }))).code).toBe('share.notConfigured')
    expect((await failureOf(share.fetchBlob({ sha256: 'a'.repeat(64) }))).code).toBe('share.notConfigured')
  })

  it('makes a share with a new id, remembers it in share.json, and reads its format back when created', async () => {
    const format = await share.create({ root: f.root })
    expect(format).toEqual({
      shareId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      formatVersion: SHARE_FORMAT_VERSION,
      minAppVersion: '0.1.0',
      createdAt: expect.any(String),
    })
    expect(JSON.parse(await readFile(join(f.share, 'FORMAT.json'), 'utf8'))).toEqual(format)
    await expect(share.config({})).resolves.toEqual({ root: f.root, shareId: format.shareId })
    expect(JSON.parse(await readFile(join(f.dataDir, 'share.json'), 'utf8'))).toEqual({
      root: f.root,
      shareId: format.shareId,
    })
    // A restarted app reads the same config from disk.
    await expect(serviceOn().config({})).resolves.toEqual({ root: f.root, shareId: format.shareId })
    await expect(share.format({})).resolves.toEqual(format)
  })

  it('refuses with share.exists and keeps the first share when one is created where one is', async () => {
    const first = await share.create({ root: f.root })
    expect((await failureOf(share.create({ root: f.root }))).code).toBe('share.exists')
    await expect(share.format({})).resolves.toEqual(first)
  })

  it('joins an existing share and remembers it', async () => {
    const created = await share.create({ root: f.root })
    await share.leave({})
    const other = serviceOn()
    await expect(other.join({ root: f.root })).resolves.toEqual(created)
    await expect(other.config({})).resolves.toEqual({ root: f.root, shareId: created.shareId })
    other.dispose()
  })

  it('refuses to join with share.notAShare when the folder has no FORMAT.json or an invalid one', async () => {
    expect((await failureOf(share.join({ root: f.root }))).code).toBe('share.notAShare')
    await f.put('FORMAT.json', '{"shareId":"not a uuid"}')
    expect((await failureOf(share.join({ root: f.root }))).code).toBe('share.notAShare')
    await expect(share.config({})).resolves.toEqual({ root: null, shareId: null })
  })

  it('refuses to join with share.tooNew when the share has a newer format', async () => {
    await f.put(
      'FORMAT.json',
      JSON.stringify({
        shareId: '123e4567-e89b-42d3-a456-426614174000',
        formatVersion: SHARE_FORMAT_VERSION + 1,
        minAppVersion: '9.0.0',
        createdAt: '2030-01-01T00:00:00.000Z',
      }),
    )
    expect(await failureOf(share.join({ root: f.root }))).toEqual({
      code: 'share.tooNew',
      params: { formatVersion: SHARE_FORMAT_VERSION + 1, supported: SHARE_FORMAT_VERSION },
    })
    await expect(share.config({})).resolves.toEqual({ root: null, shareId: null })
  })

  it('forgets the share and touches nothing on it when left', async () => {
    await share.create({ root: f.root })
    await share.writeImmutable({ path: segPath(DEVICE_A, 1), text: 'seg', deviceId: DEVICE_A })
    const before = await f.files()
    await expect(share.leave({})).resolves.toEqual({ ok: true })
    await expect(share.config({})).resolves.toEqual({ root: null, shareId: null })
    expect(await f.files()).toEqual(before)
    expect((await failureOf(share.read({ path: segPath(DEVICE_A, 1) }))).code).toBe('share.notConfigured')
  })

  it.each([
    ['a relative path', 'share/folder', 'linux'],
    ['a path with NUL', '/srv/a\0b', 'linux'],
    ['a drive-relative Windows path', 'C:folder', 'win32'],
    ['a root-relative Windows path', '\\folder', 'win32'],
    ['surrounding spaces', ' /srv/share', 'linux'],
  ])('refuses %s with share.badRoot', async (_label, root, platform) => {
    const service = serviceOn(platform)
    expect(await failureOf(service.probe({ root }))).toEqual({ code: 'share.badRoot', params: { root } })
    expect((await failureOf(service.create({ root }))).code).toBe('share.badRoot')
    expect((await failureOf(service.join({ root }))).code).toBe('share.badRoot')
    service.dispose()
  })

  it('accepts a UNC path and keeps it as given; off Windows the server is simply unreachable', async () => {
    const unc = '\\\\fileserver\\商务部\\同步'
    await expect(share.probe({ root: unc })).resolves.toMatchObject({
      writable: false,
      problem: 'errors.share.probe.offline',
    })
    expect(await failureOf(share.join({ root: unc }))).toEqual({
      code: 'share.offline',
      params: { reason: 'ENOENT' },
    })
  })

  it('reports share.offline for every call and creates nothing when the root has gone', async () => {
    await share.create({ root: f.root })
    await rm(f.root, { recursive: true })
    for (const call of [
      () => share.format({}),
      () => share.list({ dir: 'devices' }),
      () => share.read({ path: 'FORMAT.json' }),
      () => share.writeImmutable({ path: segPath(DEVICE_A, 1), text: 'x', deviceId: DEVICE_A }),
      () => share.writeStatus({ deviceId: DEVICE_A, text: '{}' }),
      () => share.cleanTemps({ deviceId: DEVICE_A }),
      () => share.fetchBlob({ sha256: 'a'.repeat(64) }),
    ]) {
      expect(await failureOf(call())).toEqual({ code: 'share.offline', params: { reason: 'ENOENT' } })
    }
    // The root is never recreated: a missing folder is a share problem, not an empty share.
    expect(existsSync(f.root)).toBe(false)
  })

  it('refuses to create a share in a root that is not there, and does not make the root', async () => {
    await rm(f.root, { recursive: true })
    expect(await failureOf(share.create({ root: f.root }))).toEqual({
      code: 'share.offline',
      params: { reason: 'ENOENT' },
    })
    expect(existsSync(f.root)).toBe(false)
    await expect(share.config({})).resolves.toEqual({ root: null, shareId: null })
  })

  it('keeps the config when share.json was edited into something unreadable, as not configured', async () => {
    await writeFile(join(f.dataDir, 'share.json'), '{oops')
    await expect(serviceOn().config({})).resolves.toEqual({ root: null, shareId: null })
  })
})
