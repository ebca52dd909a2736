/**
 * 对账单 (DOMAIN.md §4; 制度：应在每年的6月底和12月底与客户核对往来账目，并将
 * 结果报告销售部经理，并通报公司财务部): all statements of a half-year are
 * produced in one action — one per customer with business and none yet for
 * the period, its figures (statementFigures) frozen as they are then — and
 * each is sent, its 回执 recorded (相符, or 不符 with the difference and
 * why) and a difference settled. The period's result is reported to the
 * sales manager and finance, who each acknowledge it (statementReportMachine).
 *
 * The batch writes in chunks, each its own transaction (runWrite): 2,000
 * customers are ten transactions of 200, so none holds IndexedDB for long
 * and the screen shows progress between them. A chunk is whole or absent —
 * a failure aborts its transaction and leaves the chunks before it, each
 * complete — and running the batch again makes only the statements still
 * missing: every chunk asks again, inside its transaction, which of its
 * customers have one for the period, so nothing is made twice.
 */
import { assertCan } from '@shared/auth/permissions'
import { AppFailure } from '@shared/errors/appFailure'
import { todayIso } from '@shared/kernel/workdays'
import {
  type StatementAction,
  type StatementPayloads,
  statementMachine,
} from '@shared/procedures/collections/machines/statement'
import {
  type StatementReportAction,
  type StatementReportPayloads,
  statementReportMachine,
} from '@shared/procedures/collections/machines/statementReport'
import type { StatementRecord, StatementReportRecord } from '@shared/procedures/collections/records'
import { statementAnswerSchema } from '@shared/procedures/collections/schema'
import {
  customersWithoutStatement,
  isHalfYear,
  periodEnd,
  periodSummary,
  statementFigures,
} from '@shared/procedures/collections/statements'
import { type Draft, liveRows } from '@shared/types/records'
import { parseOrFail } from '@shared/validation/parseOrFail'
import type { DeskDb } from '../../db'
import { runWrite, type WriteContext } from '../../unitOfWork'
import { allowed, machineContext } from '../takeTransition'
import { readStatementInputs } from './statementsReads'

/** Customers per transaction of the batch. */
export const STATEMENT_CHUNK = 200

/** The live statements of a period. */
export async function periodStatements(db: DeskDb, period: string): Promise<StatementRecord[]> {
  return liveRows(await db.statements.where('period').equals(period).toArray())
}

/** DZ-2026H1-0001: one series per half-year (a PC's monthly block of 1,000 numbers is too few for a batch). */
export const statementNumber = (period: string, seq: number) =>
  `DZ-${period.replace('-', '')}-${String(seq).padStart(4, '0')}`

/** The highest sequence the period's numbers have used, so a second batch goes on after it. */
function lastSeq(period: string, statements: readonly Pick<StatementRecord, 'number'>[]): number {
  const prefix = statementNumber(period, 0).slice(0, -4)
  let last = 0
  for (const s of statements)
    if (s.number.startsWith(prefix)) last = Math.max(last, Number(s.number.slice(prefix.length)) || 0)
  return last
}

export interface BatchProgress {
  /** Customers dealt with so far (made, or found made already). */
  done: number
  total: number
  made: number
}

export interface BatchResult {
  made: number
  /** The statements made, in the order made (their PDFs are saved next). */
  ids: string[]
  /** Customers with business for the period that had a statement already. */
  existing: number
}

/**
 * 生成对账单: a draft statement, figures frozen, for every customer with
 * business in or before the period and no statement for it yet, in chunks
 * of STATEMENT_CHUNK customers (see the file's comment), calling `onProgress`
 * after each.
 */
