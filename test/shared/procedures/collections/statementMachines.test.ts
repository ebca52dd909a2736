/**
 * The steps of a 对账单 and of the period's report to the sales manager and
 * finance (DOMAIN.md §4): who may take each, what each asks and writes.
 */
import { describe, expect, it } from 'vitest'
import type { Role } from '@shared/auth/roles'
import type { MachineContext } from '@shared/procedures/kit/machine'
import { settingDefaults } from '@shared/settings/settingKeys'
import { statementMachine } from '@shared/procedures/collections/machines/statement'
import {
  type StatementReportFacts,
  statementReportMachine,
} from '@shared/procedures/collections/machines/statementReport'
import { periodSummary, reportProblems } from '@shared/procedures/collections/statements'

const ctx = (roles: Role[], name: string, now = '2026-07-10T02:00:00Z'): MachineContext => ({
  actor: { userId: name, name, roles },
  now: new Date(now),
  settings: settingDefaults,
})
const clerk = ctx(['clerk'], '张内勤')

describe('statement machine', () => {
  it('is sent, then confirmed or found to differ by the 回执, and a difference settled', () => {
    expect(
      statementMachine.transition({ step: 'draft', sentOn: '' }, 'send', { sentOn: '2026-07-01' }, clerk),
    ).toEqual({
      ok: true,
      to: 'sent',
      patch: { sentOn: '2026-07-01', step: 'sent' },
    })
    const sent = { step: 'sent' as const, sentOn: '2026-07-01' }
    const match = { answer: 'match' as const, returnedOn: '2026-07-08', differenceFen: 0, explanation: '' }
    expect(statementMachine.transition(sent, 'answer', match, clerk)).toMatchObject({
      ok: true,
      to: 'confirmed',
    })
    const differ = {
      ...match,
      answer: 'differ' as const,
      differenceFen: -20_000,
      explanation: '客户未入账6月发票',
    }
    expect(statementMachine.transition(sent, 'answer', differ, clerk)).toEqual({
      ok: true,
      to: 'differs',
      patch: {
        answer: 'differ',
        returnedOn: '2026-07-08',
        differenceFen: -20_000,
        explanation: '客户未入账6月发票',
        step: 'differs',
      },
    })
    expect(
      statementMachine.transition({ step: 'differs', sentOn: '' }, 'resolve', { resolution: '' }, clerk),
    ).toMatchObject({
      ok: false,
    })
    expect(statementMachine.isEditable('sent')).toBe(false)
  })

  it('is not answered before it is sent', () => {
    const match = { answer: 'match' as const, returnedOn: '2026-07-08', differenceFen: 0, explanation: '' }
    expect(statementMachine.transition({ step: 'draft', sentOn: '' }, 'answer', match, clerk)).toMatchObject({
      ok: false,
      refusal: { kind: 'closed', message: { messageKey: 'collectionsErrors.statements.notSent' } },
    })
  })
})

describe('the report to the sales manager and finance', () => {
  const rows = [
    {
      customerId: 'K1',
      period: '2026-H1',
      step: 'confirmed' as const,
      sentOn: '2026-07-01',
      closingFen: 950_000,
      differenceFen: 0,
    },
    {
      customerId: 'K2',
      period: '2026-H1',
      step: 'differs' as const,
      sentOn: '2026-07-01',
      closingFen: 50_000,
      differenceFen: -20_000,
    },
    {
      customerId: 'K3',
      period: '2026-H1',
      step: 'draft' as const,
      sentOn: '',
      closingFen: 10_000,
      differenceFen: 0,
    },
  ]

  it('adds up the period and is reported only once every statement went out', () => {
    const summary = periodSummary(rows)
    expect(summary).toEqual({
      count: 3,
      steps: { draft: 1, sent: 0, confirmed: 1, differs: 1, resolved: 0 },
      closingFen: 1_010_000,
      differenceFen: -20_000,
    })
    expect(reportProblems(summary)).toEqual([
      { field: 'period', messageKey: 'collectionsValidation.statementsNotSent', params: { count: 1 } },
    ])
    expect(reportProblems(periodSummary([]))).toEqual([
      { field: 'period', messageKey: 'collectionsValidation.noStatements' },
    ])
  })

  it('is done once both the sales manager and finance acknowledged it, in either order', () => {
    const summary = periodSummary(rows.slice(0, 2))
    const reported: StatementReportFacts = { step: 'reported', salesManagerOn: '', financeOn: '', summary }
    const manager = ctx(['salesManager'], '刘经理')
    const finance = ctx(['finance'], '王出纳')
    expect(statementReportMachine.transition(reported, 'acknowledge', {}, finance)).toMatchObject({
      ok: false,
      refusal: { kind: 'forbidden', roles: ['salesManager'] },
    })
    expect(statementReportMachine.transition(reported, 'acknowledge', {}, manager)).toEqual({
      ok: true,
      to: 'reported',
      patch: { salesManagerBy: '刘经理', salesManagerOn: '2026-07-10', step: 'reported' },
    })
    const managerDone = { ...reported, salesManagerOn: '2026-07-10' }
    expect(statementReportMachine.problems(managerDone, 'acknowledge', {}, manager)).toEqual([
      { field: 'step', messageKey: 'collectionsValidation.alreadyAcknowledged' },
    ])
    expect(statementReportMachine.transition(managerDone, 'financeAcknowledge', {}, finance)).toMatchObject({
      ok: true,
      to: 'acknowledged',
    })
    expect(
      statementReportMachine.transition({ ...reported, financeOn: '2026-07-09' }, 'acknowledge', {}, manager),
    ).toMatchObject({ ok: true, to: 'acknowledged' })
  })

  it('is reported by the clerk with a summary, not while a statement is a draft', () => {
    const draft: StatementReportFacts = {
      step: 'draft',
      salesManagerOn: '',
      financeOn: '',
      summary: periodSummary(rows),
    }
    expect(
      statementReportMachine.problems(draft, 'report', { summary: '' }, clerk).map((p) => p.messageKey),
    ).toEqual(['collectionsValidation.statementsNotSent', 'validation.required'])
    const ready = { ...draft, summary: periodSummary(rows.slice(0, 2)) }
    expect(
      statementReportMachine.transition(ready, 'report', { summary: '2户，1户不符' }, clerk),
    ).toMatchObject({
      ok: true,
      to: 'reported',
      patch: { reportedBy: '张内勤', reportedOn: '2026-07-10' },
    })
  })
})
