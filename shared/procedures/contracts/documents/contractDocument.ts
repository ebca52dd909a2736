/**
 * 销售合同: the parties, then the articles — 第一条 products and prices (the
 * lines table and the total in words), 第二条 delivery, 第三条 payment by
 * milestones, 第四条 warranty (with the library's clause on it, if any) — then
 * the contract's own clauses from 第五条 on, and the signature boxes of both
 * parties. A contract changed by agreements says which version it is and by
 * which agreement; one whose text is not yet approved prints as a 草稿.
 */
import type { ContractClause, ContractRecord, ContractStep } from '../records'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { articleNumber, clauseText, dateText, itemNumber, sentence } from '../../../documents/chineseText'
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
    | 'number'
    | 'title'
    | 'signPlace'
    | 'signedOn'
    | 'deliveryTerms'
    | 'deliveryDueOn'
    | 'warranty'
    | 'step'
    | 'version'
  > & { clauses: readonly ContractClause[] }
  /** From version 2 on: the signed change agreement that made this version. */
  changedBy?: { number: string; signedOn: string }
  lines: readonly DocumentLine[]
  milestones: readonly DocumentMilestone[]
  /** Our company (CompanyProfile): the seller. */
  seller: DocumentParty
  customer: DocumentParty
  partyNames: PartyNames
  issuedAt: string
}

export const CONTRACT_TYPE = '销售合同'

/**
 * Steps whose printout is a 草稿: the text is not yet approved, so nobody
 * should sign it. 待签订 prints clean on purpose: its text is approved and
 * that printout is the copy both parties sign and seal (签订日期 left blank
 * for the hand), so a 草稿 mark there would stand on the signed original.
 * A contract voided before signing was never anything but a draft.
 */
const DRAFT_STEPS: ReadonlySet<ContractStep> = new Set(['draft', 'legalReview', 'approval', 'voided'])

function contractIsDraft(contract: Pick<ContractRecord, 'step' | 'signedOn'>): boolean {
  return DRAFT_STEPS.has(contract.step) && !contract.signedOn
}

/** 第2版，依据变更协议HT-202612-0001-BG1（2026年12月5日签订） */
function versionText(version: number, changedBy: { number: string; signedOn: string } | undefined): string {
  const basis = changedBy
    ? `，依据变更协议${changedBy.number}${changedBy.signedOn ? `（${dateText(changedBy.signedOn)}签订）` : ''}`
    : ''
  return `第${version}版${basis}`
}

/**
 * Clause titles that name the warranty article the 质保 field prints (第四条).
 * Compared without spaces and punctuation.
 */
const WARRANTY_TITLES = new Set([
  '质量保证',
  '质保',
  '质保期',
  '质量保证期',
  '质保条款',
  '保修',
  '保修期',
  '质量保修',
])

function isWarrantyClause(clause: ContractClause): boolean {
  return WARRANTY_TITLES.has(clause.title.replace(/[\s\p{P}]/gu, ''))
}

/**
 * 第四条 质量保证: the 质保 field (this deal's warranty period and terms)
 * and any library clause of the same subject, as one article. A lawyer
 * expects one article per subject: two articles both titled 质量保证 leave
 * open which one governs, and the library's text (质保期内…) relies on the
 * period the field sets, so they are read together — the field first,
 * then the standard terms, as items （一）（二）.
 */
function warrantyArticle(warranty: string, clauses: readonly ContractClause[]): string {
  const parts = [
    sentence(warranty) || '按国家标准及生产厂家的质保规定执行。',
    ...clauses.map((c) => sentence(c.text)),
  ].filter(Boolean)
  if (parts.length === 1) return `质量保证：${parts[0]}`
  return ['质量保证：', ...parts.map((p, i) => `${itemNumber(i + 1)}${p}`)].join('\n')
}

export function contractDocument(input: ContractDocumentInput): DocumentModel {
  const { contract: c, seller, customer } = input
  const roles = partyRoles(input.partyNames)
  const parties = orderedParties(input.partyNames, customer, seller)
  const totals = totalsOf(input.lines)
  const title = clauseText(c.title)
  const version = c.version > 1 ? c.version : undefined
  const warrantyClauses = c.clauses.filter(isWarrantyClause)
  const otherClauses = c.clauses.filter((clause) => !isWarrantyClause(clause))
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text:
        `合同编号：${c.number}\n` +
        (version ? `合同版本：${versionText(version, input.changedBy)}\n` : '') +
        (title ? `项目名称：${title}\n` : '') +
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
        `交货：${sentence(c.deliveryTerms) || '交货地点、方式由双方另行书面确认。'}` +
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
    { kind: 'clause', number: articleNumber(4), text: warrantyArticle(c.warranty, warrantyClauses) },
  ]
  otherClauses.forEach((clause, i) => {
    const title = clauseText(clause.title)
    const text = sentence(clause.text)
    blocks.push({ kind: 'clause', number: articleNumber(5 + i), text: title ? `${title}：${text}` : text })
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
    ...(version ? { version } : {}),
    ...(contractIsDraft(c) ? { draft: true } : {}),
    blocks,
  }
}
