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
import { registerDocument } from '../../../../../shared/procedures/contracts/documents/registerDocument'
import type { DocumentModel } from '../../../../../shared/documents/documentModel'
import { documentModelSchema } from '../../../../../shared/documents/documentSchema'
import { createDocumentsService } from '../../../../../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../../../../../electron/main/services/documents/fontFaces'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'
import { blankGlyphs } from './inkCheck'
import { pageText } from './popplerTools'
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

const documents: [string, () => DocumentModel][] = [
  ['quotation', () => quotationDocument(sampleQuotation())],
  ['contract', () => contractDocument(sampleContractInput())],
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
