/**
 * 对账单 as a machine: the clerk prepares a customer's statement for the
 * half-year (its figures may be worked out again while it is a draft), sends
 * it, and records the customer's 回执 — it matches (确认相符), or it differs
 * by an amount, with why; a difference is then settled and the settlement
 * written down (制度：与客户核对往来账目). The figures sent are the figures
 * kept: after sending, nothing but the answer and its settlement changes.
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { pastDay, requiredText } from '../../kit/problems'
import { collectionsPermissions } from '../permissions'
import { type StatementRecord, type StatementStep, statementSteps } from '../records'
import { type AnswerInput, answerProblems } from '../statements'

export type StatementFacts = Pick<StatementRecord, 'step' | 'sentOn'>

export type StatementAction = 'send' | 'answer' | 'resolve'

export interface StatementPayloads {
  send: { sentOn: string }
  answer: AnswerInput
  resolve: { resolution: string }
}

const clerks: readonly Role[] = collectionsPermissions['collections.statements']

export const statementMachine = defineMachine<
  StatementStep,
  StatementAction,
  StatementFacts,
  StatementPayloads,
  StatementRecord
>({
  kind: 'statement',
  stateField: 'step',
  states: statementSteps,
  initial: 'draft',
  ended: ['confirmed', 'resolved'],
  editableIn: ['draft'],
  notEditable: { code: 'statements.sent', messageKey: 'collectionsErrors.statements.sent' },
  stateOf: (facts) => facts.step,
  actions: {
    send: {
      from: ['draft'],
      to: 'sent',
      who: clerks,
      check: ({ payload, today }) => pastDay('sentOn', payload.sentOn, today),
      patch: ({ payload }) => ({ sentOn: payload.sentOn }),
    },
    answer: {
      from: ['sent'],
      to: ({ payload }) => (payload.answer === 'match' ? 'confirmed' : 'differs'),
      who: clerks,
      whenClosed: { code: 'statements.notSent', messageKey: 'collectionsErrors.statements.notSent' },
      check: ({ facts, payload, today }) => answerProblems(payload, facts.sentOn, today),
      patch: ({ payload }) => ({
        answer: payload.answer,
        returnedOn: payload.returnedOn,
        differenceFen: payload.answer === 'match' ? 0 : payload.differenceFen,
        explanation: payload.explanation.trim(),
      }),
    },
    resolve: {
      from: ['differs'],
      to: 'resolved',
      who: clerks,
      check: ({ payload }) => requiredText('resolution', payload.resolution),
      patch: ({ payload, today }) => ({ resolution: payload.resolution.trim(), resolvedOn: today }),
    },
  },
})
