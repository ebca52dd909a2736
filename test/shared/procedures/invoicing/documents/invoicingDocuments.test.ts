/**
 * 开票申请单 and 发票登记簿 printed through the document engine: each model
 * passes main's schema, renders to the same bytes twice, every character it
 * draws leaves ink (poppler), and the text says what the procedure needs —
 * the amount in 人民币大写, 草稿 until finance approves, the register's
 * totals, every figure whole on its line. With DOCUMENT_RENDERS=1 the PDFs
 * and 80 dpi PNGs go to /tmp/invoicing-docs/ to be looked at.
 */
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '@shared/documents/documentModel'
import { documentModelSchema } from '@shared/documents/documentSchema'
import {
  type InvoiceRegisterInput,
  invoiceApplicationDocument,
  invoiceRegisterDocument,
  invoiceRegisterWorkbook,
} from '@shared/procedures/invoicing/documents'
import { application, register } from './fixtures'
import { documentRenderer } from './renderer'

const docs = documentRenderer()

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
    const a = await docs.render(model)
    const b = await docs.render(build())
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0)
    if (onePage) {
      expect(a.pages).toBe(1)
      expect(a.pdf.length).toBeLessThanOrEqual(120 * 1024)
    }
    await docs.save(name, a.pdf)
    expect(await docs.blank(model, name)).toEqual([])
  })
})

