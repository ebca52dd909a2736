/**
 * 设备采购单, 设备签收单 and 库存月报 printed through the document engine
 * (issue 16): each model passes main's schema, renders to the same bytes
 * twice within 120 KB, every character it draws leaves ink (poppler), and
 * the last page carries the verification line with its hash and QR code.
 * With DOCUMENT_RENDERS=1 the PDFs and 60 dpi PNGs go to .tmp/renders/.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '@shared/documents/documentModel'
import { documentModelSchema } from '@shared/documents/documentSchema'
import {
  purchaseOrderDocument,
  receiptDocument,
  stockReportDocument,
  stockReportWorkbook,
} from '@shared/procedures/shipping/documents'
import type {
  PurchaseOrderDocumentInput,
  ReceiptDocumentInput,
  StockReportInput,
} from '@shared/procedures/shipping/documents'
import { monthReport } from '@shared/procedures/shipping/stock'
import { createDocumentsService } from '../../../../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../../../../electron/main/services/documents/fontFaces'
import { MARGIN_LEFT, TEXT_WIDTH } from '../../../../electron/main/services/documents/pageGeometry'
import { type TempPorts, createTempPorts } from '../../../harness/tempPorts'
import { blankGlyphs } from '../../../electron/main/services/documents/inkCheck'
import { pageText, renderGray } from '../../../electron/main/services/documents/popplerTools'

const run = promisify(execFile)
const RENDERS = resolve(import.meta.dirname, '../../../../.tmp/renders')
const company = '北京华电智能装备有限公司'
const issuedAt = '2026-10-09T09:30:00+08:00'

const products = [
  ['高压真空断路器', 'ZN63A-12/1250-31.5', '台'],
  ['电流互感器', 'LZZBJ9-10 200/5 0.5S', '只'],
  ['智能电能表', 'DTZY1296 3×220/380V', '块'],
  ['微机综合保护装置', 'PCS-9611D', '套'],
  ['避雷器', 'HY5WZ-17/45', '只'],
] as const

function purchaseOrder(
  lines = 5,
  step: PurchaseOrderDocumentInput['order']['step'] = 'ordered',
): PurchaseOrderDocumentInput {
  return {
    order: {
      number: 'CG-202610-0001',
      step,
      deliveryPlace: '北京市海淀区中关村南大街12号院3号楼配电室',
      recipient: '张建国',
      recipientPhone: '13801234567',
      requestedOn: '2026-10-20',
      note: '设备须附出厂合格证及检验报告。',
      reviewComment: '与合同一致，同意采购。',
      reviewedOn: '2026-10-08',
      reviewedBy: '李会计',
      orderRef: 'ABB-BJ-20261009-017',
      promisedOn: '2026-10-16',
    },
    sourceNumber: 'HT-202609-0012',
    customerName: '北京智诚科技有限公司',
    manufacturerName: '厦门ABB开关有限公司',
    lines: Array.from({ length: lines }, (_, i) => {
      const [name, spec, unit] = products[i % products.length]
      return {
        name,
        spec,
        unit,
        qty: (i % 4) + 1,
        unitFen: 1_280_000 + i * 35_000,
        note: i === 0 ? '含安装附件' : '',
      }
    }),
    company,
    preparedBy: '王小明',
    issuedAt,
  }
}

function receipt(): ReceiptDocumentInput {
  return {
    shipment: {
      number: 'FY-202610-0002',
      source: 'stock',
      shippedOn: '2026-10-09',
      carrier: '顺丰速运',
      trackingNo: 'SF1402837465921',
      deliveryPlace: '北京市海淀区中关村南大街12号院3号楼配电室',
      recipient: '张建国',
      recipientPhone: '13801234567',
    },
    contractNumber: 'HT-202609-0012',
    customerName: '北京智诚科技有限公司',
    lines: [
      {
        name: '高压真空断路器',
        spec: 'ZN63A-12/1250-31.5',
        unit: '台',
        qty: 6,
        serials: Array.from({ length: 6 }, (_, i) => `ZN63A2610${String(i + 1).padStart(4, '0')}`),
      },
      { name: '电流互感器', spec: 'LZZBJ9-10 200/5 0.5S', unit: '只', qty: 4, serials: [] },
      {
        name: '智能电能表',
        spec: 'DTZY1296 3×220/380V',
        unit: '块',
        qty: 2,
        serials: ['DTZY-880071', 'DTZY-880072'],
      },
    ],
    company,
    issuedAt,
  }
}

function stockReport(count = 30, signedOff = true): StockReportInput {
  const names = Array.from({ length: count }, (_, i) => products[i % products.length])
  const movements = names.flatMap((_, i) => [
    { productId: `P${i}`, kind: 'in' as const, date: '2026-09-15', qty: 10 + i },
    { productId: `P${i}`, kind: 'in' as const, date: '2026-10-09', qty: i % 3 },
    { productId: `P${i}`, kind: 'out' as const, date: '2026-10-12', qty: (i % 5) + 1 },
    ...(i % 7 === 0 ? [{ productId: `P${i}`, kind: 'adjust' as const, date: '2026-10-31', qty: -1 }] : []),
  ])
  const rows = monthReport(
    movements,
    '2026-10',
    names.map((_, i) => `P${i}`),
  ).map((r) => {
    const [name, spec, unit] = names[Number(r.productId.slice(1))]
    return { ...r, name, spec, unit }
  })
  return {
    month: '2026-10',
    rows,
    signedOff: signedOff ? { on: '2026-11-02', by: '李会计' } : null,
    company,
    preparedBy: '王小明',
    issuedAt: '2026-11-02T10:00:00+08:00',
  }
}

let temp: TempPorts
let scratch: string
beforeAll(async () => {
  temp = await createTempPorts()
  scratch = await mkdtemp(join(tmpdir(), 'commerce-desk-shipping-docs-'))
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
  await run('pdftoppm', ['-r', '60', '-png', path, join(RENDERS, name)])
}

const documents: [string, () => DocumentModel][] = [
  ['purchase-order', () => purchaseOrderDocument(purchaseOrder())],
  ['purchase-order-draft', () => purchaseOrderDocument(purchaseOrder(3, 'review'))],
  ['purchase-order-40', () => purchaseOrderDocument(purchaseOrder(40))],
  ['receipt', () => receiptDocument(receipt())],
  ['stock-report', () => stockReportDocument(stockReport())],
  ['stock-report-draft', () => stockReportDocument(stockReport(8, false))],
]

describe.each(documents)('%s document', (name, build) => {
  it('passes main’s schema, renders the same bytes twice within 120 KB, and every glyph drawn has ink', async () => {
    const model = build()
    expect(documentModelSchema.safeParse(model).success).toBe(true)
    const a = await service().render(model)
    const b = await service().render(build())
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0)
    expect(a.pdf.length).toBeLessThanOrEqual(120 * 1024)
    await saveRender(name, a.pdf)
    expect(await blankGlyphs(model, await mkdtemp(join(scratch, `${name}-`)))).toEqual([])
  })

  it('ends with the verification line, its hash and a QR code', async () => {
    const { pdf, pages, sha256 } = await service().render(build())
    const path = join(scratch, `${name}.pdf`)
    await writeFile(path, pdf)
    const last = await pageText(path, pages)
    expect(last).toContain('文件校验')
    expect(last.replace(/\s/g, '')).toContain(sha256)
    // The QR code stands at the right margin of the last page: a square of dark modules.
    const images = await renderGray(path, await mkdtemp(join(scratch, `${name}-qr-`)), 72)
    const image = images[pages - 1]
    const x0 = Math.round(MARGIN_LEFT + TEXT_WIDTH - 62)
    let dark = 0
    for (let y = 60; y < image.height - 40; y++)
      for (let x = x0; x < x0 + 62; x++) if (image.pixels[y * image.width + x] < 100) dark++
    expect(dark).toBeGreaterThan(800)
  })
})

describe('what the documents say', () => {
  it('the receipt lists each unit’s serial number and leaves the signature, date and seal blank', async () => {
    const { pdf, pages } = await service().render(receiptDocument(receipt()))
    const path = join(scratch, 'receipt-text.pdf')
    await writeFile(path, pdf)
    const text = (await Promise.all(Array.from({ length: pages }, (_, i) => pageText(path, i + 1)))).join(
      '\n',
    )
    const flat = text.replace(/\s/g, '')
    for (let i = 1; i <= 6; i++) expect(flat).toContain(`ZN63A2610000${i}`)
    expect(flat).toContain('DTZY-880072')
    expect(flat).toContain('收货单位（盖章）')
    expect(flat).not.toContain('（盖章）（盖章）')
    expect(pages).toBe(1)
    expect(flat).toContain('签收人（签字）：')
    expect(flat).toContain('签收日期：年月日')
    expect(flat).toContain('合计3项')
  })

  it('the purchase order is a 草稿 until finance approves it, and totals its lines', () => {
    expect(purchaseOrderDocument(purchaseOrder(3, 'review')).draft).toBe(true)
    expect(purchaseOrderDocument(purchaseOrder(3, 'approved')).draft).toBeUndefined()
    const table = purchaseOrderDocument(purchaseOrder(2)).blocks.find(
      (b) => b.kind === 'table' && b.columns[1].header === '品名',
    )
    expect(table?.kind === 'table' && table.rows.at(-1)).toEqual([
      '',
      '合计 2 项',
      '',
      '',
      '3',
      '',
      '39,100.00',
      '',
    ])
  })

  it('the month report prints opening, in, out, adjustment and closing, and its Excel sheet the same figures', () => {
    const input = stockReport(8)
    const model = stockReportDocument(input)
    const table = model.blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' && table.rows[0]).toEqual([
      '1',
      '高压真空断路器',
      'ZN63A-12/1250-31.5',
      '台',
      '10',
      '0',
      '1',
      '-1',
      '8',
    ])
    const sheet = stockReportWorkbook(input)
    expect(sheet.fileName).toBe('库存月报-2026-10.xlsx')
    expect(sheet.sheets[0].rows[0]).toEqual([
      1,
      '高压真空断路器',
      'ZN63A-12/1250-31.5',
      '台',
      10,
      0,
      1,
      -1,
      8,
    ])
    expect(model.number).toBe('KC-2026-10')
    expect(stockReportDocument(stockReport(8, false)).draft).toBe(true)
  })
})
