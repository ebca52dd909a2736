/**
 * 《设备签收单》(DOMAIN.md §2.5): printed before delivery and signed by the
 * customer on receipt — the goods of one shipment, their quantities and
 * serial numbers, and blank boxes for the signature, the date and the
 * seal. Its signed scan is the shipment's 收货凭证.
 */
import type { DocumentModel } from '../../../documents/documentModel'
import { dateText } from '../../../documents/chineseText'
import type { ShipmentLineRecord, ShipmentRecord } from '../records'
import { shipmentSourceWords } from '../words'

export type ReceiptLine = Pick<ShipmentLineRecord, 'name' | 'spec' | 'unit' | 'qty' | 'serials'>

export interface ReceiptDocumentInput {
  shipment: Pick<
    ShipmentRecord,
    | 'number'
    | 'source'
    | 'shippedOn'
    | 'carrier'
    | 'trackingNo'
    | 'deliveryPlace'
    | 'recipient'
    | 'recipientPhone'
  >
  contractNumber: string
  customerName: string
  lines: readonly ReceiptLine[]
  company: string
  issuedAt: string
}

export const RECEIPT_TYPE = '设备签收单'

const BLANK_DATE = '签收日期：　　　　年　　月　　日'

export function receiptDocument(input: ReceiptDocumentInput): DocumentModel {
  const { shipment: s } = input
  const count = input.lines.reduce((sum, l) => sum + l.qty, 0)
  return {
    style: 'form',
    type: RECEIPT_TYPE,
    number: s.number,
    company: input.company,
    title: RECEIPT_TYPE,
    issuedAt: input.issuedAt,
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: '项目', width: 1 },
          { header: '内容', width: 4 },
        ],
        rows: [
          ['合同编号', input.contractNumber],
          ['收货单位', input.customerName],
          ['收货地点及收货人', `${s.deliveryPlace}\u3000${s.recipient}\u3000${s.recipientPhone}`],
          ['发货', [dateText(s.shippedOn), shipmentSourceWords[s.source]].join('\u3000')],
          [
            '承运单位及运单号',
            [s.carrier, s.trackingNo].filter((t) => t.trim() !== '').join('\u3000') || '—',
          ],
        ],
      },
      { kind: 'heading', text: '设备明细' },
      {
        kind: 'table',
        columns: [
          { header: '序号', width: 4, align: 'center' },
          { header: '品名', width: 13 },
          { header: '规格型号', width: 12 },
          { header: '单位', width: 5, align: 'center' },
          { header: '数量', width: 5, align: 'right' },
          { header: '序列号', width: 21 },
        ],
        rows: [
          ...input.lines.map((l, i) => [
            String(i + 1),
            l.name,
            l.spec,
            l.unit,
            String(l.qty),
            l.serials.length > 0 ? l.serials.join('、') : '—',
          ]),
          ['', `合计 ${input.lines.length} 项`, '', '', String(count), ''],
        ],
      },
      {
        kind: 'paragraph',
        text: '收货确认：以上设备已如数收到，型号、规格、数量及序列号与本单相符。',
      },
      {
        kind: 'signatures',
        parties: [
          {
            role: '收货单位',
            name: input.customerName,
            lines: ['签收人（签字）：', BLANK_DATE],
          },
          {
            role: '发货单位',
            name: input.company,
            lines: ['经办人（签字）：', '日期：　　　　年　　月　　日'],
          },
        ],
      },
    ],
  }
}
