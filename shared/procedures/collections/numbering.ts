/**
 * Numbers of the collections procedure, on the kit's numbering
 * (shared/procedures/kit/numbering.ts) like shipping's: 收款登记 SK-,
 * 票据交接签收单 PJ-, 对账单 DZ-, each restarting every month.
 */

/** The collections procedure's numbered series. */
export type CollectionsNumberKind = 'receipt' | 'billHandover' | 'statement'

export const collectionsNumberPatterns: Record<CollectionsNumberKind, string> = {
  receipt: 'SK-{yyyy}{MM}-{seq:4}',
  billHandover: 'PJ-{yyyy}{MM}-{seq:4}',
  statement: 'DZ-{yyyy}{MM}-{seq:4}',
}

export { formatNumber, numberPeriod } from '../kit/numbering'
