/**
 * The rules on a deal's lines and payment milestones, for every record kind
 * that has them (quotation, contract, change agreement, phone order): their
 * totals, the prices the approval rules compare, and what a line or a set of
 * milestones must satisfy before a record leaves its draft.
 */
import type { PricedLine, RequiredApproval } from '../../approvals/approvalRules'
import { requiredApprovals } from '../../approvals/approvalRules'
import { discountedFen, lineAmountFen } from '../../kernel/shareOfFen'
import { splitTax } from '../../kernel/tax'
import type { SettingValues } from '../../settings/settingKeys'
import type { FieldProblem } from '../kit/problems'

export interface PricedTradeLine {
  qty: number
  /** Unit price before discount, tax included (含税单价), fen. */
  unitFen: number
  /** Discount in basis points (1000 = 10 %). */
  discountBp: number
  /** VAT rate in basis points (1300 = 13 %). */
  taxRateBp: number
}

export interface QuotedTradeLine extends PricedTradeLine {
  name: string
  spec: string
  quotedUnitFen: number | null
}

export interface MilestoneShare {
  /** 预付款 / 到货款 / 验收款 / 质保金 … */
  kind: string
  /** Share of the total in basis points; all of a record's add up to 10000. */
  percentBp: number
}

/** 合计: net, tax and total (tax included), each line split at its own rate. */
export function tradeTotals(lines: readonly PricedTradeLine[]): {
  netFen: number
  taxFen: number
  totalFen: number
} {
  let netFen = 0
  let taxFen = 0
  for (const line of lines) {
    const split = splitTax(lineAmountFen(line), line.taxRateBp)
    netFen += split.netFen
    taxFen += split.taxFen
  }
  return { netFen, taxFen, totalFen: netFen + taxFen }
}

/** Each line's negotiated unit price after discount, as the approval rules compare it with the quote. */
export function pricedLines(lines: readonly QuotedTradeLine[]): PricedLine[] {
  return lines.map((l) => ({
    label: [l.name, l.spec].filter(Boolean).join(' '),
    quotedUnitFen: l.quotedUnitFen,
    unitFen: discountedFen(l.unitFen, l.discountBp),
  }))
}

/** The approvals a deal needs under the settings' thresholds (shared/approvals). */
export function dealApprovals(
  deal: {
    kind: 'contract' | 'phoneOrder'
    amountFen: number
    lines: readonly QuotedTradeLine[]
    nonStandardTerms: boolean
    specialFees: boolean
  },
  settings: Pick<SettingValues, 'approvals.priceDeviationBp' | 'approvals.majorContractFen'>,
): RequiredApproval[] {
  return requiredApprovals(
    { ...deal, lines: pricedLines(deal.lines) },
    {
      priceDeviationBp: settings['approvals.priceDeviationBp'],
      majorContractFen: settings['approvals.majorContractFen'],
    },
  )
}

/** A record leaves its draft with at least one line, each with a quantity, a price and a discount that can be. */
export function lineProblems(lines: readonly PricedTradeLine[]): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (lines.length === 0) problems.push({ field: 'lines', messageKey: 'validation.contract.noLines' })
  lines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.qty) || l.qty <= 0)
      problems.push({ field: `lines.${i}.qty`, messageKey: 'validation.contract.qty' })
    if (!Number.isSafeInteger(l.unitFen) || l.unitFen < 0)
      problems.push({ field: `lines.${i}.unitFen`, messageKey: 'validation.contract.negativePrice' })
    if (!Number.isInteger(l.discountBp) || l.discountBp < 0 || l.discountBp > 10_000)
      problems.push({ field: `lines.${i}.discountBp`, messageKey: 'validation.contract.discount' })
  })
  return problems
}

/** Payment milestones are each a positive share and add up to 100 %. */
export function milestoneProblems(milestones: readonly MilestoneShare[]): FieldProblem[] {
  if (milestones.some((m) => !Number.isInteger(m.percentBp) || m.percentBp <= 0))
    return [{ field: 'milestones', messageKey: 'validation.contract.milestonePositive' }]
  const sum = milestones.reduce((s, m) => s + m.percentBp, 0)
  return sum === 10_000
    ? []
    : [
        {
          field: 'milestones',
          messageKey: 'validation.contract.milestonesSum',
          params: { percent: sum / 100 },
        },
      ]
}
