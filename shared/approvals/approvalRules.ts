/**
 * Which approvals a deal needs (DOMAIN.md §1, "Rules that become checks"):
 * the rules are facts about the deal checked against thresholds in settings,
 * so every PC asks for the same approvals for the same contract.
 *
 * - a negotiated price below the commerce department's quote by more than
 *   the allowed deviation → 商务部经理;
 * - a contract amount at or above the major-contract threshold → 公司领导;
 * - non-standard terms → 公司领导;
 * - a special fee promised to the customer → 公司领导;
 * - an order by phone or fax without a formal contract → 公司领导.
 */
import type { Role } from '../auth/roles'

export type ApprovalRule =
  | 'priceBelowQuote'
  | 'majorContract'
  | 'nonStandardTerms'
  | 'specialFees'
  | 'orderWithoutContract'
  /** An invoice application above what its contract has open (shared/procedures/invoicing/amounts.ts). */
  | 'invoiceOverOpen'

/** Thresholds from settings (settingKeys.ts `approvals.*`). */
export interface ApprovalThresholds {
  /** Allowed shortfall of a negotiated price under the quote, in basis points (500 = 5 %). */
  priceDeviationBp: number
  /** Contract amount (tax included, fen) from which leadership approves. */
  majorContractFen: number
}

export interface PricedLine {
  /** Line label for the reason (品名 规格). */
  label: string
  /** The commerce department's quoted unit price, fen; null when the line was not quoted. */
  quotedUnitFen: number | null
  /** The negotiated unit price after discount, fen. */
  unitFen: number
}

/** The facts about a deal the rules look at. */
export interface ApprovalSubject {
  /** A formal contract, or an order taken by phone or fax without one. */
  kind: 'contract' | 'phoneOrder'
  /** Total, tax included, fen. */
  amountFen: number
  lines: readonly PricedLine[]
  nonStandardTerms: boolean
  specialFees: boolean
}

export interface RequiredApproval {
  rule: ApprovalRule
  /** The role that decides. */
  role: Role
  /** Order of the steps: the commerce manager before leadership. */
  step: number
  /** What the approver is asked about, for the checklist and the 审批表 (i18n params). */
  params: Record<string, string | number>
}

const ruleRoles: Record<ApprovalRule, Role> = {
  priceBelowQuote: 'commerceManager',
  majorContract: 'leadership',
  nonStandardTerms: 'leadership',
  specialFees: 'leadership',
  orderWithoutContract: 'leadership',
  invoiceOverOpen: 'leadership',
}

/** Step number of each role: everything the commerce manager approves comes first. */
const roleSteps: Partial<Record<Role, number>> = { commerceManager: 1, leadership: 2 }

/**
 * How far below its quote a line's negotiated price is, in basis points,
 * rounded down (a shortfall of exactly the allowed deviation is allowed).
 */
export function shortfallBp(line: PricedLine): number {
  if (line.quotedUnitFen === null || line.quotedUnitFen <= 0 || line.unitFen >= line.quotedUnitFen) return 0
  return Math.floor(((line.quotedUnitFen - line.unitFen) * 10_000) / line.quotedUnitFen)
}

export function requiredApprovals(subject: ApprovalSubject, limits: ApprovalThresholds): RequiredApproval[] {
  const found: Omit<RequiredApproval, 'role' | 'step'>[] = []
  const below = subject.lines
    .map((line) => ({ line, bp: shortfallBp(line) }))
    .filter(({ bp }) => bp > limits.priceDeviationBp)
  if (below.length > 0) {
    const worst = below.reduce((a, b) => (b.bp > a.bp ? b : a))
    found.push({
      rule: 'priceBelowQuote',
      params: {
        lines: below.length,
        worstLine: worst.line.label,
        worstBp: worst.bp,
        allowedBp: limits.priceDeviationBp,
      },
    })
  }
  if (subject.kind === 'phoneOrder') found.push({ rule: 'orderWithoutContract', params: {} })
  if (subject.amountFen >= limits.majorContractFen)
    found.push({
      rule: 'majorContract',
      params: { amountFen: subject.amountFen, thresholdFen: limits.majorContractFen },
    })
  if (subject.nonStandardTerms) found.push({ rule: 'nonStandardTerms', params: {} })
  if (subject.specialFees) found.push({ rule: 'specialFees', params: {} })
  return found
    .map((r) => ({ ...r, role: ruleRoles[r.rule], step: roleSteps[ruleRoles[r.rule]] ?? 9 }))
    .sort((a, b) => a.step - b.step)
}
