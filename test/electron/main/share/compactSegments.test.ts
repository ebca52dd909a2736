/** Compaction removes only this device's own segments up to a number, never its newest, nothing else. */
import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEVICE_A, DEVICE_B, type ShareFixture, createShareFixture, segPath } from './shareFixture'

describe('compactSegments', () => {
  let f: ShareFixture
  beforeEach(async () => {
    f = await createShareFixture()
  })
  afterEach(() => f.cleanup())

  async function publish(device: string, n: number) {
    await f.core.writeImmutable({
      root: f.root,
      path: segPath(device, n),
      text: `seg ${n}\n`,
      deviceId: device,
    })
  }

  it('removes the own segments covered, keeps the newest, and leaves every other file alone', async () => {
    for (const n of [1, 2, 3, 4]) await publish(DEVICE_A, n)
    for (const n of [1, 2]) await publish(DEVICE_B, n)
    await f.core.writeStatus({ root: f.root, deviceId: DEVICE_A, text: '{}' })
    const before = await f.files()
    await expect(f.core.compactSegments({ root: f.root, deviceId: DEVICE_A, upTo: 2 })).resolves.toEqual({
      removed: 2,
    })
    const after = await f.files()
    expect(before.filter((p) => !after.includes(p)).sort()).toEqual(
      [segPath(DEVICE_A, 1), segPath(DEVICE_A, 2)].sort(),
    )
    // Up to everything: the newest stays (the writer checks its chain on it).
    await expect(f.core.compactSegments({ root: f.root, deviceId: DEVICE_A, upTo: 99 })).resolves.toEqual({
      removed: 1,
    })
    expect((await f.files()).filter((p) => p.includes(`${DEVICE_A}/seg/`))).toEqual([segPath(DEVICE_A, 4)])
    expect((await f.files()).filter((p) => p.includes(`${DEVICE_B}/seg/`))).toHaveLength(2)
  })

  it('refuses to run on a share whose AppSync folder is gone (an emptied or remapped share)', async () => {
    await publish(DEVICE_A, 1)
    await rm(f.share, { recursive: true, force: true })
    await expect(f.core.compactSegments({ root: f.root, deviceId: DEVICE_A, upTo: 1 })).rejects.toMatchObject(
      {
        code: 'share.notAShare',
      },
    )
  })
})
