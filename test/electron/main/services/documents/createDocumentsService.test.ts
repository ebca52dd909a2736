import * as nodeFs from 'node:fs/promises'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DOCUMENTS_FOLDER,
  createDocumentsService,
  documentHash,
} from '../../../../../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../../../../../electron/main/services/documents/fontFaces'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'
import { pageText } from './popplerTools'
import { sampleContract } from './sampleContract'

let temp: TempPorts
let scratch: string

beforeEach(async () => {
  temp = await createTempPorts()
  scratch = await mkdtemp(join(tmpdir(), 'commerce-desk-pdf-'))
})
afterEach(async () => {
  await temp.cleanup()
  await rm(scratch, { recursive: true, force: true })
})

const service = () => createDocumentsService(temp.ports, { fonts: fontsInNodeModules() })

describe('createDocumentsService', () => {
  it('gives byte-identical PDFs for the same model', async () => {
    const a = await service().render(sampleContract())
    // A second service: nothing carried over but the process-wide font cache.
    const b = await service().render(sampleContract())
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0)
    const loaded = await PDFDocument.load(a.pdf, { updateMetadata: false })
    expect(loaded.getCreationDate()?.toISOString()).toBe('2025-03-18T01:30:00.000Z')
    expect(loaded.getModificationDate()?.toISOString()).toBe('2025-03-18T01:30:00.000Z')
    expect(loaded.getProducer()).toBe('商务部工作台')
  })

  it('keeps a three-page contract with a 40-line table within 120 KB', async () => {
    const { pdf, pages } = await service().render(sampleContract(40))
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(pdf.length).toBeLessThanOrEqual(120 * 1024)
  })

  it('repeats the table header and prints header, page count and hash on the pages', async () => {
    const model = sampleContract(40)
    const { pdf, pages, sha256 } = await service().render(model)
    expect(sha256).toBe(documentHash(model))
    const path = join(scratch, 'contract.pdf')
    await writeFile(path, pdf)
    const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(path, i + 1)))
    // The table runs over the first pages; its header heads each of them.
    const tablePages = texts.filter((t) => /\b40\b/.test(t) || /电流互感器/.test(t))
    expect(tablePages.length).toBeGreaterThanOrEqual(2)
    texts.forEach((text, i) => {
      expect(text).toContain('北京智诚科技有限公司')
      expect(text).toContain('编号：HT-2025-0318')
      expect(text).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${pages}\\s*页`))
    })
    for (const text of tablePages) expect(text).toMatch(/规格型号[\s\S]*单价（元）/)
    const last = texts[texts.length - 1]
    expect(last).toContain('乙方（盖章）')
    expect(last).toContain('法定代表人或授权代表')
    expect(last.replace(/\s/g, '')).toContain(sha256)
  })

  it('changes the hash when the content changes', () => {
    const a = sampleContract()
    const b = sampleContract()
    b.blocks.push({ kind: 'paragraph', text: '补充条款。' })
    expect(documentHash(a)).not.toBe(documentHash(b))
    // Key order does not matter: the hash is over canonical JSON.
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a
    expect(documentHash(reordered)).toBe(documentHash(a))
  })

  it('files the PDF under the documents folder by type and month of issue', async () => {
    const written = await service().write(sampleContract(5))
    expect(written.path).toBe('销售合同/2025-03/HT-2025-0318.pdf')
    expect(written.fullPath).toBe(
      join(temp.dataDir, DOCUMENTS_FOLDER, '销售合同', '2025-03', 'HT-2025-0318.pdf'),
    )
    expect(written.fileName).toBe('HT-2025-0318.pdf')
    const bytes = await readFile(written.fullPath)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBe(written.bytes)
  })
})

describe('createDocumentsService.write: a saved document is never replaced', () => {
  const folder = () => join(temp.dataDir, DOCUMENTS_FOLDER, '销售合同', '2025-03')
  const changed = () => {
    const model = sampleContract(5)
    model.blocks.push({ kind: 'paragraph', text: '第二版：数量由3台改为5台。' })
    return model
  }

  it('files other content under the same number as a new copy and leaves the first file’s bytes alone', async () => {
    const first = await service().write(sampleContract(5))
    const before = await readFile(first.fullPath)
    const second = await service().write(changed())
    expect(second.path).toBe('销售合同/2025-03/HT-2025-0318(2).pdf')
    expect(second.sha256).not.toBe(first.sha256)
    expect(Buffer.compare(await readFile(first.fullPath), before)).toBe(0)
    const third = await service().write({ ...changed(), title: '销售合同（三）' })
    expect(third.fileName).toBe('HT-2025-0318(3).pdf')
    expect(Buffer.compare(await readFile(first.fullPath), before)).toBe(0)
    expect((await readdir(folder())).sort()).toEqual([
      'HT-2025-0318(2).pdf',
      'HT-2025-0318(3).pdf',
      'HT-2025-0318.pdf',
    ])
  })

  it('gives back the file already there when the same model is saved again', async () => {
    const a = await service().write(sampleContract(5))
    await service().write(changed())
    const b = await service().write(sampleContract(5))
    const c = await service().write(changed())
    expect(b.path).toBe(a.path)
    expect(c.path).toBe('销售合同/2025-03/HT-2025-0318(2).pdf')
    expect(await readdir(folder())).toHaveLength(2)
  })

  it('names a later version and a draft apart from the original', async () => {
    const v2 = await service().write({ ...changed(), version: 2 })
    expect(v2.path).toBe('销售合同/2025-03/HT-2025-0318-V2.pdf')
    const draft = await service().write({ ...sampleContract(5), draft: true })
    expect(draft.path).toBe('销售合同/2025-03/HT-2025-0318-草稿.pdf')
  })

  it('lands two different saves of one number made at the same moment in two files', async () => {
    const [a, b] = await Promise.all([service().write(sampleContract(5)), service().write(changed())])
    expect(new Set([a.fileName, b.fileName])).toEqual(new Set(['HT-2025-0318.pdf', 'HT-2025-0318(2).pdf']))
    const sizes = await Promise.all([a, b].map(async (w) => (await readFile(w.fullPath)).length))
    expect(sizes).toEqual([a.bytes, b.bytes])
  })

  it('takes the name with an exclusive create where the disk has no hard links, and still replaces nothing', async () => {
    const noLinks = {
      ...nodeFs,
      link: () => Promise.reject(Object.assign(new Error('EPERM: no hard links'), { code: 'EPERM' })),
    }
    await temp.cleanup()
    temp = await createTempPorts({ fs: noLinks })
    const first = await service().write(sampleContract(5))
    const before = await readFile(first.fullPath)
    const second = await service().write(changed())
    expect(second.fileName).toBe('HT-2025-0318(2).pdf')
    expect(Buffer.compare(await readFile(first.fullPath), before)).toBe(0)
    // No temp file is left behind.
    expect((await readdir(folder())).sort()).toEqual(['HT-2025-0318(2).pdf', 'HT-2025-0318.pdf'])
  })
})
