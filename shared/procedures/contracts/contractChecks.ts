/**
 * What a contract's data must satisfy before an action (contractSteps.ts):
 * forms refuse what cannot be, with the reason at the field. Each problem
 * names its field and an i18n message, so the screen shows it where it
 * belongs and the repository refuses the same things.
 */
import { splitTax } from '../../kernel/tax'
import type { ContractAction } from './contractSteps'

export interface ContractLine {
  qty: number
  /** Unit price before discount, tax included (含税单价), fen. */
  unitFen: number
  /** Discount in basis points (1000 = 10 %). */
  discountBp: number
  /** VAT rate in basis points (1300 = 13 %). */
  taxRateBp: number
}

export interface PaymentMilestone {
  /** 预付款 / 到货款 / 验收款 / 质保金 … */
  kind: string
  /** Share of the total in basis points; all add up to 10000. */
  percentBp: number
}

export interface ContractFacts {
  customerId: string
  lines: readonly ContractLine[]
  milestones: readonly PaymentMilestone[]
  legalOpinion: string
  riskAssessment: string
  /** YYYY-MM-DD of the legal review, of the last approval (null: none needed), of signing. */
  legalOn: string | null
  approvedOn: string | null
  signedOn: string | null
  openPointsConfirmed: boolean
  signedScanId: string | null
  quantitiesVerified: boolean
  amountsVerified: boolean
  /** For 终止 / 作废. */
  reason: string
}

export interface FieldProblem {
  field: string
  messageKey: string
  params?: Record<string, string | number>
}

/** A line's amount after discount, fen (round half up). */
export function lineAmountFen(line: ContractLine): number {
  const gross = line.qty * line.unitFen * (10_000 - line.discountBp)
  return Math.floor((gross + 5_000) / 10_000)
}

/** 合计: net, tax and total (tax included), each line split at its own rate. */
export function contractTotals(lines: readonly ContractLine[]): {
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

function lineProblems(lines: readonly ContractLine[]): FieldProblem[] {
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

function milestoneProblems(milestones: readonly PaymentMilestone[]): FieldProblem[] {
  const sum = milestones.reduce((s, m) => s + m.percentBp, 0)
  if (milestones.some((m) => !Number.isInteger(m.percentBp) || m.percentBp <= 0))
    return [{ field: 'milestones', messageKey: 'validation.contract.milestonePositive' }]
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

/** Problems that keep `action` from being taken on this contract today (YYYY-MM-DD). */
export function contractProblems(action: ContractAction, c: ContractFacts, today: string): FieldProblem[] {
  const required = (field: keyof ContractFacts, value: string | null): FieldProblem[] =>
    value && value.trim() !== '' ? [] : [{ field, messageKey: 'validation.required' }]
  switch (action) {
    case 'submitLegal':
      return [
        ...required('customerId', c.customerId),
        ...lineProblems(c.lines),
        ...milestoneProblems(c.milestones),
      ]
    case 'legalPass':
      return [...required('legalOpinion', c.legalOpinion), ...required('riskAssessment', c.riskAssessment)]
    case 'legalReturn':
      return required('legalOpinion', c.legalOpinion)
    case 'sign': {
      const problems: FieldProblem[] = []
      if (!c.openPointsConfirmed)
        problems.push({ field: 'openPointsConfirmed', messageKey: 'validation.contract.openPoints' })
      if (!c.signedOn) return [...problems, { field: 'signedOn', messageKey: 'validation.required' }]
      const after = c.approvedOn ?? c.legalOn
      if (after && c.signedOn < after)
        problems.push({
          field: 'signedOn',
          messageKey: 'validation.contract.signedBeforeApproval',
          params: { date: after },
        })
      if (c.signedOn > today) problems.push({ field: 'signedOn', messageKey: 'validation.contract.future' })
      return problems
    }
    case 'file':
      return c.signedScanId ? [] : [{ field: 'signedScanId', messageKey: 'validation.contract.scan' }]
    case 'settle':
      return [
        ...(c.quantitiesVerified
          ? []
          : [{ field: 'quantitiesVerified', messageKey: 'validation.contract.verify' }]),
        ...(c.amountsVerified
          ? []
          : [{ field: 'amountsVerified', messageKey: 'validation.contract.verify' }]),
      ]
    case 'terminate':
    case 'void':
      return required('reason', c.reason)
    default:
      return []
  }
}
