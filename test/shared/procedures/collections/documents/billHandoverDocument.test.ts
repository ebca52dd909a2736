/**
 * 票据交接签收单 printed through the document engine: the model passes
 * main's schema, renders to the same bytes twice within 120 KB on one
 * page, every character it draws leaves ink (poppler), and the paper says
 * what finance signs to — each bill's receipt, customer, kind, number,
 * drawer, acceptor and dates, the total in figures and in 人民币大写, both
 * signature boxes with their dates — with a 30-digit 电子商业汇票 number
 * whole on its line. With DOCUMENT_RENDERS=1 the PDFs and 80 dpi PNGs go
 * to /tmp/invoicing-docs/ (the shared renderer's folder) to be looked at.
 */
import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '@shared/documents/documentModel'
import { documentModelSchema } from '@shared/documents/documentSchema'
import {
  type BillHandoverDocumentInput,
  billHandoverDocument,
} from '@shared/procedures/collections/documents'
import type { BillHandoverStep } from '@shared/procedures/collections/records'
import { documentRenderer } from '../../invoicing/documents/renderer'

const docs = documentRenderer()

const E_BILL = '130158100001120260605123456789'

function slip(step: BillHandoverStep, bills = 3): BillHandoverDocumentInput {
  const signed = step === 'signed'
  const all: BillHandoverDocumentInput['bills'] = [
    {
      number: 'SK-202606-1003',
      customerName: '北京智诚科技有限公司',
      method: 'bankBill',
      billNo: E_BILL,
      drawer: '北京智诚科技有限公司',
      acceptor: '中国工商银行股份有限公司北京中关村支行',
      billIssuedOn: '2026-06-05',
      billDueOn: '2026-12-05',
      amountFen: 125_000_000,
    },
    {
      number: 'SK-202606-1004',
      customerName: '上海浦江电力工程有限公司',
      method: 'cheque',
      billNo: '10203340 00812345',
      drawer: '上海浦江电力工程有限公司',
      acceptor: '',
      billIssuedOn: '2026-06-08',
      billDueOn: '',
      amountFen: 3_748_050,
    },
    {
      number: 'SK-202606-1005',
      customerName: '天津滨海新区供电服务有限公司',
      method: 'commercialBill',
      billNo: '230112000012',
      drawer: '天津滨海新区供电服务有限公司',
      acceptor: '天津滨海新区供电服务有限公司',
      billIssuedOn: '2026-06-01',
      billDueOn: '2026-09-01',
      amountFen: 50_000_000,
    },
  ]
  return {
    slip: {
      number: 'PJ-202606-1002',
      step,
      handedOn: '2026-06-08',
      handedBy: '李晓',
      receivedBy: signed ? '赵财务' : '',
      signedOn: signed ? '2026-06-08' : '',
      signedScanId: '',
      voidReason: step === 'voided' ? '票据号码抄错，重新填写。' : '',
    },
    bills: Array.from({ length: bills }, (_, i) => ({
      ...all[i % all.length],
      number: `SK-202606-${1003 + i}`,
    })),
    company: '北京华电智能装备有限公司',
    issuedAt: '2026-06-08T16:30:00+08:00',
  }
}

const documents: [string, () => DocumentModel, boolean][] = [
  ['bill-handover-draft', () => billHandoverDocument(slip('draft')), true],
  ['bill-handover-signed', () => billHandoverDocument(slip('signed')), true],
  ['bill-handover-voided', () => billHandoverDocument(slip('voided', 1)), true],
  ['bill-handover-40', () => billHandoverDocument(slip('draft', 40)), false],
]

describe.each(documents)('%s', (name, build, onePage) => {
  it('passes main’s schema, renders the same bytes twice within 120 KB, and every glyph drawn has ink', async () => {
    const model = build()
    expect(documentModelSchema.safeParse(model).success).toBe(true)
    const a = await docs.render(model)
    const b = await docs.render(build())
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0)
    if (onePage) {
      expect(a.pages).toBe(1)
      expect(a.pdf.length).toBeLessThanOrEqual(120 * 1024)
    } else expect(a.pages).toBeGreaterThan(1)
    await docs.save(name, a.pdf)
    expect(await docs.blank(model, name)).toEqual([])
  })
})

