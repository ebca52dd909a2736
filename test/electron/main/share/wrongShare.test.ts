/**
 * SYNC.md case 12 (transport part): the drive letter now points at another
 * share, the share was emptied, or the root is gone. The transport reports
 * each plainly — notAShare, another shareId, offline, a missing folder — and
 * no call deletes anything but its own temp files.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEVICE_A, DEVICE_B, type ShareFixture, createShareFixture, failureOf, segPath } from './shareFixture'

describe('share that changed under us', () => {
  let f: ShareFixture
  let shareId: string
  beforeEach(async () => {
    f = await createShareFixture()
    shareId = (await f.core.format({ root: f.root })).shareId
    await f.core.writeImmutable({ root: f.root, path: segPath(DEVICE_A, 1), text: 'a1', deviceId: DEVICE_A })
    await f.core.writeImmutable({ root: f.root, path: segPath(DEVICE_B, 1), text: 'b1', deviceId: DEVICE_B })
    f.faults.calls.length = 0
  })
  afterEach(() => f.cleanup())

  /** Every operation once, whatever each answers. */
  async function everyCall() {
    const root = f.root
    const calls = [
      f.core.format({ root }),
      f.core.list({ root, dir: 'devices' }),
      f.core.list({ root, dir: `devices/${DEVICE_A}/seg` }),
      f.core.read({ root, path: segPath(DEVICE_B, 1) }),
      f.core.writeImmutable({ root, path: segPath(DEVICE_A, 2), text: 'a2', deviceId: DEVICE_A }),
      f.core.writeStatus({ root, deviceId: DEVICE_A, text: '{}' }),
      f.core.cleanTemps({ root, deviceId: DEVICE_A }),
      f.core.fetchBlob({ root, dataDir: f.dataDir, sha256: 'a'.repeat(64) }),
      f.core.probe({ root }),
    ]
    await Promise.allSettled(calls)
  }

  /** No rm of anything but a temp file (the probe's files are temps by name too). */
  function deletedOnlyTemps() {
    const removed = f.faults.calls.filter((c) => c.op === 'rm').map((c) => c.path)
    expect(removed.filter((path) => !path.includes('.tmp-'))).toEqual([])
  }

  it('reports share.notAShare when FORMAT.json is gone, and still lists what is there', async () => {
    await rm(join(f.share, 'FORMAT.json'))
    expect((await failureOf(f.core.format({ root: f.root }))).code).toBe('share.notAShare')
    await expect(f.core.list({ root: f.root, dir: 'devices' })).resolves.toEqual({
      names: [DEVICE_A, DEVICE_B],
      missing: false,
    })
    await everyCall()
    deletedOnlyTemps()
    expect(await f.files()).toContain(segPath(DEVICE_B, 1))
  })

  it('reports the other shareId when the folder now holds another share', async () => {
    await rm(join(f.share, 'FORMAT.json'))
    const replacement = {
      shareId: '123e4567-e89b-42d3-a456-426614174000',
      formatVersion: 1,
      minAppVersion: '0.1.0',
      createdAt: '2025-01-01T00:00:00.000Z',
    }
    await f.put('FORMAT.json', JSON.stringify(replacement))
    const format = await f.core.format({ root: f.root })
    expect(format).toEqual(replacement)
    expect(format.shareId).not.toBe(shareId)
  })

  it('reports an emptied share as notAShare and missing folders, and rebuilds nothing', async () => {
    await rm(f.share, { recursive: true })
    await mkdir(f.share)
    expect((await failureOf(f.core.format({ root: f.root }))).code).toBe('share.notAShare')
    await expect(f.core.list({ root: f.root, dir: 'devices' })).resolves.toEqual({ names: [], missing: true })
    await expect(f.core.read({ root: f.root, path: segPath(DEVICE_B, 1) })).resolves.toEqual({
      missing: true,
    })
    await everyCall()
    deletedOnlyTemps()
    // Writes made the device folder they needed, but not a FORMAT.json or anyone else's files.
    expect((await f.files()).filter((p) => !p.startsWith(`devices/${DEVICE_A}/`))).toEqual([])
  })

  it('reports share.offline when the root is gone (a remapped or disconnected drive)', async () => {
    await rename(f.root, join(f.dir, 'elsewhere'))
    for (const call of [
      () => f.core.format({ root: f.root }),
      () => f.core.list({ root: f.root, dir: 'devices' }),
      () => f.core.read({ root: f.root, path: segPath(DEVICE_B, 1) }),
      () =>
        f.core.writeImmutable({ root: f.root, path: segPath(DEVICE_A, 2), text: 'a2', deviceId: DEVICE_A }),
    ]) {
      expect(await failureOf(call())).toEqual({ code: 'share.offline', params: { reason: 'ENOENT' } })
    }
    await everyCall()
    deletedOnlyTemps()
    expect(await f.files(f.root)).toEqual([])
    expect(await f.files(join(f.dir, 'elsewhere', 'AppSync'))).toEqual([
      'FORMAT.json',
      segPath(DEVICE_A, 1),
      segPath(DEVICE_B, 1),
    ])
  })
})
