import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEVICE_A, type ShareFixture, createShareFixture, failureOf, segPath } from './shareFixture'

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
const SEG = '{"header":1}\n{"op":"价格=10"}\n{"footer":1}\n'

describe('share writeImmutable', () => {
  let f: ShareFixture
  beforeEach(async () => {
    f = await createShareFixture()
  })
  afterEach(() => f.cleanup())
  const write = (path: string, text: string) =>
    f.core.writeImmutable({ root: f.root, path, text, deviceId: DEVICE_A })

  it('leaves exactly the final file with the bytes, read back and hashed, when the write succeeds', async () => {
    const result = await write(segPath(DEVICE_A, 1), SEG)
    expect(result).toEqual({ outcome: 'written', sha256: sha(SEG), bytes: Buffer.byteLength(SEG) })
    expect(await readFile(join(f.share, segPath(DEVICE_A, 1)), 'utf8')).toBe(SEG)
    expect(await f.files()).toEqual(['FORMAT.json', segPath(DEVICE_A, 1)])
    // Read back and checked: the final name is read again after the rename.
    const finalPath = join(f.share, segPath(DEVICE_A, 1))
    const renameAt = f.faults.calls.findIndex((c) => c.op === 'rename')
    expect(f.faults.calls.slice(renameAt + 1)).toContainEqual({ op: 'readFile', path: finalPath })
  })

  it('reads a segment back with the SHA-256 of its bytes before the footer line, and a cut one without', async () => {
    await write(segPath(DEVICE_A, 1), SEG)
    const body = SEG.slice(0, SEG.lastIndexOf('\n', SEG.length - 2) + 1)
    await expect(f.core.read({ root: f.root, path: segPath(DEVICE_A, 1) })).resolves.toEqual({
      text: SEG,
      bodySha256: sha(body),
    })
    await write(segPath(DEVICE_A, 2), SEG.slice(0, -4))
    await expect(f.core.read({ root: f.root, path: segPath(DEVICE_A, 2) })).resolves.toEqual({
      text: SEG.slice(0, -4),
    })
  })

  it('answers alreadyThere and writes nothing new when the same bytes are there', async () => {
    await write(segPath(DEVICE_A, 1), SEG)
    await expect(write(segPath(DEVICE_A, 1), SEG)).resolves.toEqual({
      outcome: 'alreadyThere',
      sha256: sha(SEG),
      bytes: Buffer.byteLength(SEG),
    })
    expect(await f.files()).toEqual(['FORMAT.json', segPath(DEVICE_A, 1)])
  })

  it('refuses with share.fork and leaves the original untouched when other bytes are there', async () => {
    await write(segPath(DEVICE_A, 1), SEG)
    expect(await failureOf(write(segPath(DEVICE_A, 1), `${SEG}x`))).toEqual({
      code: 'share.fork',
      params: { path: segPath(DEVICE_A, 1) },
    })
    expect(await readFile(join(f.share, segPath(DEVICE_A, 1)), 'utf8')).toBe(SEG)
    expect(await f.files()).toEqual(['FORMAT.json', segPath(DEVICE_A, 1)])
  })

  it('gzips a snapshot without a time or name in the header and gives the text back when read', async () => {
    const path = `devices/${DEVICE_A}/snap/0001-abc.jsonl.gz`
    const text = '{"rows":["合同"]}\n'.repeat(50)
    const first = await write(path, text)
    const bytes = await readFile(join(f.share, path))
    expect(gunzipSync(bytes).toString('utf8')).toBe(text)
    expect(bytes.readUInt32LE(4)).toBe(0) // mtime
    expect(bytes[3] & 0x08).toBe(0) // no FNAME
    expect(bytes[9]).toBe(255) // OS "unknown", the same on every PC
    expect(first.sha256).toBe(sha(bytes))
    await expect(write(path, text)).resolves.toMatchObject({ outcome: 'alreadyThere', sha256: first.sha256 })
    await expect(f.core.read({ root: f.root, path })).resolves.toEqual({ text })
  })

  it('counts the same snapshot text as alreadyThere when another zlib compressed it differently', async () => {
    const path = `devices/${DEVICE_A}/snap/0002.jsonl.gz`
    const text = 'snapshot\n'.repeat(100)
    await f.put(path, gzipSync(text, { level: 1 }))
    await expect(write(path, text)).resolves.toMatchObject({ outcome: 'alreadyThere' })
  })

  it('fails with share.full, removes its temp and leaves nothing under the final name when the share fills up', async () => {
    f.faults.add({ op: 'write', path: '.tmp-', fault: { kind: 'tear', code: 'ENOSPC' } })
    expect(await failureOf(write(segPath(DEVICE_A, 1), SEG))).toEqual({
      code: 'share.full',
      params: { reason: 'ENOSPC' },
    })
    expect(await f.files()).toEqual(['FORMAT.json'])
  })

  it('fails with share.full when fsync finds the quota exceeded', async () => {
    f.faults.add({ op: 'sync', path: '.tmp-', fault: { kind: 'fail', code: 'EDQUOT' } })
    expect((await failureOf(write(segPath(DEVICE_A, 1), SEG))).code).toBe('share.full')
    expect(await f.files()).toEqual(['FORMAT.json'])
  })

  it('fails with share.verifyFailed when the file does not read back as written', async () => {
    const finalPath = join(f.share, segPath(DEVICE_A, 1))
    // The first read (is the name free?) finds nothing; the read-back after the rename is garbled.
    f.faults.add({ op: 'readFile', path: (p) => p === finalPath, fault: { kind: 'delay', ms: 0 }, times: 1 })
    f.faults.add({ op: 'readFile', path: (p) => p === finalPath, fault: { kind: 'garble' } })
    expect(await failureOf(write(segPath(DEVICE_A, 1), SEG))).toEqual({
      code: 'share.verifyFailed',
      params: { path: segPath(DEVICE_A, 1) },
    })
  })

  it('fails with share.offline naming the errno when the share breaks mid-write', async () => {
    f.faults.add({ op: 'open', path: '.tmp-', fault: { kind: 'fail', code: 'EIO' } })
    expect(await failureOf(write(segPath(DEVICE_A, 1), SEG))).toEqual({
      code: 'share.offline',
      params: { reason: 'EIO' },
    })
  })

  it('makes the device folders as needed but refuses with share.notAShare when AppSync itself is gone', async () => {
    await write(segPath(DEVICE_A, 1), SEG)
    await rm(f.share, { recursive: true })
    expect((await failureOf(write(segPath(DEVICE_A, 2), SEG))).code).toBe('share.notAShare')
    expect(await f.files(f.root)).toEqual([])
  })

  it('replaces a torn segment of its own only while it still holds the torn bytes', async () => {
    const path = segPath(DEVICE_A, 1)
    const torn = SEG.slice(0, 7)
    await f.put(path, torn)
    const replaceTorn = (tornSha256: string) =>
      f.core.replaceTorn({ root: f.root, path, text: SEG, deviceId: DEVICE_A, tornSha256 })

    expect((await failureOf(replaceTorn(sha('something else')))).code).toBe('share.fork')
    expect(await readFile(join(f.share, path), 'utf8')).toBe(torn)

    await expect(replaceTorn(sha(torn))).resolves.toMatchObject({ outcome: 'replaced', sha256: sha(SEG) })
    expect(await readFile(join(f.share, path), 'utf8')).toBe(SEG)
    await expect(replaceTorn(sha(torn))).resolves.toMatchObject({ outcome: 'alreadyThere' })
    expect(await f.files()).toEqual(['FORMAT.json', path])
  })

  it('replaces status.json through a temp each time it is written', async () => {
    const status = (n: number) =>
      f.core.writeStatus({ root: f.root, deviceId: DEVICE_A, text: `{"lastSeq":${n}}` })
    await status(1)
    await status(2)
    expect(await readFile(join(f.share, 'devices', DEVICE_A, 'status.json'), 'utf8')).toBe('{"lastSeq":2}')
    expect(await f.files()).toEqual(['FORMAT.json', `devices/${DEVICE_A}/status.json`])
  })
})
