/**
 * 变更协议 (补充协议): names the contract and the version it makes, why,
 * which lines are added, removed or changed (old → new quantity and price),
 * the total before and after with the difference in words, the effect on the
 * schedule, the new payment milestones, and that every other term stands.
 */
import type { ChangeStep, ContractChangeRecord, ContractRecord } from '../records'
import { amountInWords, formatFen } from '../../../kernel/money'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import {
  articleNumber,
  clauseText,
  dateText,
  discountText,
  sentence,
  signedFen,
  yuanCell,
} from '../../../documents/chineseText'
import {
  type DocumentParty,
  type PartyNames,
  contractSignature,
  orderedParties,
  partyRoles,
} from './documentParties'
import { type LineChange, amountChangeFen, lineDifferences } from './lineDifferences'
import { type DocumentMilestone, milestoneLines } from './paymentMilestones'
import { type DocumentLine, amountSentence, totalsOf } from './tradeLines'

export interface ChangeAgreementInput {
  change: Pick<ContractChangeRecord, 'number' | 'version' | 'reason' | 'scheduleEffect' | 'step' | 'signedOn'>
  contract: Pick<ContractRecord, 'number' | 'title' | 'signedOn' | 'signPlace'>
  /** The lines of the version being changed and of the new one. */
  linesBefore: readonly DocumentLine[]
  linesAfter: readonly DocumentLine[]
  /** The payment milestones of the new version. */
  milestones: readonly DocumentMilestone[]
  seller: DocumentParty
  customer: DocumentParty
  partyNames: PartyNames
  issuedAt: string
}

export const CHANGE_AGREEMENT_TYPE = '变更协议'

/**
 * Before approval an agreement's text may still change: it prints as a 草稿.
 * 待签订 prints clean, as a contract does (contractIsDraft): that copy is signed.
 */
const DRAFT_STEPS: ReadonlySet<ChangeStep> = new Set(['draft', 'approval', 'voided'])

const changeLabels: Record<LineChange['kind'], string> = { added: '新增', removed: '删除', changed: '变更' }

function arrow(before: string, after: string): string {
  return before === after ? after : `${before} → ${after}`
}

function changeRow(change: LineChange, index: number): string[] {
  const line = change.kind === 'removed' ? change.before : change.after
  const old = change.kind === 'added' ? undefined : change.before
  const now = change.kind === 'removed' ? undefined : change.after
  const price = (l: DocumentLine | undefined) =>
    l ? yuanCell(l.unitFen) + (l.discountBp ? `（${discountText(l.discountBp)}）` : '') : '—'
  return [
    String(index + 1),
    changeLabels[change.kind],
    line.name,
    line.spec,
    line.unit,
    arrow(old ? String(old.qty) : '—', now ? String(now.qty) : '—'),
    arrow(price(old), price(now)),
    signedFen(amountChangeFen(change)).replace('¥', ''),
  ]
}

export function changeAgreementDocument(input: ChangeAgreementInput): DocumentModel {
  const { change, contract, seller, customer } = input
  const roles = partyRoles(input.partyNames)
  const parties = orderedParties(input.partyNames, customer, seller)
  const before = totalsOf(input.linesBefore).totalFen
  const after = totalsOf(input.linesAfter).totalFen
  const diff = after - before
  const changes = lineDifferences(input.linesBefore, input.linesAfter)
  const title = clauseText(contract.title) ? `《${clauseText(contract.title)}》` : ''
  let article = 0
  const next = () => articleNumber(++article)
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text: `协议编号：${change.number}\n原合同编号：${contract.number}\n本协议为原合同第${change.version}版`,
    },
    ...parties.map((p): DocumentBlock => ({ kind: 'paragraph', text: `${p.role}：${p.party.name}` })),
    {
      kind: 'paragraph',
      indent: true,
      text:
        `${roles.buyer}与${roles.seller}于${dateText(contract.signedOn)}签订了编号为${contract.number}的` +
        `${title || '销售合同'}（以下简称“原合同”）。因${clauseText(change.reason) || '履行需要'}，双方经友好协商，` +
        '就原合同的变更事项达成如下协议：',
    },
    { kind: 'clause', number: next(), text: '产品变更明细如下：' },
  ]
  if (changes.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: '序号', width: 3, align: 'center' },
        { header: '变更', width: 4, align: 'center' },
        { header: '品名', width: 10 },
        { header: '规格型号', width: 11 },
        { header: '单位', width: 3, align: 'center' },
        { header: '数量（原→新）', width: 8, align: 'center' },
        { header: '含税单价（元，原→新）', width: 14, align: 'center' },
        { header: '金额增减（元）', width: 9, align: 'right' },
      ],
      rows: changes.map(changeRow),
    })
  } else {
    blocks.push({ kind: 'paragraph', text: '本次变更不涉及产品数量及价格。' })
  }
  const direction = diff > 0 ? '增加' : diff < 0 ? '减少' : '不变'
  blocks.push({
    kind: 'clause',
    number: next(),
    text:
      `合同金额：原合同总金额${formatFen(before)}（大写：${amountInWords(before)}），` +
      `变更后合同总金额为${amountSentence(after)}，` +
      (diff === 0
        ? '合同总金额不变。'
        : `${direction}${formatFen(Math.abs(diff))}（大写：${amountInWords(Math.abs(diff))}）。`),
  })
  blocks.push({
    kind: 'clause',
    number: next(),
    text: `交货期及工期：${sentence(change.scheduleEffect) || '本次变更不影响原合同约定的交货期。'}`,
  })
  if (input.milestones.length > 0) {
    blocks.push({
      kind: 'clause',
      number: next(),
      text: [
        `付款方式：变更后${roles.buyer}按下列约定向${roles.seller}支付合同价款：`,
        ...milestoneLines(input.milestones, after),
      ].join('\n'),
    })
  }
  blocks.push(
    {
      kind: 'clause',
      number: next(),
      text: '除本协议约定的变更事项外，原合同其他条款不变，双方继续履行。本协议与原合同不一致之处，以本协议为准。',
    },
    {
      kind: 'clause',
      number: next(),
      text: '本协议是原合同不可分割的组成部分，与原合同具有同等法律效力，一式肆份，双方各执贰份，自双方签字盖章之日起生效。',
    },
    { kind: 'paragraph', text: '（以下无正文）' },
    {
      kind: 'signatures',
      parties: parties.map((p) => contractSignature(p.role, p.party, contract.signPlace)),
    },
  )
  return {
    style: 'contract',
    type: CHANGE_AGREEMENT_TYPE,
    number: change.number,
    company: seller.name,
    title: '合同变更协议',
    issuedAt: input.issuedAt,
    ...(DRAFT_STEPS.has(change.step) && !change.signedOn ? { draft: true } : {}),
    blocks,
  }
}
