/**
 * 月末盘点 (DOMAIN.md §7) as a machine: the clerk counts every product at
 * month end (counted vs book, a reason for each difference) and submits it;
 * finance signs it off — or returns it for a recount with a comment — and
 * the sign-off writes each difference as a 盘点调整 movement of its own
 * (countAdjustments). A signed-off month is closed: its count no longer
 * changes, and no movement is dated in it (stock.ts movementProblems).
 * 制度：库房…并于每月末与财务进行核对.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { type FieldProblem, requiredText } from '../../kit/problems'
import { shippingPermissions } from '../permissions'
import { type StockCountRecord, type StockCountStep, stockCountSteps } from '../records'
import { type CountLineOf, countLineProblems, monthEnd } from '../stock'

export interface StockCountFacts extends Pick<StockCountRecord, 'step' | 'month'> {
  lines: readonly CountLineOf[]
}

export type StockCountAction = 'submit' | 'return' | 'signOff'

export interface StockCountPayloads {
  submit: object
  return: { comment: string }
  signOff: { comment?: string }
}

const keepers: readonly Role[] = shippingPermissions['stock.edit']
const finance: readonly Role[] = shippingPermissions['stock.signOff']

function countProblems(f: StockCountFacts, today: string): FieldProblem[] {
  // The month is counted at its end: from its last week on.
  const end = monthEnd(f.month)
  const from = `${f.month}-${String(Number(end.slice(8)) - 6).padStart(2, '0')}`
  return [
    ...(today < from
      ? [{ field: 'month', messageKey: 'shippingValidation.countTooEarly', params: { from } }]
      : []),
    ...(f.lines.filter((l) => !l.deletedAt).length === 0
      ? [{ field: 'lines', messageKey: 'shippingValidation.noCountLines' }]
      : []),
    ...countLineProblems(f.lines),
  ]
}

export const stockCountMachine = defineMachine<
  StockCountStep,
  StockCountAction,
  StockCountFacts,
  StockCountPayloads,
  StockCountRecord
>({
  kind: 'stockCount',
  stateField: 'step',
  states: stockCountSteps,
  initial: 'counting',
  ended: ['signedOff'],
  editableIn: ['counting'],
  notEditable: { code: 'stockCounts.submitted', messageKey: 'shippingErrors.stockCounts.submitted' },
  stateOf: (facts) => facts.step,
  actions: {
    submit: {
      from: ['counting'],
      to: 'toSignOff',
      who: keepers,
      check: ({ facts, today }) => countProblems(facts, today),
      patch: ({ ctx, today }) => ({ countedOn: today, countedBy: ctx.actor.name }),
    },
    return: {
      from: ['toSignOff'],
      to: 'counting',
      who: finance,
      check: ({ payload }) => requiredText('comment', payload.comment),
      patch: ({ payload }) => ({ comment: payload.comment.trim() }),
    },
    signOff: {
      from: ['toSignOff'],
      to: 'signedOff',
      who: finance,
      whenClosed: { code: 'stockCounts.signedOff', messageKey: 'shippingErrors.stockCounts.signedOff' },
      check: ({ facts, today }) => countProblems(facts, today),
      patch: ({ payload, ctx, today }) => ({
        comment: (payload.comment ?? '').trim(),
        signedOffOn: today,
        signedOffBy: ctx.actor.name,
      }),
    },
  },
})

/** The months finance has signed off, from the count rows: closed to movements. */
export function signedOffMonths(
  counts: readonly (Pick<StockCountRecord, 'month' | 'step'> & { deletedAt?: string | null })[],
): Set<string> {
  return new Set(counts.filter((c) => !c.deletedAt && c.step === 'signedOff').map((c) => c.month))
}
