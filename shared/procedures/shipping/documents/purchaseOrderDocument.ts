/**
 * 〈设备采购单〉(DOMAIN.md §2.1): what is ordered from one manufacturer for
 * one contract — the lines and quantities, where and to whom it goes, the
 * requested date — with finance's review and the manufacturer's order once
 * known, and the boxes the clerk, finance and the manager sign. It prints as
 * 草稿 until finance has approved it.
 */
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { dateText, yuanCell } from '../../../documents/chineseText'
import type { PurchaseOrderLineRecord, PurchaseOrderRecord, PurchaseOrderStep } from '../records'
import { purchaseOrderStepWords } from '../words'

export type PurchaseOrderDocumentLine = Pick<
  PurchaseOrderLineRecord,
  'name' | 'spec' | 'unit' | 'qty' | 'unitFen' | 'note'
>

export interface PurchaseOrderDocumentInput {
  order: Pick<
    PurchaseOrderRecord,
    | 'number'
    | 'step'
    | 'deliveryPlace'
    | 'recipient'
    | 'recipientPhone'
    | 'requestedOn'
    | 'note'
    | 'reviewComment'
    | 'reviewedOn'
    | 'reviewedBy'
    | 'orderRef'
    | 'promisedOn'
  >
  /** The contract's number, or the phone order's (电话订货 DH-…). */
  sourceNumber: string
  customerName: string
  manufacturerName: string
  lines: readonly PurchaseOrderDocumentLine[]
  company: string
  preparedBy?: string
  issuedAt: string
}

export const PURCHASE_ORDER_TYPE = '设备采购单'

/** Before finance approves, a purchase order is not one to order from. */
const draftSteps: readonly PurchaseOrderStep[] = ['draft', 'review', 'returned', 'voided']

const facts = (rows: string[][]): DocumentBlock => ({
  kind: 'table',
  columns: [
    { header: '项目', width: 1 },
    { header: '内容', width: 4 },
  ],
  rows,
})

export function purchaseOrderDocument(input: PurchaseOrderDocumentInput): DocumentModel {
  const { order } = input
  const total = input.lines.reduce((sum, l) => sum + l.qty * l.unitFen, 0)
  const count = input.lines.reduce((sum, l) => sum + l.qty, 0)
  const blocks: DocumentBlock[] = [
    facts([
      ['合同编号', input.sourceNumber],
      ['客户', input.customerName],
      ['厂家', input.manufacturerName],
      ['交货地点', order.deliveryPlace],
      ['收货人', `${order.recipient}\u3000电话：${order.recipientPhone}`],
      ['要求到货日期', dateText(order.requestedOn)],
      ['状态', purchaseOrderStepWords[order.step]],
      ...(order.note.trim() ? [['备注', order.note.trim()]] : []),
    ]),
    { kind: 'heading', text: '采购明细' },
    {
      kind: 'table',
      columns: [
        { header: '序号', width: 5, align: 'center' },
        { header: '品名', width: 14 },
        { header: '规格型号', width: 12 },
        { header: '单位', width: 5, align: 'center' },
        { header: '数量', width: 6, align: 'right' },
        { header: '单价（元）', width: 10, align: 'right' },
        { header: '金额（元）', width: 11, align: 'right' },
        { header: '备注', width: 9 },
      ],
      rows: [
        ...input.lines.map((l, i) => [
          String(i + 1),
          l.name,
          l.spec,
          l.unit,
          String(l.qty),
          l.unitFen > 0 ? yuanCell(l.unitFen) : '—',
          l.unitFen > 0 ? yuanCell(l.qty * l.unitFen) : '—',
          l.note,
        ]),
        [
          '',
          `合计 ${input.lines.length} 项`,
          '',
          '',
          String(count),
          '',
          total > 0 ? yuanCell(total) : '—',
          '',
        ],
      ],
    },
    { kind: 'heading', text: '财务审核' },
    facts([
      ['审核意见', order.reviewComment || (order.reviewedOn ? '同意' : '')],
      ['审核人', order.reviewedBy],
      ['审核日期', dateText(order.reviewedOn)],
    ]),
  ]
  if (order.orderRef)
    blocks.push(
      { kind: 'heading', text: '厂家订货' },
      facts([
        ['厂家订单号', order.orderRef],
        ['承诺交货日期', dateText(order.promisedOn)],
      ]),
    )
  blocks.push(
    {
      kind: 'paragraph',
      text: '说明：商务部根据《销售合同》填写本采购单，经财务部审核《销售合同》及本采购单后，按本采购单向厂家订货。',
    },
    {
      kind: 'signatures',
      parties: [
        { role: '经办人', name: input.preparedBy ?? '', lines: ['签字：', '日期：　　　　年　　月　　日'] },
        { role: '财务审核', name: '', lines: ['签字：', '日期：　　　　年　　月　　日'] },
        { role: '商务部经理', name: '', lines: ['签字：', '日期：　　　　年　　月　　日'] },
      ],
    },
  )
  return {
    style: 'form',
    type: PURCHASE_ORDER_TYPE,
    number: order.number,
    company: input.company,
    title: PURCHASE_ORDER_TYPE,
    issuedAt: input.issuedAt,
    ...(draftSteps.includes(order.step) ? { draft: true } : {}),
    blocks,
  }
}
