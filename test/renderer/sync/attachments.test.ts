/** SYNC.md acceptance case 16: attachments travel as blobs beside the records that name them. */
import { afterEach, describe, expect, it } from 'vitest'
import { sha256Hex } from '@shared/kernel/sha256'
import { readSyncMeta } from '../../../renderer/src/sync/syncMeta'
import { MemoryShare } from '../../harness/memoryShare'
import { Pc, settle } from './syncFixture'

let pcs: Pc[] = []
afterEach(() => pcs.forEach((p) => p.db.close()))

async function attach(pc: Pc, id: string, content: string): Promise<string> {
  const sha = sha256Hex(content)
  pc.blobs.set(sha, content)
  await pc.write((w) =>
    w.create(
      'attachments',
      {
        ownerTable: 'customers',
        ownerId: 'C1',
        sha256: sha,
        fileName: '营业执照.pdf',
        mime: 'application/pdf',
        bytes: content.length,
        note: '',
      },
      { id },
    ),
  )
  return sha
}

describe('sync: attachments', () => {
  it('publishes the blob before the record; a blob not visible yet leaves the record applied and the file pending until it appears', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    const sha = await attach(a, 'F1', '%PDF-1.7 营业执照扫描件')
    await a.sync()
    expect(share.blobs.get(sha)).toBe('%PDF-1.7 营业执照扫描件')
    const published = share.blobs.get(sha) as string
    share.blobs.delete(sha) // not visible yet (SMB listing lag)
    const first = await b.sync()
    expect(await b.db.attachments.get('F1')).toMatchObject({ sha256: sha })
    expect(first.pendingBlobs).toBe(1)
    expect(b.blobs.has(sha)).toBe(false)
    share.blobs.set(sha, published)
    const second = await b.sync()
    expect(second.pendingBlobs).toBe(0)
    expect(b.blobs.get(sha)).toBe(published)
    expect((await readSyncMeta(b.db)).pendingBlobs).toEqual([])
  })

  it('never accepts a corrupt blob: the attachment stays pending and nothing local is written', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    const sha = await attach(a, 'F1', '合同扫描件')
    await a.sync()
    share.blobs.set(sha, '合同扫描件（损坏）')
    const r = await b.sync()
    expect(r.pendingBlobs).toBe(1)
    expect(b.blobs.has(sha)).toBe(false)
  })

  it('gives one blob and no error when two PCs attach the same file at once', async () => {
    const share = new MemoryShare()
    const [a, b] = (pcs = [new Pc('A', share), new Pc('B', share)])
    const sha = await attach(a, 'F1', '同一份文件')
    await attach(b, 'F2', '同一份文件')
    await settle([a, b])
    expect([...share.blobs.keys()]).toEqual([sha])
    expect(await a.db.attachments.count()).toBe(2)
    expect(await b.db.attachments.count()).toBe(2)
  })
})
