import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AttachmentMime, AttachmentsService } from '../../../../../shared/ipc/contract'
import { AppFailure } from '../../../../../shared/errors/appFailure'
import { ATTACHMENT_MAX_BYTES, requestSchemas } from '../../../../../shared/ipc/schemas'
import {
  ATTACHMENTS_FOLDER,
  createAttachmentsService,
} from '../../../../../electron/main/services/attachments/createAttachmentsService'
import { faultyFs } from '../../../../harness/faultyFs'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (err) {
    if (err instanceof AppFailure) return err.toData()
    throw err
  }
  throw new Error('expected a failure')
}

const sha256Of = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
const b64 = (data: Uint8Array) => Buffer.from(data).toString('base64')

/** A small file of each accepted type: the real signature, then some body bytes. */
const samples: [AttachmentMime, string, Buffer][] = [
  ['application/pdf', '合同扫描件.pdf', Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n', 'latin1')],
  [
    'image/jpeg',
    '签字页.jpg',
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
  ],
  [
    'image/png',
    '印章.png',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  ],
  ['image/tiff', '传真-intel.tif', Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00])],
  ['image/tiff', '传真-motorola.tiff', Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08])],
]

describe('createAttachmentsService', () => {
  let temp: TempPorts
  let attachments: AttachmentsService
  let root: string
  beforeEach(async () => {
    temp = await createTempPorts()
    attachments = createAttachmentsService(temp.ports)
    root = join(temp.dataDir, ATTACHMENTS_FOLDER)
  })
  afterEach(() => temp.cleanup())

  const storedPath = (sha256: string) => join(root, sha256.slice(0, 2), sha256)

  it.each(samples)('stores and reads back a %s file (%s) when it is put', async (mime, fileName, data) => {
    const stored = await attachments.put({ fileName, dataBase64: b64(data) })
    expect(stored).toEqual({ sha256: sha256Of(data), bytes: data.length, mime })
    expect(await readFile(storedPath(stored.sha256))).toEqual(data)
    await expect(attachments.read({ sha256: stored.sha256 })).resolves.toEqual({
      ...stored,
      dataBase64: b64(data),
    })
  })

  it('reads the type from the content when the name says otherwise', async () => {
    const [, , pdf] = samples[0]
    const stored = await attachments.put({ fileName: '照片.jpg', dataBase64: b64(pdf) })
    expect(stored.mime).toBe('application/pdf')
  })

  it('keeps one file and does not rewrite it when the same content is put twice', async () => {
    const [, , pdf] = samples[0]
    const first = await attachments.put({ fileName: 'a.pdf', dataBase64: b64(pdf) })
    const before = await stat(storedPath(first.sha256))
    const second = await attachments.put({ fileName: '另一个名字.pdf', dataBase64: b64(pdf) })
    expect(second).toEqual(first)
    const after = await stat(storedPath(first.sha256))
    // Same inode and mtime: an atomic rewrite would have replaced the file.
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(await readdir(root)).toEqual([first.sha256.slice(0, 2)])
    expect(await readdir(join(root, first.sha256.slice(0, 2)))).toEqual([first.sha256])
  })

  it('keeps every file when the same content is put concurrently', async () => {
    const puts = samples.flatMap(([, name, data]) => [
      attachments.put({ fileName: name, dataBase64: b64(data) }),
      attachments.put({ fileName: name, dataBase64: b64(data) }),
    ])
    const stored = await Promise.all(puts)
    for (const s of stored) await expect(attachments.read({ sha256: s.sha256 })).resolves.toMatchObject(s)
    const shards = await readdir(root)
    const files = (await Promise.all(shards.map((d) => readdir(join(root, d))))).flat()
    expect(files.sort()).toEqual([...new Set(stored.map((s) => s.sha256))].sort())
  })

  it.each([
    ['a Word file', '报价单.docx', Buffer.from('PK\u0003\u0004word/document.xml', 'latin1')],
    ['a text file', 'note.pdf', Buffer.from('just text, named .pdf', 'utf8')],
    ['a GIF', 'logo.gif', Buffer.from('GIF89a\u0001\u0000', 'latin1')],
    ['half a PDF signature', 'short.pdf', Buffer.from('%PD', 'latin1')],
  ])('refuses %s with attachments.badType when put', async (_label, fileName, data) => {
    expect(await failureOf(attachments.put({ fileName, dataBase64: b64(data) }))).toEqual({
      code: 'attachments.badType',
      messageKey: 'errors.attachments.badType',
      params: { field: 'file', fileName },
    })
    await expect(readdir(root)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses an empty file when put', async () => {
    expect(await failureOf(attachments.put({ fileName: '空.pdf', dataBase64: '' }))).toEqual({
      code: 'attachments.empty',
      messageKey: 'errors.attachments.empty',
      params: { field: 'file', fileName: '空.pdf' },
    })
  })

  it('refuses a PDF of 50 MB and one byte with attachments.tooLarge when put', async () => {
    const data = Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x20)
    data.write('%PDF-1.7\n', 'latin1')
    expect(await failureOf(attachments.put({ fileName: '大文件.pdf', dataBase64: b64(data) }))).toEqual({
      code: 'attachments.tooLarge',
      messageKey: 'errors.attachments.tooLarge',
      params: { field: 'file', maxMb: 50 },
    })
    await expect(readdir(root)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('stores a PDF of exactly 50 MB when put', async () => {
    const data = Buffer.alloc(ATTACHMENT_MAX_BYTES, 0x20)
    data.write('%PDF-1.7\n', 'latin1')
    const stored = await attachments.put({ fileName: '刚好.pdf', dataBase64: b64(data) })
    expect(stored.bytes).toBe(ATTACHMENT_MAX_BYTES)
    expect((await stat(storedPath(stored.sha256))).size).toBe(ATTACHMENT_MAX_BYTES)
  })

  it('refuses to read a stored file with attachments.corrupt when a byte of it changed', async () => {
    const [, , png] = samples[2]
    const stored = await attachments.put({ fileName: 'a.png', dataBase64: b64(png) })
    const damaged = Buffer.from(png)
    damaged[damaged.length - 1] ^= 0xff
    await writeFile(storedPath(stored.sha256), damaged)
    expect(await failureOf(attachments.read({ sha256: stored.sha256 }))).toEqual({
      code: 'attachments.corrupt',
      messageKey: 'errors.attachments.corrupt',
      params: { sha256: stored.sha256 },
    })
  })

  it('refuses to read a stored file with attachments.corrupt when it was truncated', async () => {
    const [, , pdf] = samples[0]
    const stored = await attachments.put({ fileName: 'a.pdf', dataBase64: b64(pdf) })
    await writeFile(storedPath(stored.sha256), pdf.subarray(0, 6))
    expect((await failureOf(attachments.read({ sha256: stored.sha256 }))).code).toBe('attachments.corrupt')
  })

  it('writes the file again when the stored copy is damaged and the same content is put', async () => {
    const [, , jpeg] = samples[1]
    const stored = await attachments.put({ fileName: 'a.jpg', dataBase64: b64(jpeg) })
    await writeFile(storedPath(stored.sha256), 'garbage')
    await expect(attachments.put({ fileName: 'a.jpg', dataBase64: b64(jpeg) })).resolves.toEqual(stored)
    await expect(attachments.read({ sha256: stored.sha256 })).resolves.toMatchObject({
      dataBase64: b64(jpeg),
    })
  })

  it('reports attachments.notFound when no file has that hash', async () => {
    const sha256 = sha256Of(Buffer.from('never stored'))
    expect(await failureOf(attachments.read({ sha256 }))).toEqual({
      code: 'attachments.notFound',
      messageKey: 'errors.attachments.notFound',
      params: { sha256 },
    })
  })

  it.each(['../../auth-failures.json', 'ABCDEF'.padEnd(64, '0'), 'a'.repeat(63), `${'a'.repeat(64)}/..`])(
    'refuses the hash %s with attachments.badHash when read',
    async (sha256) => {
      await writeFile(join(temp.dataDir, 'auth-failures.json'), '{}')
      expect(await failureOf(attachments.read({ sha256 }))).toEqual({
        code: 'attachments.badHash',
        messageKey: 'errors.attachments.badHash',
        params: { field: 'sha256' },
      })
    },
  )

  it('lists only the stored hashes, once each, when asked which it has', async () => {
    const stored = []
    for (const [, name, data] of samples.slice(0, 3))
      stored.push(await attachments.put({ fileName: name, dataBase64: b64(data) }))
    const missing = sha256Of(Buffer.from('missing'))
    const { present } = await attachments.has({
      sha256s: [stored[2].sha256, missing, stored[0].sha256, stored[2].sha256, 'not-a-hash'],
    })
    expect(present).toEqual([stored[2].sha256, stored[0].sha256])
    await expect(attachments.has({ sha256s: [] })).resolves.toEqual({ present: [] })
  })

  it('has nothing when the store folder does not exist yet', async () => {
    await expect(attachments.has({ sha256s: [sha256Of(Buffer.from('x'))] })).resolves.toEqual({ present: [] })
  })

  it('offers no way to delete a stored file', () => {
    expect(Object.keys(attachments).sort()).toEqual(['has', 'put', 'read'])
  })

  it('reports attachments.writeFailed and keeps no partial file when the disk fills up', async () => {
    const [, , pdf] = samples[0]
    const failing = createAttachmentsService({ ...temp.ports, fs: faultyFs('write', 'ENOSPC') })
    expect(await failureOf(failing.put({ fileName: 'a.pdf', dataBase64: b64(pdf) }))).toEqual({
      code: 'attachments.writeFailed',
      messageKey: 'errors.attachments.writeFailed',
      params: { reason: 'ENOSPC' },
    })
    const sha256 = sha256Of(pdf)
    expect(await readdir(join(root, sha256.slice(0, 2)))).toEqual([])
    expect((await failureOf(attachments.read({ sha256 }))).code).toBe('attachments.notFound')
  })

  it('removes temp files left by a crash when the next file is put in that folder', async () => {
    const [, , pdf] = samples[0]
    const sha256 = sha256Of(pdf)
    const shard = join(root, sha256.slice(0, 2))
    await mkdir(shard, { recursive: true })
    await writeFile(join(shard, `.${sha256}.abcdef012345.tmp`), '%PDF-half')
    await attachments.put({ fileName: 'a.pdf', dataBase64: b64(pdf) })
    expect(await readdir(shard)).toEqual([sha256])
  })
})

describe('attachments request schemas', () => {
  const sha256 = 'a'.repeat(64)

  it.each([
    ['put', { fileName: 'a.pdf', dataBase64: 'JVBERi0=' }],
    ['read', { sha256 }],
    ['has', { sha256s: [sha256, 'b'.repeat(64)] }],
  ] as const)('accepts a well-formed %s request', (method, request) => {
    expect(requestSchemas.attachments[method].safeParse(request).success).toBe(true)
  })

  it.each([
    ['put', { fileName: 'a.pdf', dataBase64: 'not base64!' }],
    ['put', { fileName: '', dataBase64: 'JVBERi0=' }],
    ['put', { fileName: 'a.pdf', dataBase64: 'JVBERi0=', extra: 1 }],
    ['read', { sha256: sha256.toUpperCase() }],
    ['read', { sha256: sha256.slice(1) }],
    ['has', { sha256s: ['x'] }],
    ['has', { sha256s: new Array<string>(10_001).fill(sha256) }],
  ] as const)('refuses a malformed %s request', (method, request) => {
    expect(requestSchemas.attachments[method].safeParse(request).success).toBe(false)
  })

  it('lets a file just over 50 MB through to the service, which explains the refusal', () => {
    const encodedLength = Math.ceil((ATTACHMENT_MAX_BYTES + 1) / 3) * 4
    const request = { fileName: 'a.pdf', dataBase64: 'A'.repeat(encodedLength) }
    expect(requestSchemas.attachments.put.safeParse(request).success).toBe(true)
  })
})