describe('票据交接签收单', () => {
  it('lists every bill, totals them in figures and 人民币大写, and leaves finance’s box blank until signed', async () => {
    const model = billHandoverDocument(slip('draft'))
    expect(model.type).toBe('票据交接签收单')
    expect(model.number).toBe('PJ-202606-1002')
    // Finance signs this paper: it is not a 草稿.
    expect(model.draft).toBeUndefined()
    const bills = model.blocks.find((b) => b.kind === 'table' && b.columns[0].header === '序号')
    expect(bills?.kind === 'table' && bills.rows[1]).toEqual([
      '2',
      'SK-202606-1004\n上海浦江电力工程有限公司',
      '支票\n10203340 00812345',
      '出票：上海浦江电力工程有限公司\n承兑：—',
      '2026-06-08\n—',
      '37,480.50',
    ])
    expect(bills?.kind === 'table' && bills.rows.at(-1)).toEqual([
      '',
      '合计 3 张',
      '',
      '',
      '',
      '1,787,480.50',
    ])
    const { text, raw } = await docs.text(model, 'bill-handover-draft-text')
    for (const words of [
      '票据交接签收单',
      '编号：PJ-202606-1002',
      '交接日期交出人（销售内勤）票据张数状态',
      '2026年6月8日李晓3张待财务签收',
      '银行承兑汇票',
      '商业承兑汇票',
      '中国工商银行股份有限公司北京中关村支行',
      '2026-12-05',
      '票据金额合计（大写）：人民币壹佰柒拾捌万柒仟肆佰捌拾元零伍角整（小写）¥1,787,480.50',
      '「对于收到的支票、承兑汇票、银行汇票销售内勤要在当日将相关票据交财务部签收」',
      '交出人（销售内勤）签收人（财务部）',
      '交出以上票据3张',
      '确认收到以上票据3张，金额合计¥1,787,480.50',
      '日期：2026年6月8日',
    ])
      expect(text).toContain(words)
    // The 30-digit number and the largest amount each whole on their line.
    expect(raw).toContain(E_BILL)
    expect(raw).toContain('1,250,000.00')
    expect(text).not.toContain('草稿')
    expect(text).not.toContain('赵财务')
    const signatures = model.blocks.at(-1)
    expect(signatures?.kind === 'table' && signatures.rows[0]).toEqual([
      '交出以上票据 3 张\n交出人：李晓\n签字：\n\n日期：2026年6月8日',
      '确认收到以上票据 3 张，金额合计 ¥1,787,480.50\n签收人：\n签字：\n\n日期：　　　　年　　月　　日',
    ])
  })

  it('names finance’s signer and day once signed, in the app or on paper, and a voided slip its reason', async () => {
    const signed = await docs.text(billHandoverDocument(slip('signed')), 'bill-handover-signed-text')
    expect(signed.text).toContain('财务已签收')
    expect(signed.text).toContain('签收人：赵财务（已在系统中签收）')
    const paper = slip('signed')
    paper.slip = { ...paper.slip, signedScanId: 'A-1', signedOn: '2026-06-09' }
    const box = billHandoverDocument(paper).blocks.at(-1)
    expect(box?.kind === 'table' && box.rows[0][1]).toBe(
      '确认收到以上票据 3 张，金额合计 ¥1,787,480.50\n签收人：赵财务（纸面签收，扫描件存档）\n签字：\n\n日期：2026年6月9日',
    )
    const voided = await docs.text(billHandoverDocument(slip('voided', 1)), 'bill-handover-voided-text')
    expect(voided.text).toContain('已作废')
    expect(voided.text).toContain('作废原因：票据号码抄错，重新填写。')
    expect(voided.text).toContain('人民币壹佰贰拾伍万元整')
  })

  it('runs forty bills onto further pages with the header repeated and the total at the end', async () => {
    const { raw, text } = await docs.text(billHandoverDocument(slip('draft', 40)), 'bill-handover-40-text')
    expect(raw.match(/出票日期/g)?.length).toBeGreaterThan(1)
    expect(raw).toContain('SK-202606-1042')
    expect(text).toContain('合计40张')
  })
})
