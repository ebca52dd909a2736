/**
 * 往来账月结 as a machine: at month end the clerk puts down the month's
 * receivables and payables and submits them; finance signs the month off —
 * only once no receipt dated in it waits for finance — or returns it with a
 * comment. A signed-off month is closed to money records (monthClose.ts);
 * finance alone may reopen it, saying why, when a late record must go in.
 * 制度：负责往来账项的管理，并于每月末与财务进行核对.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { requiredText } from '../../kit/problems'
import { type ReceiptInMonthOf, monthCloseProblems } from '../monthClose'
import { collectionsPermissions } from '../permissions'
import { type MonthCloseRecord, type MonthCloseStep, monthCloseSteps } from '../records'

export interface MonthCloseFacts extends Pick<
  MonthCloseRecord,
  'step' | 'month' | 'receivablesFen' | 'payablesFen'
> {
  /** The live receipts dated in the month. */
  receipts: readonly ReceiptInMonthOf[]
}

export type MonthCloseAction = 'submit' | 'return' | 'signOff' | 'reopen'

export interface MonthClosePayloads {
  submit: object
  return: { comment: string }
  signOff: { comment?: string }
  reopen: { comment: string }
}

const clerks: readonly Role[] = collectionsPermissions['collections.monthClose']
const finance: readonly Role[] = collectionsPermissions['collections.monthSignOff']

export const monthCloseMachine = defineMachine<
  MonthCloseStep,
  MonthCloseAction,
  MonthCloseFacts,
  MonthClosePayloads,
  MonthCloseRecord
>({
  kind: 'monthClose',
  stateField: 'step',
  states: monthCloseSteps,
  initial: 'open',
  // Reopening is possible, so no step is the end.
  ended: [],
  editableIn: ['open'],
  notEditable: { code: 'monthCloses.submitted', messageKey: 'collectionsErrors.monthCloses.submitted' },
  stateOf: (facts) => facts.step,
  actions: {
    submit: {
      from: ['open'],
      to: 'toSignOff',
      who: clerks,
      check: ({ facts, today }) => monthCloseProblems(facts, today),
      patch: ({ ctx, today }) => ({ preparedBy: ctx.actor.name, preparedOn: today }),
    },
    return: {
      from: ['toSignOff'],
      to: 'open',
      who: finance,
      check: ({ payload }) => requiredText('comment', payload.comment),
      patch: ({ payload }) => ({ comment: payload.comment.trim() }),
    },
    signOff: {
      from: ['toSignOff'],
      to: 'signedOff',
      who: finance,
      check: ({ facts, today }) => monthCloseProblems(facts, today, facts.receipts),
      patch: ({ payload, ctx, today }) => ({
        comment: (payload.comment ?? '').trim(),
        signedOffBy: ctx.actor.name,
        signedOffOn: today,
      }),
    },
    reopen: {
      from: ['signedOff'],
      to: 'open',
      who: finance,
      check: ({ payload }) => requiredText('comment', payload.comment),
      patch: ({ payload }) => ({ comment: payload.comment.trim(), signedOffBy: '', signedOffOn: '' }),
    },
  },
})
