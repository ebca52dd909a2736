import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ShareFixture, createShareFixture } from './shareFixture'

describe('share probe', () => {
  let f: ShareFixture
  beforeEach(async () => {
    f = await createShareFixture({ created: false })
  })
  afterEach(() => f.cleanup())

  it('finds a usable folder with a clock offset near 0 and leaves nothing behind', async () => {
    const probe = await f.core.probe({ root: f.root })
    expect(probe).toEqual({
      root: f.root,
      writable: true,
      renameWorks: true,
      clockOffsetMs: expect.any(Number),
      format: null,
      problem: null,
    })
    expect(Math.abs(probe.clockOffsetMs ?? Infinity)).toBeLessThan(1_000)
    expect(await f.files(f.root)).toEqual([])
  })

  it('measures the share clock against this PC clock when they differ', async () => {
    const hourAhead = () => new Date(Date.now() + 3_600_000)
    const probe = await f.newCore({ now: hourAhead }).probe({ root: f.root })
    // This PC is an hour ahead, so the share's clock is an hour behind it.
    expect(probe.clockOffsetMs).toBeGreaterThan(-3_601_000)
    expect(probe.clockOffsetMs).toBeLessThan(-3_599_000)
  })

  it('offers the existing share when the folder already is one', async () => {
    const format = await f.core.create({ root: f.root })
    await expect(f.core.probe({ root: f.root })).resolves.toMatchObject({ format, problem: null })
    expect(await f.files(f.root)).toEqual(['AppSync/FORMAT.json'])
  })

  it('reports renameWorks false with its problem when renames fail there', async () => {
    f.faults.add({ op: 'rename', path: 'AppSync-probe-', fault: { kind: 'fail', code: 'EPERM' } })
    await expect(f.core.probe({ root: f.root })).resolves.toMatchObject({
      writable: true,
      renameWorks: false,
      problem: 'errors.share.probe.renameFails',
    })
    expect(await f.files(f.root)).toEqual([])
  })

  it.each(['EACCES', 'EROFS'])('reports writable false when the folder is read-only (%s)', async (code) => {
    f.faults.add({ op: 'open', path: f.root, fault: { kind: 'fail', code } })
    await expect(f.core.probe({ root: f.root })).resolves.toMatchObject({
      writable: false,
      renameWorks: false,
      clockOffsetMs: null,
      problem: 'errors.share.probe.notWritable',
    })
    expect(await f.files(f.root)).toEqual([])
  })

  it('reports a full disk and removes the half-written probe file', async () => {
    f.faults.add({ op: 'write', path: 'AppSync-probe-', fault: { kind: 'tear', code: 'ENOSPC' } })
    await expect(f.core.probe({ root: f.root })).resolves.toMatchObject({
      writable: false,
      problem: 'errors.share.probe.full',
    })
    expect(await f.files(f.root)).toEqual([])
  })

  it('reports writable false when the folder does not exist, and does not create it', async () => {
    await rm(f.root, { recursive: true })
    await expect(f.core.probe({ root: f.root })).resolves.toEqual({
      root: f.root,
      writable: false,
      renameWorks: false,
      clockOffsetMs: null,
      format: null,
      problem: 'errors.share.probe.offline',
    })
    expect(existsSync(f.root)).toBe(false)
  })
})
