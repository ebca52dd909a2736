/**
 * 开票申请单 and 发票登记簿 printed through the document engine: each model
 * passes main's schema, renders to the same bytes twice, every character it
 * draws leaves ink (poppler), and the text says what the procedure needs —
 * the amount in 人民币大写, 草稿 until finance approves, the register's
 * totals. With DOCUMENT_RENDERS=1 the PDFs and 80 dpi PNGs go to
 * /tmp/invoicing-docs/ to be looked at.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '@shared/documents/documentModel'
import { documentModelSchema } from '@shared/documents/documentSchema'
import {
  type InvoiceRegisterInput,
  invoiceApplicationDocument,
  invoiceRegisterDocument,
  invoiceRegisterWorkbook,
} from '@shared/procedures/invoicing/documents'
import { createDocumentsService } from '../../../../../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../../../../../electron/main/services/documents/fontFaces'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'
import { blankGlyphs } from '../../../../electron/main/services/documents/inkCheck'
import { pageText } from '../../../../electron/main/services/documents/popplerTools'
import { application, register } from './fixtures'

const run = promisify(execFile)
const RENDERS = join(tmpdir(), 'invoicing-docs')

let temp: TempPorts
let scratch: string
beforeAll(async () => {
  temp = await createTempPorts()
  scratch = await mkdtemp(join(tmpdir(), 'commerce-desk-invoicing-docs-'))
})
afterAll(async () => {
  await temp.cleanup()
  await rm(scratch, { recursive: true, force: true })
})

const service = () => createDocumentsService(temp.ports, { fonts: fontsInNodeModules() })

async function saveRender(name: string, pdf: Uint8Array): Promise<void> {
  if (!process.env.DOCUMENT_RENDERS) return
  await mkdir(RENDERS, { recursive: true })
  const path = join(RENDERS, `${name}.pdf`)
  await writeFile(path, pdf)
  await run('pdftoppm', ['-r', '80', '-png', path, join(RENDERS, name)])
}

/** Every page's text, whitespace removed (pdftotext lays cells out with spaces and breaks). */
async function flatText(model: DocumentModel, name: string): Promise<{ text: string; pages: number }> {
  const { pdf, pages } = await service().render(model)
  const path = join(scratch, `${name}.pdf`)
  await writeFile(path, pdf)
  const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(path, i + 1)))
  return { text: texts.join('').replace(/\s/g, ''), pages }
}

const documents: [string, () => DocumentModel, number][] = [
  ['application-issued', () => invoiceApplicationDocument(application('confirmed')), 1],
  ['application-draft', () => invoiceApplicationDocument(application('review')), 1],
  ['application-over-open', () => invoiceApplicationDocument(application('approval', 10_000_000)), 1],
  ['register-month', () => invoiceRegisterDocument(register()), 1],
  ['register-40', () => invoiceRegisterDocument(register(40)), 0],
]

describe.each(documents)('%s document', (name, build, onePage) => {
  it('passes main’s schema, renders the same bytes twice within 120 KB, and every glyph drawn has ink', async () => {
    const model = build()
    expect(documentModelSchema.safeParse(model).success).toBe(true)
    const a = await service().render(model)
    const b = await service().render(build())
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0)
    if (onePage) {
      expect(a.pages).toBe(1)
      expect(a.pdf.length).toBeLessThanOrEqual(120 * 1024)
    }
    await saveRender(name, a.pdf)
    expect(await blankGlyphs(model, await mkdtemp(join(scratch, `${name}-`)))).toEqual([])
  })
})

