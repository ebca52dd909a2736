import { describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/errors/appFailure'
import type { DeskDb } from '../../../../renderer/src/data/db'
import {
  decideApproval,
  recordPaperApproval,
} from '../../../../renderer/src/data/repositories/contracts/approvalsRepo'
import { liveLines } from '../../../../renderer/src/data/repositories/contracts/childLines'
import {
  contractAction,
  createContract,
  saveContract,
  submitContract,
} from '../../../../renderer/src/data/repositories/contracts/contractsRepo'
import {
  contractFromQuotation,
  quotationAction,
  saveQuotation,
} from '../../../../renderer/src/data/repositories/contracts/quotationsRepo'
import { registerContracts } from '../../../../renderer/src/data/repositories/contracts/registerRepo'
import { recordNumberBlock } from '../../../../renderer/src/data/numbering'
import { as, footprint } from '../archiveFixture'
import { at, clerk, freshDb } from '../dbFixture'
import { aCustomer, aScan, contractInput, keeper, leader, legal, line, manager } from './contractFixture'

async function refused(p: Promise<unknown>): Promise<AppFailure> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppFailure)
  return err as AppFailure
}

/** A contract from a quotation with its price cut 10 % below the quote (the manager must approve). */
async function belowQuote(db: DeskDb) {
  const customerId = await aCustomer(db)
  const q = await saveQuotation(
    db,
    {
      id: null,
      input: {
        customerId,
        quotedOn: '2026-11-20',
        validUntil: '2026-12-20',
        deliveryTerms: '送货上门',
        paymentTerms: '款到发货',
        note: '',
        lines: [line()],
      },
    },
    as(clerk),
  )
  await quotationAction(db, { id: q.id, action: 'issue' }, as(clerk))
  const c = await contractFromQuotation(db, { id: q.id }, as(clerk))
  const [l] = await liveLines(db, c.id)
  const cut = {
    ...contractInput(customerId),
    lines: [{ ...line(), id: l.id, quotedUnitFen: 100_000, unitFen: 90_000 }],
  }
  return { q, c: await saveContract(db, { id: c.id, input: cut }, as(clerk)), customerId }
}

