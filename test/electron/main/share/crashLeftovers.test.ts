/**
 * SYNC.md case 8: the app dies at each step of a publish. Whatever it left
 * behind is never listed, the same segment written again lands (or is
 * already there), and cleanTemps removes this device's temps only.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEVICE_A, DEVICE_B, type ShareFixture, createShareFixture, segPath } from './shareFixture'

const SEG = '{"header":1}\n{"op":1}\n{"footer":1}\n'
const segDir = `devices/${DEVICE_A}/seg`

describe('share leftovers of a crash', () => {
  let f: ShareFixture
  beforeEach(async () => {
    f = await createShareFixture()
  })
  afterEach(() => f.cleanup())

  /** Starts a publish that stops for good at `op` (the process "dies" there) and waits until it has. */
  async function crashAt(op: 'write' | 'rename', tear: boolean) {
    f.faults.add({ op, path: '.tmp-', fault: tear ? { kind: 'tear' } : { kind: 'hang' } })
    void f
      .newCore()
      .writeImmutable({ root: f.root, path: segPath(DEVICE_A, 1), text: SEG, deviceId: DEVICE_A })
    await expect.poll(() => f.faults.calls.some((c) => c.op === op)).toBe(true)
    // A torn write puts half the bytes on disk before it stops.
    await new Promise((done) => setTimeout(done, 20))
    f.faults.clear()
  }

  it.each([
    ['after part of the temp was written', 'write', true],
    ['after the temp was written and fsynced', 'rename', false],
  ] as const)(
    'never lists the temp left %s and publishes the segment when written again',
    async (_when, op, tear) => {
      await crashAt(op, tear)
      const leftovers = (await f.files()).filter((p) => p.includes('.tmp-'))
      expect(leftovers).toHaveLength(1)
      await expect(f.core.list({ root: f.root, dir: segDir })).resolves.toEqual({ names: [], missing: false })

      const restarted = f.newCore()
      await expect(
        restarted.writeImmutable({ root: f.root, path: segPath(DEVICE_A, 1), text: SEG, deviceId: DEVICE_A }),
      ).resolves.toMatchObject({ outcome: 'written' })
      await expect(restarted.list({ root: f.root, dir: segDir })).resolves.toEqual({
        names: ['000000000001.jsonl'],
        missing: false,
      })
      await expect(restarted.cleanTemps({ root: f.root, deviceId: DEVICE_A })).resolves.toEqual({
        removed: 1,
      })
      expect(await f.files()).toEqual(['FORMAT.json', segPath(DEVICE_A, 1)])
    },
  )

  it('answers alreadyThere when the app died after the rename, before it recorded the publish', async () => {
    // After the rename the share holds exactly what a finished write leaves.
    await f
      .newCore()
      .writeImmutable({ root: f.root, path: segPath(DEVICE_A, 1), text: SEG, deviceId: DEVICE_A })
    await expect(
      f.newCore().writeImmutable({ root: f.root, path: segPath(DEVICE_A, 1), text: SEG, deviceId: DEVICE_A }),
    ).resolves.toMatchObject({ outcome: 'alreadyThere' })
    expect(await readFile(join(f.share, segPath(DEVICE_A, 1)), 'utf8')).toBe(SEG)
  })

  it("removes only this device's temps, in its folders and the blob shards, and never another device's", async () => {
    const own = [
      `${segPath(DEVICE_A, 3)}.tmp-${DEVICE_A}-aaaaaa`,
      `devices/${DEVICE_A}/snap/0001.jsonl.gz.tmp-${DEVICE_A}-bbbbbb`,
      `devices/${DEVICE_A}/status.json.tmp-${DEVICE_A}-cccccc`,
      `blobs/ab/cd/${'ab'.padEnd(64, 'c')}.tmp-${DEVICE_A}-dddddd`,
    ]
    const others = [
      `${segPath(DEVICE_B, 1)}.tmp-${DEVICE_B}-eeeeee`,
      `blobs/ab/cd/${'ab'.padEnd(64, 'd')}.tmp-${DEVICE_B}-ffffff`,
      segPath(DEVICE_A, 1),
    ]
    for (const path of [...own, ...others]) await f.put(path, 'x')
    await expect(f.core.cleanTemps({ root: f.root, deviceId: DEVICE_A })).resolves.toEqual({
      removed: own.length,
    })
    expect(await f.files()).toEqual(['FORMAT.json', ...others].sort())
    await expect(f.core.cleanTemps({ root: f.root, deviceId: DEVICE_A })).resolves.toEqual({ removed: 0 })
  })

  it('leaves the temp of a write still in progress in the same process alone', async () => {
    f.faults.add({ op: 'rename', path: '.tmp-', fault: { kind: 'delay', ms: 300 } })
    const writing = f.core.writeImmutable({
      root: f.root,
      path: segPath(DEVICE_A, 1),
      text: SEG,
      deviceId: DEVICE_A,
    })
    await expect.poll(() => f.faults.calls.some((c) => c.op === 'rename')).toBe(true)
    await expect(f.core.cleanTemps({ root: f.root, deviceId: DEVICE_A })).resolves.toEqual({ removed: 0 })
    await expect(writing).resolves.toMatchObject({ outcome: 'written' })
  })

  it('never lists temps in any folder it lists', async () => {
    await f.put(`devices/${DEVICE_A}/status.json.tmp-${DEVICE_A}-123456`, 'x')
    await f.put(`devices/${DEVICE_A}/status.json`, '{}')
    await expect(f.core.list({ root: f.root, dir: `devices/${DEVICE_A}` })).resolves.toEqual({
      names: ['status.json'],
      missing: false,
    })
  })
})