describe('开票申请单', () => {
  it('prints the buyer, the lines split into net and tax, the amount in 人民币大写 and the contract’s figures', async () => {
    const model = invoiceApplicationDocument(application('confirmed'))
    // A row's cells as printed, by the header of one of its fields.
    const row = (header: string) =>
      model.blocks.flatMap((b) =>
        b.kind === 'table' && b.columns.some((c) => c.header === header) ? [b.rows[0]] : [],
      )[0]
    expect(row('合同名称')).toEqual([
      'HT-202605-0012',
      '10kV配电室改造设备采购合同',
      '北京智诚科技有限公司',
      '增值税专用发票',
      '王小明\n2026年6月2日',
      '客户已确认',
    ])
    expect(row('纳税人识别号')).toEqual([
      '北京智诚科技有限公司',
      '91110108MA01ABCD2X',
      '北京市海淀区中关村南大街12号 010-62345678',
      '中国工商银行北京中关村支行 0200004509200123456',
    ])
    const lines = model.blocks.find((b) => b.kind === 'table' && b.columns[1].header === '品名')
    expect(lines?.kind === 'table' && lines.rows.at(-1)).toEqual([
      '',
      '合计 3 项',
      '',
      '',
      '9',
      '',
      '37,480.50',
      '33,354.46',
      '4,126.04',
    ])
    const { text, raw } = await docs.text(model, 'application-text')
    for (const words of [
      '开票申请单',
      '编号：KP-202606-0007',
      '序号品名规格型号单位数量税率金额（含税）不含税金额税额',
      '合计3项937,480.5033,354.464,126.04',
      '开票金额（大写）：人民币叁万柒仟肆佰捌拾元零伍角整（小写）¥37,480.50',
      '合同金额已开票（不含本次）本次申请申请后未开票¥120,000.00¥50,000.00¥37,480.50¥32,519.50',
      '发票代码发票号码开票日期金额（含税）税额011002300111045123882026年6月5日¥37,480.50¥4,126.04',
      '「填写开票申请单→财务部审核开票→交客户发票并确认」',
      '申请人财务审核商务部经理',
      '确认以上开票金额无误',
      '意见：与合同一致，同意开票。',
      '审核人：李会计',
      '日期：2026年6月3日',
    ])
      expect(text).toContain(words)
    // Each rate and figure whole on its line, not cut at the column's edge.
    expect(raw.match(/ 13% /g)).toHaveLength(2)
    expect(raw).toContain('91110108MA01ABCD2X')
    expect(text).not.toContain('草稿')
  })

  it('is a 草稿 until finance approves it, and prints no invoice before one is issued', async () => {
    for (const step of ['draft', 'review', 'returned', 'approval', 'voided'] as const)
      expect(invoiceApplicationDocument(application(step)).draft).toBe(true)
    for (const step of ['toIssue', 'issued', 'delivered', 'confirmed'] as const)
      expect(invoiceApplicationDocument(application(step)).draft).toBeUndefined()
    const { text } = await docs.text(
      invoiceApplicationDocument(application('review')),
      'application-draft-text',
    )
    // The running header says it on the page, beside the number.
    expect(text).toContain('草稿编号：KP-202606-0007')
    expect(text).not.toContain('发票号码')
    expect(text).toContain('人民币叁万柒仟肆佰捌拾元零伍角整')
    expect(text).toContain('待财务审核')
    expect(text).not.toContain('李会计')
    // Sent back, then submitted again: the last round's return is not this round's review.
    const again = application('review')
    again.invoice = {
      ...again.invoice,
      reviewComment: '税号有误',
      reviewedOn: '2026-06-03',
      reviewedBy: '李会计',
    }
    const box = (model: DocumentModel) =>
      model.blocks.flatMap((b) =>
        b.kind === 'table' && b.columns[1]?.header === '财务审核' ? [b.rows[0][1]] : [],
      )
    expect(box(invoiceApplicationDocument(again))).toEqual([
      '意见：\n审核人：\n签字：\n\n日期：　　　　年　　月　　日',
    ])
    expect(
      box(invoiceApplicationDocument({ ...again, invoice: { ...again.invoice, step: 'returned' } })),
    ).toEqual(['意见：退回，税号有误\n审核人：李会计\n签字：\n\n日期：2026年6月3日'])
  })

  it('says what goes over the contract’s open amount needs leadership', () => {
    const model = invoiceApplicationDocument(application('approval', 10_000_000))
    const table = model.blocks.find((b) => b.kind === 'table' && b.columns[0].header === '合同金额')
    expect(table?.kind === 'table' && table.rows).toEqual([
      [
        '¥120,000.00',
        '¥100,000.00',
        '¥37,480.50',
        '-¥17,480.50（超出合同未开票金额 ¥17,480.50，须经公司领导审批）',
      ],
    ])
    const pending = invoiceApplicationDocument({ ...application('review'), pendingFen: 2_000_000 })
    const withPending = pending.blocks.find((b) => b.kind === 'table' && b.columns[0].header === '合同金额')
    expect(withPending?.kind === 'table' && withPending.columns.map((c) => c.header)).toEqual([
      '合同金额',
      '已开票（不含本次）',
      '其他待开具申请',
      '本次申请',
      '申请后未开票',
    ])
    expect(withPending?.kind === 'table' && withPending.rows[0][4]).toBe('¥12,519.50')
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
      '电子交付 2026-06-18\n客户未确认',
    ])
    expect(rows.at(-1)).toEqual(['', '合计 4 张', '', '2,501,809.40', '287,632.90', ''])
    const { text } = await docs.text(model, 'register-text')
    expect(text).toContain('本期开具发票4张，金额（含税）合计¥2,501,809.40，其中税额¥287,632.90')
    expect(text).toContain('已交付3张，其中客户已确认2张；未交付1张')
    expect(text).toContain('SF1402837465921')
    expect(text).toContain('确认：张建国')
    expect(text).toContain('「对送给用户的发票……要登记鉴收」')
    expect(text).not.toContain('04519999') // issued in July
    expect(text).not.toContain('草稿')
  })

  it('keeps every figure whole on one line, the 20-digit 数电票 number and the totals of forty invoices too', async () => {
    const { raw } = await docs.text(invoiceRegisterDocument(register(40)), 'register-40-text')
    expect(raw).toContain('26112000000012300004')
    expect(raw).toContain('SF1402837465921')
    expect(raw).toMatch(/合计 40 张\s+25,018,094\.00\s+2,876,329\.00/)
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
