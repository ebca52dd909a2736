/**
 * 付款方式 as a contract prints it: each milestone's share of the total in
 * percent and in fen. Amounts round half up, and when the shares add up to
 * 100 % the last one takes the remainder, so the printed amounts always add
 * up to the printed total.
 */
import { amountInWords, formatFen } from '../../../kernel/money'
import { shareOfFen } from '../../../kernel/shareOfFen'
import type { MilestoneRecord } from '../records'
import { milestoneKindWords } from '../words'
import { clauseText, itemNumber, percentText } from '../../../documents/chineseText'

export type DocumentMilestone = Pick<MilestoneRecord, 'kind' | 'percentBp' | 'dueRule'>

export function milestoneAmounts(milestones: readonly DocumentMilestone[], totalFen: number): number[] {
  const amounts = milestones.map((m) => shareOfFen(totalFen, m.percentBp))
  const sumBp = milestones.reduce((s, m) => s + m.percentBp, 0)
  if (sumBp === 10_000 && amounts.length > 0) {
    const others = amounts.slice(0, -1).reduce((s, a) => s + a, 0)
    amounts[amounts.length - 1] = totalFen - others
  }
  return amounts
}

/** （一）预付款：合同总金额的30%，即人民币¥…（大写：…），合同签订后7日内支付； */
export function milestoneLines(milestones: readonly DocumentMilestone[], totalFen: number): string[] {
  const amounts = milestoneAmounts(milestones, totalFen)
  return milestones.map((m, i) => {
    // The rule stands inside the item's sentence: its own end punctuation would double the item's.
    const rule = clauseText(m.dueRule)
    const due = rule ? `，${rule}支付` : ''
    const end = i === milestones.length - 1 ? '。' : '；'
    return (
      `${itemNumber(i + 1)}${milestoneKindWords[m.kind]}：合同总金额的${percentText(m.percentBp)}，` +
      `即${formatFen(amounts[i])}（大写：${amountInWords(amounts[i])}）${due}${end}`
    )
  })
}
