/**
 * SYNC.md case 11 (transport part): the share's I/O runs in a worker process
 * with a deadline on every call. A call into a hung share fails with
 * share.offline in time while main's event loop keeps running, and the next
 * call gets a fresh worker. Also: the production worker entry end to end.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createShareService,
  type ShareServiceHandle,
} from '../../../../electron/main/services/share/createShareService'
import { forkNodeShareWorker } from '../../../../electron/main/services/share/forkNodeShareWorker'
import type { WorkerFaultRule } from '../../../harness/shareFaultWorker'
import { DEVICE_A, type ShareFixture, createShareFixture, failureOf, segPath } from './shareFixture'

const FAULT_WORKER = join(import.meta.dirname, '..', '..', '..', 'harness', 'shareFaultWorker.ts')
/** Long enough for tsx to start a worker on a slow machine, short enough for a test. */
const READ_TIMEOUT = 4_000

describe('share worker process', () => {
  let f: ShareFixture
  let service: ShareServiceHandle | undefined
  let spawned = 0
  beforeEach(async () => {
    f = await createShareFixture()
    spawned = 0
  })
  afterEach(async () => {
    service?.dispose()
    await f.cleanup()
  })

  function serviceWith(rules: WorkerFaultRule[]): ShareServiceHandle {
    service = createShareService(
      {
        dataDir: f.dataDir,
        fs: f.faults.fs,
        platform: process.platform,
        spawnShareWorker: () => {
          spawned += 1
          return forkNodeShareWorker(FAULT_WORKER, [JSON.stringify(rules)])
        },
      },
      { timeouts: { read: READ_TIMEOUT, list: READ_TIMEOUT, format: READ_TIMEOUT } },
    )
    return service
  }

  it('fails a hung call with share.offline in time, keeps main responsive, and answers the next call from a fresh worker', async () => {
    await f.core.writeImmutable({ root: f.root, path: segPath(DEVICE_A, 1), text: 'seg', deviceId: DEVICE_A })
    const share = serviceWith([{ op: 'readFile', path: '/seg/', fault: { kind: 'hang' } }])
    await share.join({ root: f.root })
    expect(spawned).toBe(1)

    let ticks = 0
    const ticker = setInterval(() => (ticks += 1), 10)
    const started = performance.now()
    const hung = await failureOf(share.read({ path: segPath(DEVICE_A, 1) }))
    const waited = performance.now() - started
    clearInterval(ticker)

    expect(hung).toEqual({ code: 'share.offline', params: { reason: 'timeout' } })
    expect(waited).toBeGreaterThanOrEqual(READ_TIMEOUT - 50)
    expect(waited).toBeLessThan(READ_TIMEOUT + 1_500)
    // A 10 ms timer kept firing all along: main never waited on the share.
    expect(ticks).toBeGreaterThan((READ_TIMEOUT / 10) * 0.5)

    await expect(share.list({ dir: `devices/${DEVICE_A}/seg` })).resolves.toEqual({
      names: ['000000000001.jsonl'],
      missing: false,
    })
    expect(spawned).toBe(2)
  }, 30_000)

  it('fails every call waiting on a worker that hangs, not only the first', async () => {
    const share = serviceWith([{ op: 'readFile', path: '/seg/', fault: { kind: 'hang' } }])
    await share.join({ root: f.root })
    const [a, b] = await Promise.all([
      failureOf(share.read({ path: segPath(DEVICE_A, 1) })),
      failureOf(share.read({ path: segPath(DEVICE_A, 2) })),
    ])
    expect([a.code, b.code]).toEqual(['share.offline', 'share.offline'])
  }, 30_000)

  it('fails the call with share.offline at once when the worker dies, and starts a new one', async () => {
    const share = serviceWith([{ op: 'readFile', path: 'status.json', fault: { kind: 'crash' } }])
    await share.join({ root: f.root })
    const started = performance.now()
    expect(await failureOf(share.read({ path: `devices/${DEVICE_A}/status.json` }))).toEqual({
      code: 'share.offline',
      params: { reason: 'workerExit' },
    })
    expect(performance.now() - started).toBeLessThan(READ_TIMEOUT)
    await expect(share.format({})).resolves.toMatchObject({ formatVersion: 1 })
    expect(spawned).toBe(2)
  }, 30_000)

  it('runs every operation through the production worker entry', async () => {
    service = createShareService({
      dataDir: f.dataDir,
      fs: f.faults.fs,
      platform: process.platform,
      spawnShareWorker: () => forkNodeShareWorker(),
    })
    const share = service
    const format = await share.join({ root: f.root })
    await expect(share.format({})).resolves.toEqual(format)
    await expect(
      share.writeImmutable({ path: segPath(DEVICE_A, 1), text: '第一段', deviceId: DEVICE_A }),
    ).resolves.toMatchObject({
      outcome: 'written',
    })
    await expect(share.read({ path: segPath(DEVICE_A, 1) })).resolves.toEqual({ text: '第一段' })
    // A whole segment crosses with its body's hash, worked out in the worker.
    await share.writeImmutable({ path: segPath(DEVICE_A, 2), text: '头\n第二段\n尾\n', deviceId: DEVICE_A })
    await expect(share.read({ path: segPath(DEVICE_A, 2) })).resolves.toEqual({
      text: '头\n第二段\n尾\n',
      bodySha256: createHash('sha256').update('头\n第二段\n').digest('hex'),
    })
    await expect(share.list({ dir: 'devices' })).resolves.toEqual({ names: [DEVICE_A], missing: false })
    expect(
      (
        await failureOf(
          share.writeImmutable({ path: segPath(DEVICE_A, 1), text: '另一段', deviceId: DEVICE_A }),
        )
      ).code,
    ).toBe('share.fork')
  }, 30_000)
})
