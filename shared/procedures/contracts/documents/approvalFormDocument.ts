/**
 * 合同审批表: one form per approval round of a contract, change agreement or
 * phone order — what is asked, the legal review (contracts), and one row per
 * required approval with its decision, comment, approver, date and whether
 * it was given in the app or signed on paper. Open approvals print as 待审批
 * with empty cells for a hand-signed paper round.
 */
import type { RequiredApproval } from '../../../approvals/approvalRules'
import { formatFen } from '../../../kernel/money'
import type { DocumentBlock, DocumentModel } from '../../../documents/documentModel'
import { dateText } from '../../../documents/chineseText'
import { type DocumentDecision, approvalRuleText, decisionText, localDay, modeText } from './approvalText'
import { amountSentence } from './tradeLines'
import { roleWords } from '../../../auth/roleWords'

export type ApprovalSubjectKind = 'contract' | 'change' | 'phoneOrder'

const subjectLabels: Record<ApprovalSubjectKind, string> = {
  contract: '销售合同',
  change: '合同变更协议',
  phoneOrder: '电话/传真订货',
}

export interface ApprovalFormInput {
  subject: {
    kind: ApprovalSubjectKind
    number: string
    /** 合同名称 / 变更原因 / 订货说明. */
    title: string
    /** For a change agreement: the contract it changes. */
    contractNumber?: string
    amountFen: number
  }
  customerName: string
  /** The legal review (contracts and change agreements); '' when none. */
  legal?: { opinion: string; riskAssessment: string; by: string; on: string }
  required: readonly RequiredApproval[]
  /** The decisions of this round. */
  decisions: readonly DocumentDecision[]
  /** Approval round; from the second the form number carries it. */
  round?: number
  company: string
  preparedBy?: string
  issuedAt: string
  /** Offset of local time from UTC for the decision dates; China (480) when absent. */
  utcOffsetMinutes?: number
}

export const APPROVAL_FORM_TYPE = '合同审批表'

export function approvalFormDocument(input: ApprovalFormInput): DocumentModel {
  const { subject } = input
  const round = input.round ?? 1
  const facts: string[][] = [
    ['审批事项', subjectLabels[subject.kind]],
    ['编号', subject.number],
  ]
  if (subject.contractNumber) facts.push(['原合同编号', subject.contractNumber])
  facts.push(
    [subject.kind === 'change' ? '变更原因' : '名称', subject.title],
    ['客户', input.customerName],
    ['金额（含税）', amountSentence(subject.amountFen)],
  )
  if (round > 1) facts.push(['审批轮次', `第${round}轮`])
  if (input.preparedBy) facts.push(['经办人', input.preparedBy])
  const blocks: DocumentBlock[] = [
    {
      kind: 'table',
      columns: [
        { header: '项目', width: 1 },
        { header: '内容', width: 4 },
      ],
      rows: facts,
    },
  ]
  if (input.legal) {
    blocks.push(
      { kind: 'heading', text: '法务审核' },
      {
        kind: 'table',
        columns: [
          { header: '项目', width: 1 },
          { header: '内容', width: 4 },
        ],
        rows: [
          ['法律意见', input.legal.opinion || '—'],
          ['风险评估', input.legal.riskAssessment || '—'],
          ['审核人', input.legal.by],
          ['审核日期', input.legal.on ? dateText(input.legal.on) : ''],
        ],
      },
    )
  }
  blocks.push({ kind: 'heading', text: '审批意见' })
  if (input.required.length === 0) {
    blocks.push({ kind: 'paragraph', text: '按公司规定，本事项无需另行审批。' })
  } else {
    const decided = new Map(input.decisions.map((d) => [d.rule, d]))
    blocks.push({
      kind: 'table',
      columns: [
        { header: '步骤', width: 4, align: 'center' },
        { header: '审批事由', width: 15 },
        { header: '审批角色', width: 8, align: 'center' },
        { header: '意见', width: 5, align: 'center' },
        { header: '批注', width: 11 },
        { header: '审批人', width: 6, align: 'center' },
        { header: '日期', width: 9, align: 'center' },
        { header: '方式', width: 7, align: 'center' },
      ],
      rows: input.required.map((r) => {
        const d = decided.get(r.rule)
        return [
          String(r.step),
          approvalRuleText(r),
          roleWords[r.role],
          decisionText(d),
          d?.comment ?? '',
          d?.byName ?? '',
          d ? localDay(d.at, input.utcOffsetMinutes) : '',
          modeText(d),
        ]
      }),
    })
  }
  blocks.push({
    kind: 'paragraph',
    text: `说明：金额以${formatFen(subject.amountFen)}（含税）计；审批按步骤顺序进行，商务部经理审批在前，公司领导审批在后。纸质签字的审批，经办人录入系统并附签字扫描件。`,
  })
  return {
    style: 'form',
    type: APPROVAL_FORM_TYPE,
    number: round > 1 ? `${subject.number}-${round}` : subject.number,
    company: input.company,
    title: `${subjectLabels[subject.kind]}审批表`,
    issuedAt: input.issuedAt,
    blocks,
  }
}