describe('开票申请单', () => {
  it('prints the buyer, the lines split into net and tax, the amount in 人民币大写 and the contract’s figures', async () => {
    const { text } = await flatText(invoiceApplicationDocument(application('confirmed')), 'application-text')
    for (const words of [
      '开票申请单',
      'KP-202606-0007',
      'HT-202605-0012',
      '10kV配电室改造设备采购合同',
      '增值税专用发票',
      '购买方名称北京智诚科技有限公司',
      '纳税人识别号91110108MA01ABCD2X',
      '地址、电话北京市海淀区中关村南大街12号010-62345678',
      '开户行及账号中国工商银行北京中关村支行0200004509200123456',
      '金额（含税）不含税金额税额',
      '合计3项',
      '37,480.5033,354.464,126.04',
      '开票金额（小写）¥37,480.50（其中税额¥4,126.04）',
      '开票金额（大写）人民币叁万柒仟肆佰捌拾元零伍角',
      '合同金额¥120,000.00',
      '已开票（不含本次）¥50,000.00',
      '本次申请¥37,480.50',
      '申请后未开票¥32,519.50',
      '审核意见与合同一致，同意开票。',
      '发票代码011002300111',
      '发票号码04512388',
      '开票日期2026年6月5日',
      '「开票申请单→财务审核→开具发票交用户并确认」',
      '申请人',
      '财务审核',
      '商务部经理',
    ])
      expect(text).toContain(words)
    expect(text).not.toContain('草稿')
  })

  it('is a 草稿 until finance approves it, and prints no invoice before one is issued', async () => {
    for (const step of ['draft', 'review', 'returned', 'approval', 'voided'] as const)
      expect(invoiceApplicationDocument(application(step)).draft).toBe(true)
    for (const step of ['toIssue', 'issued', 'delivered', 'confirmed'] as const)
      expect(invoiceApplicationDocument(application(step)).draft).toBeUndefined()
    const { text } = await flatText(
      invoiceApplicationDocument(application('review')),
      'application-draft-text',
    )
    expect(text).toContain('草稿')
    expect(text).not.toContain('发票号码')
    expect(text).toContain('人民币叁万柒仟肆佰捌拾元零伍角')
  })

  it('says what goes over the contract’s open amount needs leadership', () => {
    const model = invoiceApplicationDocument(application('approval', 10_000_000))
    const rows = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []))
    expect(rows).toContainEqual([
      '申请后未开票',
      '-¥17,480.50（超出合同未开票金额 ¥17,480.50，须经公司领导审批）',
    ])
  })
})

describe('发票登记簿', () => {
  it('lists the invoices issued in the month, oldest first, and totals them', async () => {
    const model = invoiceRegisterDocument(register())
    expect(model.title).toBe('发票登记簿（2026年6月）')
    expect(model.number).toBe('FPDJ-2026-06')
    const table = model.blocks.find((b) => b.kind === 'table')
    const rows = table?.kind === 'table' ? table.rows : []
    expect(rows.slice(0, -1).map((r) => r[1].split('\n')[3])).toEqual([
      '04512388',
      '00871234',
      '26112000000012345678',
      '04512401',
    ])
    expect(rows[2]).toEqual([
      '3',
      '2026-06-18\n数电票\n—\n26112000000012345678',
      '天津滨海新区供电服务有限公司\nHT-202604-0031',
      '113,000.00',
      '13,000.00',
      '电子交付\u30002026-06-18\n客户未确认',
    ])
    expect(rows.at(-1)).toEqual(['', '合计 4 张', '', '2,501,809.40', '287,632.90', ''])
    const { text } = await flatText(model, 'register-text')
    expect(text).toContain('本期开具发票4张，金额（含税）合计¥2,501,809.40，其中税额¥287,632.90')
    expect(text).toContain('已交付3张，其中客户已确认2张；未交付1张')
    expect(text).toContain('SF1402837465921')
    expect(text).toContain('确认：张建国')
    expect(text).toContain('「对送给用户的发票……要登记鉴收」')
    expect(text).not.toContain('04519999') // issued in July
    expect(text).not.toContain('草稿')
  })

  it('keeps a range of days, and its Excel sheet holds one field to a column with money in fen', () => {
    const range: InvoiceRegisterInput = { ...register(), period: { from: '2026-06-10', to: '2026-06-20' } }
    const model = invoiceRegisterDocument(range)
    expect(model.title).toBe('发票登记簿（2026年6月10日至2026年6月20日）')
    expect(model.number).toBe('FPDJ-20260610-20260620')
    const book = invoiceRegisterWorkbook(range)
    expect(book.fileName).toBe('发票登记簿-2026-06-10至2026-06-20.xlsx')
    expect(book.sheets[0].rows).toEqual([
      [
        1,
        '2026-06-12',
        '增值税普通发票',
        '011002300222',
        '00871234',
        '河北雄安智慧能源有限公司',
        'HT-202606-0003',
        565_000,
        65_000,
        '',
        null,
        '',
        '',
        null,
      ],
      [
        2,
        '2026-06-18',
        '数电票',
        '',
        '26112000000012345678',
        '天津滨海新区供电服务有限公司',
        'HT-202604-0031',
        11_300_000,
        1_300_000,
        '电子交付',
        '2026-06-18',
        '',
        '',
        null,
      ],
    ])
    const month = invoiceRegisterWorkbook(register())
    expect(month.fileName).toBe('发票登记簿-2026-06.xlsx')
    expect(month.sheets[0].subtitle).toContain(
      '共 4 张，金额（含税）合计 ¥2,501,809.40，税额合计 ¥287,632.90',
    )
    expect(month.sheets[0].rows[0].slice(7, 14)).toEqual([
      3_748_050,
      412_604,
      '邮寄',
      '2026-06-08',
      'SF1402837465921',
      '张建国',
      '2026-06-10',
    ])
  })
})
