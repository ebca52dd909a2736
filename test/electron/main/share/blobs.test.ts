/**
 * SYNC.md case 16 (transport part): attachments travel as content-addressed
 * blobs. Two PCs publishing the same file at once give one blob and no error;
 * a damaged blob on the share is reported, never overwritten and never
 * stored locally; a missing one is just "missing".
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attachmentPath } from '../../../../electron/main/services/attachments/createAttachmentsService'
import { blobRelPath } from '../../../../electron/main/services/share/shareBlobs'
import { DEVICE_A, DEVICE_B, type ShareFixture, createShareFixture, failureOf } from './shareFixture'

const PDF = Buffer.from('%PDF-1.7\n扫描件\n%%EOF\n')
const SHA = createHash('sha256').update(PDF).digest('hex')

describe('share blobs', () => {
  let f: ShareFixture
  beforeEach(async () => {
    f = await createShareFixture()
  })
  afterEach(() => f.cleanup())

  const localOf = (dataDir: string) => attachmentPath(dataDir, SHA) as string
  async function storeLocally(dataDir: string, data = PDF) {
    await mkdir(dirname(localOf(dataDir)), { recursive: true })
    await writeFile(localOf(dataDir), data)
  }
  const publish = (deviceId = DEVICE_A, core = f.core, dataDir = f.dataDir) =>
    core.publishBlob({ root: f.root, dataDir, sha256: SHA, deviceId })
  const fetch = (dataDir = f.dataDir) => f.core.fetchBlob({ root: f.root, dataDir, sha256: SHA })

  it('copies a local attachment to blobs/ab/cd/<sha256> and answers alreadyThere the second time', async () => {
    await storeLocally(f.dataDir)
    await expect(publish()).resolves.toEqual({ outcome: 'written' })
    expect(blobRelPath(SHA)).toBe(`blobs/${SHA.slice(0, 2)}/${SHA.slice(2, 4)}/${SHA}`)
    expect(await readFile(join(f.share, blobRelPath(SHA)))).toEqual(PDF)
    await expect(publish(DEVICE_B)).resolves.toEqual({ outcome: 'alreadyThere' })
    expect(await f.files()).toEqual([blobRelPath(SHA), 'FORMAT.json'].sort())
  })

  it('gives one blob and no error when two PCs publish the same content at once', async () => {
    const otherData = join(f.dir, 'data-b')
    await storeLocally(f.dataDir)
    await storeLocally(otherData)
    // Both find the name free and write their temps before either renames; then both renames land.
    f.faults.add({ op: 'rename', path: `.tmp-${DEVICE_A}`, fault: { kind: 'delay', ms: 200 } })
    f.faults.add({ op: 'rename', path: `.tmp-${DEVICE_B}`, fault: { kind: 'delay', ms: 400 } })
    const results = await Promise.all([publish(DEVICE_A), publish(DEVICE_B, f.newCore(), otherData)])
    expect(results).toEqual([{ outcome: 'written' }, { outcome: 'written' }])
    expect(await f.files()).toEqual([blobRelPath(SHA), 'FORMAT.json'].sort())
    expect(await readFile(join(f.share, blobRelPath(SHA)))).toEqual(PDF)
  })

  it('reports share.blobCorrupt and never overwrites a damaged blob already on the share', async () => {
    await storeLocally(f.dataDir)
    const damaged = Buffer.from('%PDF-1.7\n扫描件\n')
    await f.put(blobRelPath(SHA), damaged)
    expect(await failureOf(publish())).toEqual({ code: 'share.blobCorrupt', params: { sha256: SHA } })
    expect(await readFile(join(f.share, blobRelPath(SHA)))).toEqual(damaged)
  })

  it('refuses to publish a local copy that no longer matches its hash', async () => {
    await storeLocally(f.dataDir, Buffer.from('damaged on this PC'))
    expect((await failureOf(publish())).code).toBe('attachments.corrupt')
    expect(await f.files()).toEqual(['FORMAT.json'])
  })

  it('refuses to publish an attachment this PC does not have', async () => {
    expect((await failureOf(publish())).code).toBe('attachments.notFound')
  })

  it('fetches a blob into the local attachment store after checking its hash', async () => {
    await f.put(blobRelPath(SHA), PDF)
    await expect(fetch()).resolves.toEqual({ outcome: 'fetched' })
    expect(await readFile(localOf(f.dataDir))).toEqual(PDF)
    await expect(fetch()).resolves.toEqual({ outcome: 'alreadyLocal' })
  })

  it('answers corrupt and leaves the local store untouched when the blob on the share is damaged', async () => {
    await f.put(blobRelPath(SHA), Buffer.from('not the scan'))
    await expect(fetch()).resolves.toEqual({ outcome: 'corrupt' })
    expect(await f.files(f.dataDir)).toEqual([])
  })

  it('answers corrupt when the share hands back damaged bytes for a good blob', async () => {
    await f.put(blobRelPath(SHA), PDF)
    f.faults.add({ op: 'readFile', path: `${SHA.slice(2, 4)}/${SHA}`, fault: { kind: 'garble' } })
    await expect(fetch()).resolves.toEqual({ outcome: 'corrupt' })
    expect(await f.files(f.dataDir)).toEqual([])
  })

  it('answers missing, touching nothing, when the blob is not (yet) on the share', async () => {
    await expect(fetch()).resolves.toEqual({ outcome: 'missing' })
    expect(await f.files(f.dataDir)).toEqual([])
  })

  it('replaces a damaged local copy with the good blob, never the other way round', async () => {
    await storeLocally(f.dataDir, Buffer.from('damaged on this PC'))
    await f.put(blobRelPath(SHA), PDF)
    await expect(fetch()).resolves.toEqual({ outcome: 'fetched' })
    expect(await readFile(localOf(f.dataDir))).toEqual(PDF)
  })
})
