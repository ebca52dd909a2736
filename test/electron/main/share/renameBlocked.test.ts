/** SYNC.md case 15: antivirus or the indexer holds a fresh file and rename fails with EPERM for a while. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEVICE_A,
  type ShareFixture,
  TEST_RETRY,
  createShareFixture,
  failureOf,
  segPath,
} from './shareFixture'

const SEG = '{"header":1}\n{"footer":1}\n'

describe('share rename retry', () => {
  let f: ShareFixture
  beforeEach(async () => {
    f = await createShareFixture()
  })
  afterEach(() => f.cleanup())
  const write = () =>
    f.core.writeImmutable({ root: f.root, path: segPath(DEVICE_A, 1), text: SEG, deviceId: DEVICE_A })
  const renames = () => f.faults.calls.filter((c) => c.op === 'rename').length

  it('publishes after retrying when the rename is blocked for less than the window', async () => {
    const unblock = f.faults.add({ op: 'rename', path: '.tmp-', fault: { kind: 'fail', code: 'EPERM' } })
    setTimeout(unblock, 300)
    const started = performance.now()
    await expect(write()).resolves.toMatchObject({ outcome: 'written' })
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    expect(renames()).toBeGreaterThan(2)
    expect(await readFile(join(f.share, segPath(DEVICE_A, 1)), 'utf8')).toBe(SEG)
    expect(await f.files()).toEqual(['FORMAT.json', segPath(DEVICE_A, 1)])
  })

  it.each(['EACCES', 'EBUSY'])('retries %s like EPERM', async (code) => {
    f.faults.add({ op: 'rename', path: '.tmp-', fault: { kind: 'fail', code }, times: 3 })
    await expect(write()).resolves.toMatchObject({ outcome: 'written' })
    expect(renames()).toBe(4)
  })

  it('gives up with share.renameBlocked, no file under the final name and no temp, when blocked past the window', async () => {
    const unblock = f.faults.add({ op: 'rename', path: '.tmp-', fault: { kind: 'fail', code: 'EPERM' } })
    const started = performance.now()
    expect(await failureOf(write())).toEqual({
      code: 'share.renameBlocked',
      params: { path: segPath(DEVICE_A, 1), reason: 'EPERM' },
    })
    const waited = performance.now() - started
    expect(waited).toBeGreaterThan(TEST_RETRY.windowMs / 2)
    expect(waited).toBeLessThan(TEST_RETRY.windowMs + 500)
    expect(await f.files()).toEqual(['FORMAT.json'])

    // The next cycle, once the scanner lets go, publishes.
    unblock()
    await expect(write()).resolves.toMatchObject({ outcome: 'written' })
    expect(await f.files()).toEqual(['FORMAT.json', segPath(DEVICE_A, 1)])
  })

  it('does not retry a rename that fails for another reason', async () => {
    f.faults.add({ op: 'rename', path: '.tmp-', fault: { kind: 'fail', code: 'EIO' } })
    expect((await failureOf(write())).code).toBe('share.offline')
    expect(renames()).toBe(1)
    expect(await f.files()).toEqual(['FORMAT.json'])
  })
})
