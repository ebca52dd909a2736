/**
 * 催款 through the repository: the owed milestones come from what contracts
 * keep of what they are owed (by index), with the latest attempt; an attempt
 * needs whom and how, a promise not before the call, and only who may chase
 * records one; money confirmed takes the milestone off the list.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import {
  dunningLog,
  owedMilestoneRows,
  saveDunning,
} from '../../../../renderer/src/data/repositories/collections/dunningsRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { as, finance, footprint, sales } from '../archiveFixture'
import { at, clerk, freshDb } from '../dbFixture'
import { contractLineRow } from '../rawRows'

let db: DeskDb
afterEach(() => db?.close())
const day = at('2026-12-04T09:00:00+08:00')

async function owing() {
  db = freshDb()
  await runWrite(db, as(clerk, day), async (w) => {
    await w.create(
      'contracts',
      {
        number: 'HT-1',
        customerId: 'K',
        step: 'performing',
        signedOn: '2026-11-01',
        deliveredOn: '',
      } as never,
      { id: 'C' },
    )
    await w.create('tradeLines', contractLineRow('C') as never, { id: 'L' })
    for (const [id, position, kind, percentBp, trigger, triggerDays, dueOn] of [
      ['M1', 1, 'advance', 3000, 'signed', 7, ''],
      ['M2', 2, 'delivery', 7000, 'fixed', 0, '2026-12-10'],
    ] as const)
      await w.create(
        'milestones',
        {
          parentTable: 'contracts',
          parentId: 'C',
          position,
          kind,
          percentBp,
          dueRule: '',
          trigger,
          triggerDays,
          dueOn,
          receivedOn: '',
        } as never,
        { id },
      )
  })
}

const attempt = (over: Record<string, unknown> = {}) => ({
  input: {
    contractId: 'C',
    milestoneId: 'M1',
    contactedOn: '2026-12-04',
    contact: '王会计',
    how: 'phone',
    promisedOn: '2026-12-08',
    note: '',
    ...over,
  },
})

describe('dunning', () => {
  it('lists each owed milestone with its computed due date and open amount, earliest first', async () => {
    await owing()
    const rows = await owedMilestoneRows(db)
    // 2 × ¥500.00 = ¥1,000.00: 30 % due 7 days after signing, 70 % on the fixed date.
    expect(rows.map((r) => [r.milestoneId, r.dueOn, r.openFen])).toEqual([
      ['M1', '2026-11-08', 30_000],
      ['M2', '2026-12-10', 70_000],
    ])
  })

  it('records an attempt with whom, how and the promise, refusing each at its field', async () => {
    await owing()
    const before = await footprint(db, 'dunnings')
    await expect(saveDunning(db, attempt({ contact: ' ' }), as(sales, day))).rejects.toMatchObject({
      params: { field: 'contact' },
    })
    await expect(
      saveDunning(db, attempt({ promisedOn: '2026-12-01' }), as(sales, day)),
    ).rejects.toMatchObject({
      messageKey: 'collectionsValidation.promisedBeforeContact',
      params: { field: 'promisedOn' },
    })
    await expect(
      saveDunning(db, attempt({ contactedOn: '2026-12-05' }), as(sales, day)),
    ).rejects.toMatchObject({ params: { field: 'contactedOn' } })
    await expect(saveDunning(db, attempt(), as(finance, day))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(await footprint(db, 'dunnings')).toEqual(before)
    await saveDunning(db, attempt(), as(sales, day))
    const [first] = await owedMilestoneRows(db)
    expect(first.last).toMatchObject({ contact: '王会计', how: 'phone', promisedOn: '2026-12-08' })
    expect((await dunningLog(db, 'M1')).map((d) => d.contactedOn)).toEqual(['2026-12-04'])
  })

  it('drops a milestone once confirmed money pays it', async () => {
    await owing()
    await runWrite(db, as(clerk, day), (w) =>
      w.create('receiptAllocations', {
        parentId: 'R',
        contractId: 'C',
        milestoneId: 'M1',
        amountFen: 30_000,
        confirmedOn: '2026-12-03',
      } as never),
    )
    expect((await owedMilestoneRows(db)).map((r) => r.milestoneId)).toEqual(['M2'])
  })
})
