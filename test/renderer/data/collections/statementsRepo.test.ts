/**
 * 对账 through the repository: the batch makes one statement per customer
 * with business — figures frozen as they were, none for a customer with
 * nothing, none twice, in chunks each whole or absent —; the 回执 is
 * refused at its field when it does not hold together; the period's report
 * is refused until every statement went out, and acknowledged once each by
 * the sales manager and finance, no one else.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import {
  STATEMENT_CHUNK,
  periodStatements,
  produceStatements,
  statementAction,
  statementReportAction,
} from '../../../../renderer/src/data/repositories/collections/statementsRepo'
import { readStatementEntries } from '../../../../renderer/src/data/repositories/collections/statementsReads'
import { Writer } from '../../../../renderer/src/data/unitOfWork'
import { finance, footprint } from '../archiveFixture'
import { admin, at, clerk, freshDb } from '../dbFixture'
import { asAt, contract, customers, invoice, receipt, salesManager } from './statementsFixture'

let db: DeskDb
afterEach(() => {
  vi.restoreAllMocks()
  db?.close()
})

/** 智诚: owed 30,000 from 2025, a contract of 204,000 in H1, invoiced, 150,000 received; 浦江: nothing at all. */
async function setUp() {
  db = freshDb()
  const [zhicheng, pujiang, binhai] = await customers(db, [
    '北京智诚科技有限公司',
    '上海浦江电力工程有限公司',
    '天津滨海供电',
  ])
  await contract(db, { customerId: zhicheng, signedOn: '2025-11-03', totalFen: 5_000_000 })
  await receipt(db, { customerId: zhicheng, receivedOn: '2025-12-20', amountFen: 2_000_000 })
  await contract(db, { customerId: zhicheng, signedOn: '2026-03-12', totalFen: 20_400_000 })
  await invoice(db, zhicheng, '2026-04-02', 20_400_000)
  await receipt(db, { customerId: zhicheng, receivedOn: '2026-05-20', amountFen: 15_000_000 })
  // Not counted: a receipt finance has not confirmed, a contract still in draft, anything after 30 June.
  await receipt(db, { customerId: zhicheng, receivedOn: '2026-06-10', amountFen: 999, step: 'pending' })
  await contract(db, { customerId: zhicheng, signedOn: '2026-04-01', totalFen: 777, step: 'draft' })
  await receipt(db, { customerId: zhicheng, receivedOn: '2026-07-01', amountFen: 1_000_000 })
  await contract(db, { customerId: binhai, signedOn: '2026-06-30', totalFen: 100_000 })
  return { zhicheng, pujiang, binhai }
}

