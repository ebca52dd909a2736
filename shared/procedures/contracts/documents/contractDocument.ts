/**
 * 销售合同: the parties, then the articles — 第一条 products and prices (the
 * lines table and the total in words), 第二条 delivery, 第三条 payment by
 * milestones, 第四条 warranty — then the contract's own clauses from 第五条 on,
 * and the signature boxes of both parties.
 */
import type { ContractClause, ContractRecord } from '../records'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { articleNumber, dateText } from '../../../documents/chineseText'
import {
  type DocumentParty,
  type PartyNames,
  contractSignature,
  orderedParties,
  partyParagraph,
  partyRoles,
} from './documentParties'
import { type DocumentMilestone, milestoneLines } from './paymentMilestones'
import { type DocumentLine, linesTable, totalsOf, totalsParagraph } from './tradeLines'

export interface ContractDocumentInput {
  contract: Pick<
    ContractRecord,
    'number' | 'title' | 'signPlace' | 'signedOn' | 'deliveryTerms' | 'deliveryDueOn' | 'warranty'
  > & { clauses: readonly ContractClause[] }
  lines: readonly DocumentLine[]
  milestones: readonly DocumentMilestone[]
  /** Our company (CompanyProfile): the seller. */
  seller: DocumentParty
  customer: DocumentParty
  partyNames: PartyNames
  issuedAt: string
}

export const CONTRACT_TYPE = '销售合同'

export function contractDocument(input: ContractDocumentInput): DocumentModel {
  const { contract: c, seller, customer } = input
  const roles = partyRoles(input.partyNames)
  const parties = orderedParties(input.partyNames, customer, seller)
  const totals = totalsOf(input.lines)
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text:
        `合同编号：${c.number}\n` +
        (c.title.trim() ? `项目名称：${c.title.trim()}\n` : '') +
        `签订地点：${c.signPlace.trim() || '　'.repeat(8)}\n签订日期：${dateText(c.signedOn)}`,
    },
    ...parties.map((p): DocumentBlock => ({ kind: 'paragraph', text: partyParagraph(p.role, p.party) })),
    {
      kind: 'paragraph',
      indent: true,
      text:
        `根据《中华人民共和国民法典》及有关法律法规的规定，${roles.buyer}（买方）与${roles.seller}（卖方）` +
        `本着平等自愿、诚实信用的原则，经友好协商，就${roles.buyer}向${roles.seller}购买下列产品事宜达成一致，` +
        '订立本合同，以资共同遵守。',
    },
    { kind: 'clause', number: articleNumber(1), text: '产品名称、规格型号、数量及价格：' },
    linesTable(input.lines, true),
    { kind: 'paragraph', text: totalsParagraph(input.lines, '合同总金额（含税）') },
    {
      kind: 'clause',
      number: articleNumber(2),
      text:
        `交货：${c.deliveryTerms.trim() || '交货地点、方式由双方另行书面确认。'}` +
        (c.deliveryDueOn ? `\n交货期限：${roles.seller}应于${dateText(c.deliveryDueOn)}前交货。` : ''),
    },
    {
      kind: 'clause',
      number: articleNumber(3),
      text: [
        `付款方式：${roles.buyer}按下列约定向${roles.seller}支付合同价款：`,
        ...milestoneLines(input.milestones, totals.totalFen),
      ].join('\n'),
    },
    {
      kind: 'clause',
      number: articleNumber(4),
      text: `质量保证：${c.warranty.trim() || '按国家标准及生产厂家的质保规定执行。'}`,
    },
  ]
  c.clauses.forEach((clause, i) => {
    const title = clause.title.trim()
    blocks.push({
      kind: 'clause',
      number: articleNumber(5 + i),
      text: title ? `${title}：${clause.text.trim()}` : clause.text.trim(),
    })
  })
  blocks.push(
    // Nothing can be added between the last article and the signatures, even across a page break.
    { kind: 'paragraph', text: '（以下无正文）' },
    { kind: 'signatures', parties: parties.map((p) => contractSignature(p.role, p.party, c.signPlace)) },
  )
  return {
    style: 'contract',
    type: CONTRACT_TYPE,
    number: c.number,
    company: seller.name,
    title: '销售合同',
    issuedAt: input.issuedAt,
    blocks,
  }
}
