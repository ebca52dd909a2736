/** What an approver is asked about, in words (the checklist, the panel and the 审批表). */
import type { TFunction } from 'i18next'
import type { RequiredApproval } from '@shared/approvals/approvalRules'
import { formatFen } from '@shared/kernel/money'

const percent = (bp: unknown) => `${Number(bp) / 100}%`

export function ruleText(t: TFunction, r: RequiredApproval): string {
  const p = r.params
  switch (r.rule) {
    case 'priceBelowQuote':
      return t('contracts.rules.priceBelowQuote', {
        lines: p.lines,
        worstLine: p.worstLine,
        worst: percent(p.worstBp),
        allowed: percent(p.allowedBp),
      })
    case 'majorContract':
      return t('contracts.rules.majorContract', {
        amount: formatFen(Number(p.amountFen)),
        threshold: formatFen(Number(p.thresholdFen)),
      })
    case 'invoiceOverOpen':
      return t('contracts.rules.invoiceOverOpen', {
        amount: formatFen(Number(p.amountFen)),
        open: formatFen(Number(p.openFen)),
      })
    default:
      return t(`contracts.rules.${r.rule}`)
  }
}
