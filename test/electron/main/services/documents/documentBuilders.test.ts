/**
 * Every document builder, printed: the model passes main's schema, renders to
 * the same bytes twice, and every character it draws leaves ink. With
 * DOCUMENT_RENDERS=1 the PDFs and 60 dpi PNGs go to .tmp/renders/ to be
 * looked at.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { approvalFormDocument } from '../../../../../shared/procedures/contracts/documents/approvalFormDocument'
import { changeAgreementDocument } from '../../../../../shared/procedures/contracts/documents/changeAgreementDocument'
import { contractDocument } from '../../../../../shared/procedures/contracts/documents/contractDocument'
import { quotationDocument } from '../../../../../shared/procedures/contracts/documents/quotationDocument'
import { defaultClauseLibrary } from '../../../../../shared/procedures/contracts/defaultClauses'
import { registerDocument } from '../../../../../shared/procedures/contracts/documents/registerDocument'
import type { DocumentModel } from '../../../../../shared/documents/documentModel'
import { documentModelSchema } from '../../../../../shared/documents/documentSchema'
import { createDocumentsService } from '../../../../../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../../../../../electron/main/services/documents/fontFaces'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'
import { blankGlyphs } from './inkCheck'
import { darkest, pageText, renderGray } from './popplerTools'
import {
  sampleApprovalForm,
  sampleChangeAgreement,
  sampleContractInput,
  sampleQuotation,
  sampleRegister,
} from './sampleDocuments'

const run = promisify(execFile)
const RENDERS = resolve(import.meta.dirname, '../../../../../.tmp/renders')

let temp: TempPorts
let scratch: string

beforeAll(async () => {
  temp = await createTempPorts()
  scratch = await mkdtemp(join(tmpdir(), 'commerce-desk-builders-'))
})
afterAll(async () => {
  await temp.cleanup()
  await rm(scratch, { recursive: true, force: true })
})

const service = () => createDocumentsService(temp.ports, { fonts: fontsInNodeModules() })

/**
 * A contract before legal review, the 草稿 across its pages, with the clause
 * library a new installation starts with (its 质量保证 joins the 质保 article).
 */
function draftContract(): DocumentModel {
  const input = sampleContractInput(3, 0)
  return contractDocument({
    ...input,
    contract: { ...input.contract, step: 'draft', clauses: defaultClauseLibrary },
  })
}

/** The contract's second version, changed by a signed agreement. */
function secondVersion(): DocumentModel {
  const input = sampleContractInput(6, 8)
  return contractDocument({
    ...input,
    contract: { ...input.contract, step: 'performing', signedOn: '2025-03-20', version: 2 },
    changedBy: { number: 'HT-2025-0318-BG1', signedOn: '2025-04-02' },
  })
}

const documents: [string, () => DocumentModel][] = [
  ['quotation', () => quotationDocument(sampleQuotation())],
  [
    'quotation-draft',
    () => {
      const q = sampleQuotation(3)
      return quotationDocument({ ...q, quotation: { ...q.quotation, status: 'draft' } })
    },
  ],
  ['contract', () => contractDocument(sampleContractInput())],
  ['contract-draft', draftContract],
  ['contract-v2', secondVersion],
  ['contract-short', () => contractDocument({ ...sampleContractInput(3, 8), partyNames: 'sellerJia' })],
  ['approval', () => approvalFormDocument(sampleApprovalForm())],
  ['change', () => changeAgreementDocument(sampleChangeAgreement())],
  ['register', () => registerDocument(sampleRegister())],
]

async function saveRender(name: string, pdf: Uint8Array): Promise<void> {
  if (!process.env.DOCUMENT_RENDERS) return
  await mkdir(RENDERS, { recursive: true })
  const path = join(RENDERS, `${name}.pdf`)
  await writeFile(path, pdf)
  await run('pdftoppm', ['-r', '60', '-png', path, join(RENDERS, name)])
}

describe.each(documents)('%s document', (name, build) => {
  it('passes main’s schema, renders the same bytes twice, and every glyph drawn has ink', async () => {
    const model = build()
    expect(documentModelSchema.safeParse(model).success).toBe(true)
    const a = await service().render(model)
    const b = await service().render(build())
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0)
    await saveRender(name, a.pdf)
    const dir = await mkdtemp(join(scratch, `${name}-`))
    expect(await blankGlyphs(model, dir)).toEqual([])
  })
})

describe('contract of 40 lines', () => {
  it('repeats the goods table header on every page it runs over, within 120 KB', async () => {
    const { pdf, pages } = await service().render(contractDocument(sampleContractInput(40)))
    expect(pdf.length).toBeLessThanOrEqual(120 * 1024)
    const path = join(scratch, 'contract40.pdf')
    await writeFile(path, pdf)
    const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(path, i + 1)))
    const tablePages = texts.filter((t) => /电流互感器|高压真空断路器/.test(t))
    expect(tablePages.length).toBeGreaterThanOrEqual(2)
    for (const text of tablePages) expect(text).toMatch(/规格型号[\s\S]*含税单价/)
    const all = texts.join('\n')
    expect(all).toContain('第十二条')
    expect(all).toContain('甲方（盖章）')
    expect(all).toContain('签订地点：北京市海淀区')
  })
})

describe('version and draft marks', () => {
  async function pages(name: string, model: DocumentModel) {
    const { pdf, pages: count } = await service().render(model)
    await saveRender(name, pdf)
    const path = join(scratch, `${name}.pdf`)
    await writeFile(path, pdf)
    const texts = await Promise.all(Array.from({ length: count }, (_, i) => pageText(path, i + 1)))
    const images = await renderGray(path, await mkdtemp(join(scratch, `${name}-gray-`)), 72)
    return { texts, images }
  }

  it('prints 第2版 in every page header and the agreement it rests on under the title', async () => {
    const { texts } = await pages('marks-v2', secondVersion())
    for (const text of texts) expect(text).toMatch(/编号：HT-2025-0318\s*第2版/)
    expect(texts[0].replace(/\s/g, '')).toContain(
      '合同版本：第2版，依据变更协议HT-2025-0318-BG1（2025年4月2日签订）',
    )
  })

  it('sets 草稿 in every page header and lays it in gray across the middle of every page', async () => {
    const draft = await pages('marks-draft', draftContract())
    const clean = await pages('marks-clean', { ...draftContract(), draft: undefined })
    expect(draft.images).toHaveLength(clean.images.length)
    for (const text of draft.texts) expect(text).toMatch(/草稿\s*编号：HT-2025-0318/)
    draft.images.forEach((image, i) => {
      // Light gray (the mark) where the clean page has none, in a box at the page's middle.
      const middle = (img: typeof image) => {
        const [x0, y0] = [Math.round(img.width * 0.3), Math.round(img.height * 0.35)]
        let gray = 0
        for (let y = y0; y < img.height - y0; y++)
          for (let x = x0; x < img.width - x0; x++) {
            const v = img.pixels[y * img.width + x]
            if (v > 190 && v < 225) gray++
          }
        return gray
      }
      expect(middle(image) - middle(clean.images[i])).toBeGreaterThan(1500)
      // Still ink under it: the body text stays black over the mark.
      expect(darkest(image, 0, 0, image.width, image.height)).toBeLessThan(60)
    })
  })
})
