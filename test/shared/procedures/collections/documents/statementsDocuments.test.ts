/**
 * 对账单 with its 回执, 对账结果报告, 应收账款账龄分析 and 往来账月末核对表
 * through the document engine: each model passes main's schema, renders to
 * the same bytes twice, a one-page document stays within 120 KB, every
 * character drawn leaves ink, and the text says what the procedure needs —
 * the closing balance in 人民币大写, the 回执 with 相符 / 不符, the difference
 * and the boxes to sign and seal; the report's rows and acknowledgements;
 * every figure whole on its line. With DOCUMENT_RENDERS=1 the PDFs and 80
 * dpi PNGs go to /tmp/invoicing-docs/ to be looked at.
 */
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '@shared/documents/documentModel'
import { documentModelSchema } from '@shared/documents/documentSchema'
import {
  agingDocument,
  agingWorkbook,
  monthCloseDocument,
  statementDocument,
  statementReportDocument,
  statementReportWorkbook,
} from '@shared/procedures/collections/documents'
import { documentRenderer } from '../../invoicing/documents/renderer'
import { aging, monthClose, report, statement } from './statementsFixtures'

const docs = documentRenderer()

const documents: [string, () => DocumentModel, number][] = [
  ['statement', () => statementDocument(statement()), 1],
  ['statement-empty', () => statementDocument(statement(0)), 1],
  ['statement-60', () => statementDocument(statement(60)), 0],
  ['statement-report', () => statementReportDocument(report()), 1],
  ['statement-report-draft', () => statementReportDocument(report(40, false)), 0],
  ['aging', () => agingDocument(aging()), 1],
  ['aging-40', () => agingDocument(aging(40)), 0],
  ['month-close', () => monthCloseDocument(monthClose()), 1],
  ['month-close-draft', () => monthCloseDocument(monthClose('toSignOff')), 1],
]

describe.each(documents)('%s document', (name, build, onePage) => {
  it('passes main’s schema, renders the same bytes twice within 120 KB, and every glyph drawn has ink', async () => {
    const model = build()
    expect(documentModelSchema.safeParse(model).success).toBe(true)
    const a = await docs.render(model)
    const b = await docs.render(build())
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0)
    await docs.save(name, a.pdf)
    if (onePage) {
      expect(a.pages).toBe(1)
      expect(a.pdf.length).toBeLessThanOrEqual(120 * 1024)
    } else expect(a.pages).toBeGreaterThan(1)
    expect(await docs.blank(model, name)).toEqual([])
  })
})

describe('对账单', () => {
  it('prints the figures, the closing balance in 人民币大写, the period’s lines by date and the 回执 to sign and return', async () => {
    const model = statementDocument(statement())
    expect(model.number).toBe('DZ-2026H1-0001')
    expect(model.draft).toBeUndefined()
    const { text, raw } = await docs.text(model, 'statement-text')
    for (const words of [
      '往来账对账单',
      '致：北京智诚科技有限公司',
      '2026年1月1日至2026年6月30日',
      '期初余额本期合同本期开票本期回款期末余额¥30,000.00¥204,000.00¥204,000.00¥150,000.00¥84,000.00',
      '截至2026年6月30日期末余额（大写）：人民币捌万肆仟元整（小写）¥84,000.00',
      '1 2026-03-12合同HT-202603-0012'.replace(/\s/g, ''),
      '2026-04-02发票310026113004512345增值税专用发票204,000.00',
      '2026-05-20回款SK-202605-0003银行承兑汇票150,000.00',
      '对账单位（盖章）经办人制表日期北京恒信电气设备有限公司李晓2026年7月2日',
      '沿此线剪下，回执签字盖章后寄回',
      '回执（对账单号DZ-2026H1-0001）',
      '贵公司列示我公司期末余额¥84,000.00，经核对：',
      '□相符□不符',
      '差异金额（我公司账面−贵公司列示）',
      '差异说明',
      '客户（盖章）经办人签字日期北京智诚科技有限公司',
    ])
      expect(text).toContain(words)
    expect(raw).toContain('204,000.00')
  })

  it('says a negative balance is money the customer paid ahead, and an empty period says so', async () => {
    const ahead = statement()
    ahead.statement = { ...ahead.statement, closingFen: -120_050 }
    const para = statementDocument(ahead).blocks.find(
      (b) => b.kind === 'paragraph' && b.text.includes('大写'),
    )
    expect(para?.kind === 'paragraph' && para.text).toContain('人民币壹仟贰佰元零伍角整（贵公司多付 / 预付）')
    const { text } = await docs.text(statementDocument(statement(0)), 'statement-empty-text')
    expect(text).toContain('本期无合同、开票和回款')
  })
})