describe('the batch', () => {
  it('makes one statement per customer with business, figures frozen, none for a customer with nothing, none twice', async () => {
    const { zhicheng, binhai } = await setUp()
    const progress: number[] = []
    const result = await produceStatements(db, { period: '2026-H1' }, asAt(clerk), (p) =>
      progress.push(p.done),
    )
    expect(result).toMatchObject({ made: 2, existing: 0 })
    expect(progress).toEqual([0, 2])
    const made = await periodStatements(db, '2026-H1')
    expect(made.map((s) => s.customerId).sort()).toEqual([zhicheng, binhai].sort())
    const zc = made.find((s) => s.customerId === zhicheng)!
    expect(zc).toMatchObject({
      step: 'draft',
      asOf: '2026-06-30',
      openingFen: 3_000_000,
      contractsFen: 20_400_000,
      invoicedFen: 20_400_000,
      receivedFen: 15_000_000,
      closingFen: 8_400_000,
    })
    expect(made.map((s) => s.number).sort()).toEqual(['DZ-2026H1-0001', 'DZ-2026H1-0002'])

    // Money confirmed later for the period does not change what was produced; a second batch makes nothing.
    await receipt(db, { customerId: zhicheng, receivedOn: '2026-06-28', amountFen: 400_000 })
    expect(await produceStatements(db, { period: '2026-H1' }, asAt(clerk))).toMatchObject({
      made: 0,
      existing: 2,
    })
    expect((await db.statements.get(zc.id))?.closingFen).toBe(8_400_000)
    expect(await periodStatements(db, '2026-H1')).toHaveLength(2)

    // The printed statement lists the period's contract, invoice and receipts.
    const entries = await readStatementEntries(db, zhicheng, '2026-H1')
    expect(entries.map((e) => [e.kind, e.date, e.amountFen]).sort()).toEqual([
      ['contract', '2026-03-12', 20_400_000],
      ['invoice', '2026-04-02', 20_400_000],
      ['receipt', '2026-05-20', 15_000_000],
      ['receipt', '2026-06-28', 400_000],
    ])
  })

  it('is refused before the period ends and for anyone but the clerk', async () => {
    await setUp()
    await expect(
      produceStatements(db, { period: '2026-H2' }, asAt(clerk, at('2026-12-30T10:00:00+08:00'))),
    ).rejects.toMatchObject({
      messageKey: 'statementsScreen.errors.periodNotEnded',
      params: { field: 'period' },
    })
    await expect(produceStatements(db, { period: '2026-H1' }, asAt(finance))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(await periodStatements(db, '2026-H1')).toEqual([])
  })

  it('writes in chunks, each whole or absent: a chunk that fails leaves nothing of itself, and the next run adds only what is missing', async () => {
    db = freshDb()
    const count = STATEMENT_CHUNK + 30
    const ids = await customers(
      db,
      Array.from({ length: count }, (_, i) => `客户${i}`),
    )
    for (const id of ids) await contract(db, { customerId: id, signedOn: '2026-02-01', totalFen: 10_000 })
    const original = Writer.prototype.createMany
    let calls = 0
    // The second chunk's transaction writes half its rows, then fails.
    vi.spyOn(Writer.prototype, 'createMany').mockImplementation(async function (
      this: Writer,
      ...args: Parameters<Writer['createMany']>
    ) {
      calls += 1
      if (calls !== 2) return original.apply(this, args)
      await original.call(this, args[0], args[1].slice(0, 10), args[2])
      throw new Error('disk full')
    } as never)
    await expect(produceStatements(db, { period: '2026-H1' }, asAt(clerk))).rejects.toThrow('disk full')
    expect(await periodStatements(db, '2026-H1')).toHaveLength(STATEMENT_CHUNK)
    vi.restoreAllMocks()
    const again = await produceStatements(db, { period: '2026-H1' }, asAt(clerk))
    expect(again).toMatchObject({ made: 30, existing: STATEMENT_CHUNK })
    const all = await periodStatements(db, '2026-H1')
    expect(new Set(all.map((s) => s.customerId)).size).toBe(count)
    expect(new Set(all.map((s) => s.number)).size).toBe(count)
  })
})

describe('the 回执', () => {
  it('is refused at its field when it does not hold together, and a refusal writes nothing', async () => {
    await setUp()
    await produceStatements(db, { period: '2026-H1' }, asAt(clerk))
    const [s] = await periodStatements(db, '2026-H1')
    const answer = (payload: object) =>
      statementAction(
        db,
        {
          id: s.id,
          action: 'answer',
          payload: {
            answer: 'differ',
            returnedOn: '2026-07-10',
            differenceFen: 0,
            explanation: '',
            ...payload,
          },
        },
        asAt(clerk, at('2026-07-12T10:00:00+08:00')),
      )
    await expect(answer({ differenceFen: -250_000, explanation: '在途汇票' })).rejects.toMatchObject({
      messageKey: 'collectionsErrors.statements.notSent',
    })
    await statementAction(db, { id: s.id, action: 'send', payload: { sentOn: '2026-07-02' } }, asAt(clerk))
    const before = await footprint(db, 'statements')
    await expect(answer({ differenceFen: -250_000 })).rejects.toMatchObject({
      messageKey: 'validation.required',
      params: { field: 'explanation' },
    })
    await expect(answer({ explanation: '在途汇票' })).rejects.toMatchObject({
      messageKey: 'collectionsValidation.differWithoutDifference',
      params: { field: 'differenceFen' },
    })
    await expect(answer({ answer: 'match', differenceFen: 100 })).rejects.toMatchObject({
      messageKey: 'collectionsValidation.matchWithDifference',
    })
    await expect(
      answer({ returnedOn: '2026-07-01', differenceFen: 5, explanation: 'x' }),
    ).rejects.toMatchObject({
      params: { field: 'returnedOn' },
    })
    expect(await footprint(db, 'statements')).toEqual(before)

    const differs = await answer({ differenceFen: -250_000, explanation: '客户未计 6 月 28 日在途汇票' })
    expect(differs).toMatchObject({ step: 'differs', answer: 'differ', differenceFen: -250_000 })
    await expect(
      statementAction(db, { id: s.id, action: 'resolve', payload: { resolution: ' ' } }, asAt(clerk)),
    ).rejects.toMatchObject({ params: { field: 'resolution' } })
    const resolved = await statementAction(
      db,
      { id: s.id, action: 'resolve', payload: { resolution: '汇票已到账，双方一致' } },
      asAt(clerk),
    )
    expect(resolved).toMatchObject({ step: 'resolved', resolvedOn: '2026-07-02' })
    // The figures sent stay as they were.
    expect(resolved.closingFen).toBe(s.closingFen)
  })
})

describe('the period’s report', () => {
  it('waits until every statement went out, then the sales manager and finance each acknowledge it once; no one else may', async () => {
    await setUp()
    await produceStatements(db, { period: '2026-H1' }, asAt(clerk))
    const [a, b] = await periodStatements(db, '2026-H1')
    const report = (actor = clerk) =>
      statementReportAction(
        db,
        { period: '2026-H1', action: 'report', payload: { summary: '均已核对' } },
        asAt(actor),
      )
    await statementAction(db, { id: a.id, action: 'send', payload: { sentOn: '2026-07-02' } }, asAt(clerk))
    await expect(report()).rejects.toMatchObject({
      messageKey: 'collectionsValidation.statementsNotSent',
      params: { field: 'period', count: 1 },
    })
    expect(await db.statementReports.get('2026-H1')).toBeUndefined()
    await statementAction(db, { id: b.id, action: 'send', payload: { sentOn: '2026-07-02' } }, asAt(clerk))
    await expect(report(salesManager)).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await report()).toMatchObject({
      id: '2026-H1',
      step: 'reported',
      reportedBy: clerk.name,
      summary: '均已核对',
    })

    const ack = (action: 'acknowledge' | 'financeAcknowledge', actor = salesManager) =>
      statementReportAction(db, { period: '2026-H1', action, payload: {} }, asAt(actor))
    for (const actor of [clerk, finance, admin])
      await expect(ack('acknowledge', actor)).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(ack('financeAcknowledge', salesManager)).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await ack('acknowledge')).toMatchObject({ step: 'reported', salesManagerBy: '陈经理' })
    await expect(ack('acknowledge')).rejects.toMatchObject({
      messageKey: 'collectionsValidation.alreadyAcknowledged',
    })
    expect(await ack('financeAcknowledge', finance)).toMatchObject({
      step: 'acknowledged',
      financeBy: finance.name,
      financeOn: '2026-07-02',
    })
  })
})
