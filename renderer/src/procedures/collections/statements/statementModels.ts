/**
 * The 对账 documents built from what is stored now (the builders in
 * shared/procedures/collections/documents are pure; this is where their
 * data is read), the half-years a clerk picks from, and the batch's second
 * half: every statement of the period saved as a PDF, one at a time, with
 * progress.
 */
import type { TFunction } from 'i18next'
import type { DocumentModel } from '@shared/documents/documentModel'
import { AppFailure } from '@shared/errors/appFailure'
import {
  type StatementReportInput,
  statementDocument,
  STATEMENT_TYPE,
} from '@shared/procedures/collections/documents'
import type { StatementRecord } from '@shared/procedures/collections/records'
import { duePeriod, halfYearOf, periodEnd, previousPeriod } from '@shared/procedures/collections/statements'
import type { DeskDb } from '../../../data/db'
import { readCompany } from '../../../data/repositories/companyRepo'
import { readStatementEntries } from '../../../data/repositories/collections/statementsReads'
import { periodStatements } from '../../../data/repositories/collections/statementsRepo'

/** The half-years to pick from: the one due (or this one once it has ended) and the four before, newest first. */
export function recentPeriods(today: string, count = 5): string[] {
  const current = halfYearOf(today)
  let p = today >= periodEnd(current) ? current : duePeriod(today)
  const out: string[] = []
  for (let i = 0; i < count; i++, p = previousPeriod(p)) out.push(p)
  return out
}

/** 2026-H1 → the words' half-year label. */
export const periodLabel = (t: TFunction, period: string): string =>
  t(`statementsScreen.halves.${period.slice(5)}`, { year: period.slice(0, 4) })

async function companyName(db: DeskDb): Promise<string> {
  return (await readCompany(db))?.name ?? ''
}

/**
 * One customer's 对账单 with its 回执, the period's lines read as they are
 * now. Dated the day it was produced and signed by whoever produced it, as
 * its figures are frozen then: printed again, it is the same document (and
 * the same saved file), whoever prints it.
 */
export async function statementModel(
  db: DeskDb,
  statement: StatementRecord,
  company?: string,
): Promise<DocumentModel> {
  const [customer, entries, name, producer] = await Promise.all([
    db.customers.get(statement.customerId),
    readStatementEntries(db, statement.customerId, statement.period),
    company ?? companyName(db),
    db.users.get(statement.createdBy),
  ])
  return statementDocument({
    statement,
    customerName: String(customer?.name ?? ''),
    entries,
    company: name,
    preparedBy: producer?.name ?? '',
    issuedAt: statement.createdAt,
  })
}

export async function statementModelById(db: DeskDb, id: string): Promise<DocumentModel> {
  const statement = await db.statements.get(id)
  if (!statement || statement.deletedAt)
    throw new AppFailure('data.notFound', 'errors.data.notFound', { table: 'statements', id })
  return statementModel(db, statement)
}

/** The period's report as printed and exported: every statement with its customer's name. */
export async function reportInput(
  db: DeskDb,
  period: string,
  issuedAt: string,
): Promise<StatementReportInput> {
  const [statements, report, company] = await Promise.all([
    periodStatements(db, period),
    db.statementReports.get(period),
    companyName(db),
  ])
  const customers = await db.customers.bulkGet([...new Set(statements.map((s) => s.customerId))])
  const names = new Map(customers.filter(Boolean).map((c) => [c!.id, String(c!.name ?? '')]))
  return {
    period,
    report: report && !report.deletedAt ? report : undefined,
    statements: statements.map((s) => ({ ...s, customerName: names.get(s.customerId) ?? '' })),
    company,
    issuedAt,
  }
}

export interface SavedPdfs {
  count: number
  /** The folder (relative to the documents folder) the last one went to. */
  folder: string
}

/**
 * Saves the PDF of each of `statements` through `save` (main's documents
 * service), one after another — main renders one at a time anyway — and
 * reports progress after each.
 */
export async function saveStatementPdfs(
  db: DeskDb,
  statements: readonly StatementRecord[],
  save: (model: DocumentModel) => Promise<{ path: string }>,
  onProgress: (done: number) => void,
): Promise<SavedPdfs> {
  const company = await companyName(db)
  let folder = STATEMENT_TYPE
  for (const [i, s] of statements.entries()) {
    const saved = await save(await statementModel(db, s, company))
    folder = saved.path.slice(0, saved.path.lastIndexOf('/'))
    onProgress(i + 1)
  }
  return { count: statements.length, folder }
}