describe('对账结果报告', () => {
  it('lists differences first with the answer and why, sums the period and shows who acknowledged', async () => {
    const model = statementReportDocument(report())
    expect(model.title).toBe('客户对账结果报告（2026年上半年）')
    expect(model.draft).toBeUndefined()
    const table = model.blocks.find((b) => b.kind === 'table')
    const rows = table?.kind === 'table' ? table.rows : []
    expect(rows.map((r) => r[3])).toEqual([
      '有差异\n不符',
      '差异已处理\n不符',
      '已确认相符\n相符',
      '已发出\n未回',
    ])
    expect(rows[0][4]).toBe('-2,500.00')
    const { text } = await docs.text(model, 'statement-report-text')
    expect(text).toContain(
      '本期对账单4份，期末余额合计¥100,000.00；确认相符1份，有差异1份，差异已处理1份，未收回执1份',
    )
    expect(text).toContain('对账期间：2026年1月1日至2026年6月30日')
    expect(text).toContain('已在系统中确认：陈经理')
    expect(text).toContain('对账情况说明：大部分客户已确认相符，差异为在途汇票')
    expect(statementReportDocument(report(4, false)).draft).toBe(true)
  })

  it('writes the same rows as an Excel sheet, money as fen', () => {
    const book = statementReportWorkbook(report())
    expect(book.fileName).toBe('对账结果报告-2026-H1.xlsx')
    const sheet = book.sheets[0]
    expect(sheet.columns.map((c) => c.header)).toContain('差异说明')
    expect(sheet.rows[0]).toEqual([
      1,
      '天津滨海新区供电服务有限公司',
      'DZ-2026H1-0002',
      2_000_000,
      '有差异',
      '2026-07-01',
      '不符',
      -250_000,
      '客户未计 6 月 28 日在途汇票',
      '',
    ])
  })
})

describe('应收账款账龄分析', () => {
  it('prints each bucket by customer and by sales rep, largest first, each figure whole on its line', async () => {
    const input = aging()
    const model = agingDocument(input)
    const { text, raw } = await docs.text(model, 'aging-text')
    expect(text).toContain('按客户（单位：元）客户未到期0–30天31–60天61–90天90天以上合计')
    expect(text).toContain('按业务员（单位：元）')
    expect(text).toContain('未指定')
    // Each figure whole on its line: the largest customer's, and the totals.
    const words = raw.split(/\s+/)
    for (const figure of ['1,234,567.91', '987,654.32', '2,267,222.23', '6,744,666.66'])
      expect(words).toContain(figure)
    const book = agingWorkbook(input)
    expect(book.sheets.map((s) => s.name)).toEqual(['按客户', '按业务员'])
    expect(book.sheets[0].rows[0]).toEqual([
      '天津滨海新区供电服务有限公司',
      123_456_791,
      4_000_000,
      500_000,
      0,
      98_765_432,
      226_722_223,
    ])
  })

  it('prints in 万元 when the company is owed ten million yuan or more, and the Excel keeps every fen', async () => {
    const input = aging(40)
    const { text, raw } = await docs.text(agingDocument(input), 'aging-40-text')
    expect(text).toContain('按客户（单位：万元）')
    expect(raw.split(/\s+/)).toContain('123.46')
    expect(agingWorkbook(input).sheets[0].rows[0][1]).toBe(123_456_789 + 39)
  })
})

describe('往来账月末核对表', () => {
  it('prints the agreed figures in 人民币大写, what payables count, and is a 草稿 until finance signs it off', async () => {
    const { text } = await docs.text(monthCloseDocument(monthClose()), 'month-close-text')
    expect(text).toContain('应收账款84,000.00人民币捌万肆仟元整')
    expect(text).toContain('应付账款52,300.00人民币伍万贰仟叁佰元整')
    expect(text).toContain('系统计算¥55,000.00，差额-¥2,700.00')
    expect(text).toContain('未扣除已付款项')
    expect(text).toContain('赵财务')
    expect(monthCloseDocument(monthClose()).draft).toBeUndefined()
    expect(monthCloseDocument(monthClose('toSignOff')).draft).toBe(true)
  })
})