export async function produceStatements(
  db: DeskDb,
  req: { period: string },
  ctx: WriteContext,
  onProgress?: (p: BatchProgress) => void,
): Promise<BatchResult> {
  assertCan(ctx.actor, 'collections.statements')
  const { period } = req
  if (!isHalfYear(period)) throw new AppFailure('validation', 'validation.required', { field: 'period' })
  // Before the period has ended its figures are not the half-year's.
  if (periodEnd(period) > todayIso(ctx.now))
    throw new AppFailure('validation', 'statementsScreen.errors.periodNotEnded', {
      field: 'period',
      end: periodEnd(period),
    })
  const [inputs, before] = await Promise.all([readStatementInputs(db, period), periodStatements(db, period)])
  const figures = statementFigures(period, inputs)
  const missing = customersWithoutStatement(period, figures, before).sort()
  const existing = figures.size - missing.length
  let seq = lastSeq(period, before)
  let made = 0
  const ids: string[] = []
  onProgress?.({ done: 0, total: missing.length, made })
  for (let start = 0; start < missing.length; start += STATEMENT_CHUNK) {
    const chunk = missing.slice(start, start + STATEMENT_CHUNK)
    const rows = await runWrite(db, ctx, async (w) => {
      // Made meanwhile (another PC's, synced in, or a second click): those are left alone.
      const now = await db.statements
        .where('[customerId+period]')
        .anyOf(chunk.map((id) => [id, period]))
        .toArray()
      const done = new Set(liveRows(now).map((s) => s.customerId))
      seq = Math.max(seq, lastSeq(period, now))
      const drafts = chunk
        .filter((id) => !done.has(id))
        .map((customerId) => ({
          ...blankStatement(),
          ...figures.get(customerId)!,
          number: statementNumber(period, ++seq),
          customerId,
          period,
          asOf: periodEnd(period),
        }))
      return w.createMany('statements', drafts, { action: 'produceStatements' })
    })
    // Counted once the chunk's transaction has committed.
    made += rows.length
    ids.push(...rows.map((r) => r.id))
    onProgress?.({ done: Math.min(start + chunk.length, missing.length), total: missing.length, made })
  }
  return { made, ids, existing }
}

function blankStatement() {
  return {
    step: statementMachine.initial,
    sentOn: '',
    returnedOn: '',
    answer: '' as const,
    differenceFen: 0,
    explanation: '',
    resolution: '',
    resolvedOn: '',
  }
}

/** 发出, 登记回执 (the answer checked at the boundary first), 差异处理. */
export async function statementAction<A extends StatementAction>(
  db: DeskDb,
  req: { id: string; action: A; payload: StatementPayloads[A] },
  ctx: WriteContext,
): Promise<StatementRecord> {
  const payload =
    req.action === 'answer'
      ? (parseOrFail(statementAnswerSchema, req.payload) as StatementPayloads[A])
      : req.payload
  return runWrite(db, ctx, async (w) => {
    const statement = await w.getLive('statements', req.id)
    const patch = allowed(
      statementMachine.transition(statement, req.action, payload, await machineContext(db, ctx)),
      'statements',
      req.action,
    )
    return w.updateRow('statements', statement, patch)
  })
}

/**
 * 报告 / 销售部经理确认 / 财务部确认 of a period's result. The report's row
 * (id = the period) is made by the report itself, so one exists per period
 * whichever PC reports it.
 */
export async function statementReportAction<A extends StatementReportAction>(
  db: DeskDb,
  req: { period: string; action: A; payload: StatementReportPayloads[A] },
  ctx: WriteContext,
): Promise<StatementReportRecord> {
  if (!isHalfYear(req.period)) throw new AppFailure('validation', 'validation.required', { field: 'period' })
  return runWrite(db, ctx, async (w) => {
    const row = await w.get('statementReports', req.period)
    const report = row && !row.deletedAt ? row : null
    const facts = {
      step: report?.step ?? statementReportMachine.initial,
      salesManagerOn: report?.salesManagerOn ?? '',
      financeOn: report?.financeOn ?? '',
      summary: periodSummary(await periodStatements(db, req.period)),
    }
    const patch = allowed(
      statementReportMachine.transition(facts, req.action, req.payload, await machineContext(db, ctx)),
      'statementReports',
      req.action,
    )
    if (report) return w.updateRow('statementReports', report, patch)
    return w.create('statementReports', { ...blankReport(req.period), ...patch }, { id: req.period })
  })
}

function blankReport(period: string): Draft<StatementReportRecord> {
  return {
    period,
    step: statementReportMachine.initial,
    reportedOn: '',
    reportedBy: '',
    summary: '',
    salesManagerBy: '',
    salesManagerOn: '',
    financeBy: '',
    financeOn: '',
  }
}
