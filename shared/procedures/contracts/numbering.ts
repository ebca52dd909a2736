/**
 * Contract numbers from a configurable pattern (default `HT-{yyyy}{MM}-{seq:4}`),
 * on the kit's numbering (shared/procedures/kit/numbering.ts: each PC numbers
 * from its own block, so two PCs never hand out the same number).
 */

/** The contract procedure's numbered series. */
export type NumberKind = 'contract' | 'quotation' | 'phoneOrder'

/** Fixed patterns of the series whose pattern is not a setting (the contract's is `contracts.numberPattern`). */
export const numberPatterns: Record<Exclude<NumberKind, 'contract'>, string> = {
  quotation: 'BJ-{yyyy}{MM}-{seq:4}',
  phoneOrder: 'DH-{yyyy}{MM}-{seq:4}',
}

export {
  type NumberInput,
  type PatternProblem,
  RANGE,
  formatNumber as formatContractNumber,
  numberPeriod,
  patternProblem,
} from '../kit/numbering'
