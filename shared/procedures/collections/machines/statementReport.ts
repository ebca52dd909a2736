/**
 * The report of a half-year's reconciliation as a machine: once every
 * statement of the period went out, the clerk reports the result; the sales
 * manager acknowledges it and finance acknowledges being told, in either
 * order, and it is done when both have
 * (制度：并将结果报告销售部经理，并通报公司财务部).
 */
import type { Role } from '../../../auth/roles'
import { defineMachine } from '../../kit/machine'
import { type FieldProblem, requiredText } from '../../kit/problems'
import { collectionsPermissions } from '../permissions'
import { type StatementReportRecord, type StatementReportStep, statementReportSteps } from '../records'
import { type PeriodSummary, reportProblems } from '../statements'

export interface StatementReportFacts extends Pick<
  StatementReportRecord,
  'step' | 'salesManagerOn' | 'financeOn'
> {
  /** The period's statements added up (periodSummary). */
  summary: PeriodSummary
}

export type StatementReportAction = 'report' | 'acknowledge' | 'financeAcknowledge'

export interface StatementReportPayloads {
  report: { summary: string }
  acknowledge: object
  financeAcknowledge: object
}

const clerks: readonly Role[] = collectionsPermissions['collections.statements']
const salesManager: readonly Role[] = collectionsPermissions['collections.acknowledge']
const finance: readonly Role[] = collectionsPermissions['collections.financeAcknowledge']

const once = (done: string): FieldProblem[] =>
  done ? [{ field: 'step', messageKey: 'collectionsValidation.alreadyAcknowledged' }] : []

export const statementReportMachine = defineMachine<
  StatementReportStep,
  StatementReportAction,
  StatementReportFacts,
  StatementReportPayloads,
  StatementReportRecord
>({
  kind: 'statementReport',
  stateField: 'step',
  states: statementReportSteps,
  initial: 'draft',
  ended: ['acknowledged'],
  editableIn: ['draft'],
  notEditable: {
    code: 'statementReports.reported',
    messageKey: 'collectionsErrors.statementReports.reported',
  },
  stateOf: (facts) => facts.step,
  actions: {
    report: {
      from: ['draft'],
      to: 'reported',
      who: clerks,
      check: ({ facts, payload }) => [
        ...reportProblems(facts.summary),
        ...requiredText('summary', payload.summary),
      ],
      patch: ({ payload, ctx, today }) => ({
        summary: payload.summary.trim(),
        reportedBy: ctx.actor.name,
        reportedOn: today,
      }),
    },
    acknowledge: {
      from: ['reported'],
      to: ({ facts }) => (facts.financeOn ? 'acknowledged' : 'reported'),
      who: salesManager,
      check: ({ facts }) => once(facts.salesManagerOn),
      patch: ({ ctx, today }) => ({ salesManagerBy: ctx.actor.name, salesManagerOn: today }),
    },
    financeAcknowledge: {
      from: ['reported'],
      to: ({ facts }) => (facts.salesManagerOn ? 'acknowledged' : 'reported'),
      who: finance,
      check: ({ facts }) => once(facts.financeOn),
      patch: ({ ctx, today }) => ({ financeBy: ctx.actor.name, financeOn: today }),
    },
  },
})
