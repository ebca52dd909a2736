/**
 * 报价单: what the sales rep hands the customer — who quotes to whom, the
 * priced lines with their 合计 in figures and words, how long the price
 * holds, delivery and payment terms, signed and sealed by the seller.
 */
import type { QuotationRecord } from '../records'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { dateText, sentence } from '../../../documents/chineseText'
import type { DocumentParty } from './documentParties'
import { type DocumentLine, linesTable, totalsParagraph } from './tradeLines'

export interface QuotationDocumentInput {
  quotation: Pick<
    QuotationRecord,
    'number' | 'quotedOn' | 'validUntil' | 'deliveryTerms' | 'paymentTerms' | 'note' | 'status'
  >
  lines: readonly DocumentLine[]
  /** The company quoting (CompanyProfile). */
  seller: DocumentParty
  customer: DocumentParty
  /** The customer's contact the quotation is addressed to, '' when none. */
  attention?: string
  /** Who prepared it (经办人), printed by the seal. */
  preparedBy?: string
  /** ISO date-time the document is issued; it stands in the PDF, never the clock. */
  issuedAt: string
}

export const QUOTATION_TYPE = '报价单'

export function quotationDocument(input: QuotationDocumentInput): DocumentModel {
  const { quotation: q, seller, customer } = input
  const joined = (...items: string[]) => items.filter(Boolean).join('　　')
  const labelled = (label: string, value: string | undefined) =>
    value?.trim() ? `${label}：${value.trim()}` : ''
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text: [
        `致：${customer.name}`,
        joined(labelled('联系人', input.attention), labelled('电话', customer.phone)),
        joined(
          `报价单号：${q.number}`,
          `报价日期：${dateText(q.quotedOn)}`,
          `有效期至：${dateText(q.validUntil)}`,
        ),
      ]
        .filter(Boolean)
        .join('\n'),
    },
    {
      kind: 'paragraph',
      indent: true,
      text: '感谢贵单位的垂询，现将我公司产品报价如下，敬请审阅：',
    },
    linesTable(input.lines, true),
    { kind: 'paragraph', text: totalsParagraph(input.lines, '报价总额（含税）') },
    { kind: 'heading', text: '报价说明' },
  ]
  const terms: [string, string][] = [
    ['有效期', `本报价自报价日期起至${dateText(q.validUntil)}止有效，逾期请重新询价。`],
    ['交货条件', sentence(q.deliveryTerms) || '双方另行商定。'],
    ['付款方式', sentence(q.paymentTerms) || '双方另行商定。'],
    ['价格说明', '以上单价均为含税价，可开具增值税专用发票。'],
  ]
  if (sentence(q.note)) terms.push(['备注', sentence(q.note)])
  terms.forEach(([title, text], i) =>
    blocks.push({ kind: 'clause', number: `${i + 1}.`, text: `${title}：${text}` }),
  )
  // The seller's details stand under its seal, where the customer looks for whom to call.
  const sellerLines = [labelled('地址', seller.address), labelled('电话', seller.phone)].filter(Boolean)
  blocks.push({
    kind: 'signatures',
    parties: [
      {
        role: '报价单位',
        name: seller.name,
        lines: [...sellerLines, `经办人：${input.preparedBy?.trim() ?? ''}`, `日期：${dateText(q.quotedOn)}`],
      },
    ],
  })
  return {
    style: 'form',
    type: QUOTATION_TYPE,
    number: q.number,
    company: seller.name,
    title: '报价单',
    issuedAt: input.issuedAt,
    // Not issued yet: the customer must not take it for the company's offer.
    ...(q.status === 'draft' ? { draft: true } : {}),
    blocks,
  }
}
