/**
 * Approvals in the words of a printed 审批表: what each rule asks, who
 * decides, the decision and how it was given. Documents print Chinese
 * whatever the user's screen language, like the rest of the paper.
 */
import type { RequiredApproval } from '../../../approvals/approvalRules'
import type { ApprovalRecord } from '../../../approvals/approvalStatus'
import { formatFen } from '../../../kernel/money'
import { percentText } from '../../../documents/chineseText'
import { approvalDecisionWords, approvalRuleWords } from '../words'

const num = (v: string | number | undefined) => (typeof v === 'number' ? v : Number(v ?? 0))

/** The rule and the facts behind it, e.g. 成交价低于报价超出允许偏差（2 行，最大低于报价 8%，允许 5%）. */
export function approvalRuleText(required: Pick<RequiredApproval, 'rule' | 'params'>): string {
  const p = required.params
  const title = approvalRuleWords[required.rule]
  switch (required.rule) {
    case 'priceBelowQuote':
      return (
        `${title}（${num(p.lines)}行低于报价，最大偏差${percentText(num(p.worstBp))}` +
        `${p.worstLine ? `：${p.worstLine}` : ''}；允许偏差${percentText(num(p.allowedBp))}）`
      )
    case 'majorContract':
      return `${title}（金额${formatFen(num(p.amountFen))}，达到重大合同标准${formatFen(num(p.thresholdFen))}）`
    default:
      return title
  }
}

export type DocumentDecision = Pick<
  ApprovalRecord,
  'rule' | 'decision' | 'comment' | 'byName' | 'at' | 'mode'
>

export function decisionText(decision: DocumentDecision | undefined): string {
  if (!decision) return '待审批'
  return approvalDecisionWords[decision.decision]
}

export function modeText(decision: DocumentDecision | undefined): string {
  if (!decision) return ''
  return decision.mode === 'app' ? '系统内' : '纸质签字'
}

/** China has one time zone and no summer time: UTC+8 unless the caller says otherwise. */
export const CHINA_OFFSET_MINUTES = 480

/** The calendar day of an ISO date-time at a fixed offset from UTC, YYYY-MM-DD. */
export function localDay(iso: string, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? ''
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10)
}