describe('contracts from quotation to settlement', () => {
  it('numbers quotations and contracts from this PC block and carries the quoted price', async () => {
    const db = freshDb()
    // The block the share gives the first PC.
    await recordNumberBlock(db, 0, undefined)
    const { q, c } = await belowQuote(db)
    expect(q.number).toBe('BJ-202611-0001')
    expect(c.number).toBe('HT-202611-0001')
    expect(c.quotationId).toBe(q.id)
    expect((await db.quotations.get(q.id))?.status).toBe('accepted')
    expect(c.totalFen).toBe(900_000)
    expect(c.netFen + c.taxFen).toBe(c.totalFen)
    await recordNumberBlock(db, 1, undefined)
    const other = await createContract(db, { input: contractInput(c.customerId) }, as(clerk))
    expect(other.number).toBe('HT-202611-1001')
  })

  it('walks every step; the clerk cannot approve, the commerce manager can', async () => {
    const db = freshDb()
    await recordNumberBlock(db, 0, undefined)
    const { c } = await belowQuote(db)
    await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, as(clerk))
    expect(
      (await refused(contractAction(db, { id: c.id, action: 'legalPass', payload: {} }, as(clerk)))).code,
    ).toBe('auth.forbidden')
    const missing = await refused(
      contractAction(db, { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法合规' } }, as(legal)),
    )
    expect(missing.params.field).toBe('riskAssessment')
    const passed = await contractAction(
      db,
      { id: c.id, action: 'legalPass', payload: { legalOpinion: '合法合规', riskAssessment: '风险可控' } },
      as(legal),
    )
    expect(passed.step).toBe('approval')
    expect(passed.requiredApprovals.map((r) => r.rule)).toEqual(['priceBelowQuote'])

    const before = await footprint(db, 'approvals')
    const denied = await refused(
      decideApproval(
        db,
        {
          table: 'contracts',
          id: c.id,
          decision: { rule: 'priceBelowQuote', decision: 'approved', comment: '' },
        },
        as(clerk),
      ),
    )
    expect(denied.code).toBe('auth.forbidden')
    expect(await footprint(db, 'approvals')).toEqual(before)
    await decideApproval(
      db,
      {
        table: 'contracts',
        id: c.id,
        decision: { rule: 'priceBelowQuote', decision: 'approved', comment: '同意' },
      },
      as(manager),
    )
    const approved = await db.contracts.get(c.id)
    expect(approved?.step).toBe('toSign')
    expect(approved?.approvedOn).toBe('2026-11-26')

    const early = await refused(
      contractAction(
        db,
        { id: c.id, action: 'sign', payload: { signedOn: '2026-11-25', openPointsConfirmed: true } },
        as(clerk),
      ),
    )
    expect(early.messageKey).toBe('validation.contract.signedBeforeApproval')
    await contractAction(
      db,
      { id: c.id, action: 'sign', payload: { signedOn: '2026-11-26', openPointsConfirmed: true } },
      as(clerk),
    )
    expect(
      (await refused(contractAction(db, { id: c.id, action: 'file', payload: {} }, as(keeper)))).params.field,
    ).toBe('signedScanId')
    const scan = await aScan(db, 'contracts', c.id)
    await contractAction(db, { id: c.id, action: 'file', payload: { signedScanId: scan.id } }, as(keeper))
    await contractAction(db, { id: c.id, action: 'startPerformance', payload: {} }, as(keeper))
    const unverified = await refused(
      contractAction(db, { id: c.id, action: 'settle', payload: { quantitiesVerified: true } }, as(clerk)),
    )
    expect(unverified.params.field).toBe('amountsVerified')
    // Nothing invoiced or received yet: a clerk may not settle the difference, the commerce manager may, saying why.
    const verified = { quantitiesVerified: true, amountsVerified: true, settlementScanId: scan.id }
    const owed = await refused(
      contractAction(db, { id: c.id, action: 'settle', payload: verified }, as(clerk)),
    )
    expect([owed.messageKey, owed.params.field]).toEqual([
      'validation.contract.settleByManager',
      'settlementNote',
    ])
    const settled = await contractAction(
      db,
      { id: c.id, action: 'settle', payload: { ...verified, settlementNote: '尾款按补充协议另行结算' } },
      as(manager),
    )
    expect(settled.step).toBe('settled')
    expect((await registerContracts(db, '2026-11')).map((r) => r.number)).toEqual(['HT-202611-0001'])
  })

  it('refuses to leave draft without lines or with milestones not adding to 100 %', async () => {
    const db = freshDb()
    const customerId = await aCustomer(db)
    const empty = await createContract(db, { input: contractInput(customerId, { lines: [] }) }, as(clerk))
    expect(
      (await refused(contractAction(db, { id: empty.id, action: 'submitLegal', payload: {} }, as(clerk))))
        .messageKey,
    ).toBe('validation.contract.noLines')
    const short = await createContract(
      db,
      {
        input: contractInput(customerId, {
          milestones: [
            { kind: 'advance', percentBp: 9000, dueRule: '', trigger: 'signed', triggerDays: 7, dueOn: '' },
          ],
        }),
      },
      as(clerk),
    )
    const sum = await refused(
      contractAction(db, { id: short.id, action: 'submitLegal', payload: {} }, as(clerk)),
    )
    expect(sum.messageKey).toBe('validation.contract.milestonesSum')
    expect(sum.params.percent).toBe(90)
  })

  it('refuses a negative price or a discount over 100 % and writes nothing', async () => {
    const db = freshDb()
    const customerId = await aCustomer(db)
    const before = await footprint(db, 'contracts')
    const bad = await refused(
      createContract(db, { input: contractInput(customerId, { lines: [line({ unitFen: -1 })] }) }, as(clerk)),
    )
    expect(bad.messageKey).toBe('validation.contract.negativePrice')
    expect(bad.params.field).toBe('lines.0.unitFen')
    const disc = await refused(
      createContract(
        db,
        { input: contractInput(customerId, { lines: [line({ discountBp: 10_001 })] }) },
        as(clerk),
      ),
    )
    expect(disc.messageKey).toBe('validation.contract.discount')
    expect(await footprint(db, 'contracts')).toEqual(before)
  })

  it('a rejection sends the contract back to draft with a new round; paper approvals need the scan', async () => {
    const db = freshDb()
    const customerId = await aCustomer(db)
    const big = await createContract(
      db,
      { input: contractInput(customerId, { lines: [line({ qty: 10_000 })] }) },
      as(clerk),
    )
    await contractAction(db, { id: big.id, action: 'submitLegal', payload: {} }, as(clerk))
    await contractAction(
      db,
      { id: big.id, action: 'legalPass', payload: { legalOpinion: '可', riskAssessment: '可' } },
      as(legal),
    )
    const paper = {
      rule: 'majorContract' as const,
      decision: 'approved' as const,
      comment: '',
      signer: '郑总',
      signedOn: '2026-11-26',
      scanId: 'nope',
    }
    expect(
      (await refused(recordPaperApproval(db, { table: 'contracts', id: big.id, decision: paper }, as(clerk))))
        .params.field,
    ).toBe('scanId')
    await decideApproval(
      db,
      {
        table: 'contracts',
        id: big.id,
        decision: { rule: 'majorContract', decision: 'rejected', comment: '金额过大' },
      },
      as(leader, at('2026-11-26T11:00:00+08:00')),
    )
    const back = await db.contracts.get(big.id)
    expect(back?.step).toBe('draft')
    expect(back?.approvalRound).toBe(2)
    await contractAction(db, { id: big.id, action: 'submitLegal', payload: {} }, as(clerk))
    await contractAction(
      db,
      { id: big.id, action: 'legalPass', payload: { legalOpinion: '可', riskAssessment: '可' } },
      as(legal),
    )
    const scan = await aScan(db, 'contracts', big.id)
    await recordPaperApproval(
      db,
      { table: 'contracts', id: big.id, decision: { ...paper, scanId: scan.id } },
      as(clerk),
    )
    expect((await db.contracts.get(big.id))?.step).toBe('toSign')
  })
})

describe('submitting the draft form', () => {
  it('saves and submits in one transaction; a refusal keeps the draft as it was', async () => {
    const db = freshDb()
    const customerId = await aCustomer(db)
    const c = await createContract(db, { input: contractInput(customerId) }, as(clerk))
    const before = await footprint(db, 'contracts')
    const bad = contractInput(customerId, {
      title: '改过的名称',
      milestones: [
        { kind: 'advance', percentBp: 5000, dueRule: '', trigger: 'signed', triggerDays: 7, dueOn: '' },
      ],
    })
    await refused(submitContract(db, { id: c.id, input: bad }, as(clerk)))
    expect(await footprint(db, 'contracts')).toEqual(before)
    expect((await db.contracts.get(c.id))?.title).toBe('电表采购合同')
    const ok = await submitContract(
      db,
      { id: c.id, input: contractInput(customerId, { title: '改过的名称' }) },
      as(clerk),
    )
    expect(ok.step).toBe('legalReview')
    expect(ok.title).toBe('改过的名称')
  })
})
