/** Each contract-procedure repository takes its machine's path: the row changes exactly as the machine's transition says. */
import { describe, expect, it } from 'vitest'
import { AppFailure } from '@shared/errors/appFailure'
import {
  type ChangeAction,
  type ChangeFacts,
  changeMachine,
} from '@shared/procedures/contracts/machines/change'
import {
  type ContractAction,
  type ContractPayload,
  contractMachine,
} from '@shared/procedures/contracts/machines/contract'
import { phoneOrderMachine } from '@shared/procedures/contracts/machines/phoneOrder'
import { quotationMachine } from '@shared/procedures/contracts/machines/quotation'
import type { LineInput } from '@shared/procedures/contracts/schema'
import { roundApprovals } from '../../../../renderer/src/data/repositories/contracts/approvalsRepo'
import {
  saveChange,
  signChange,
  startChange,
  submitChange,
} from '../../../../renderer/src/data/repositories/contracts/changesRepo'
import {
  lineInputOf,
  liveLines,
  liveMilestones,
} from '../../../../renderer/src/data/repositories/contracts/childLines'
import {
  contractAction,
  contractFacts,
  createContract,
  submitContract,
} from '../../../../renderer/src/data/repositories/contracts/contractsRepo'
import {
  contractFromPhoneOrder,
  savePhoneOrder,
  voidPhoneOrder,
} from '../../../../renderer/src/data/repositories/contracts/phoneOrdersRepo'
import {
  contractFromQuotation,
  quotationAction,
  saveQuotation,
} from '../../../../renderer/src/data/repositories/contracts/quotationsRepo'
import { machineContext } from '../../../../renderer/src/data/repositories/takeTransition'
import type { WriteContext } from '../../../../renderer/src/data/unitOfWork'
import { as, footprint, sales } from '../archiveFixture'
import { clerk, freshDb } from '../dbFixture'
import {
  aCustomer,
  contractInput,
  expectMachinePatch,
  failureOf,
  legal,
  line,
  manager,
  milestones,
} from './contractFixture'

type ChangePayload<A extends ChangeAction> = Parameters<typeof changeMachine.transition<A>>[2]

async function refused(p: Promise<unknown>): Promise<AppFailure> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppFailure)
  return err as AppFailure
}

describe('the repositories take their machine’s path', () => {
  it('contracts: a refusal is the machine’s, at its field or with its words; an allowed step writes its patch', async () => {
    const db = freshDb()
    const customerId = await aCustomer(db)
    const draft = await createContract(db, { input: contractInput(customerId, { lines: [] }) }, as(clerk))
    const take = (action: ContractAction, payload: ContractPayload, ctx: WriteContext) =>
      contractAction(db, { id: draft.id, action, payload }, ctx)
    const machine = async (action: ContractAction, payload: ContractPayload, ctx: WriteContext) =>
      contractMachine.transition(
        await contractFacts(db, (await db.contracts.get(draft.id))!),
        action,
        payload,
        await machineContext(db, ctx),
      )

    const noLines = await machine('submitLegal', {}, as(clerk))
    expect(noLines).toMatchObject({ refusal: { kind: 'problems' } })
    expect(await refused(take('submitLegal', {}, as(clerk)))).toMatchObject(
      failureOf(noLines, 'contracts', 'submitLegal'),
    )
    await submitContract(db, { id: draft.id, input: contractInput(customerId) }, as(clerk))
    const opinion = { legalOpinion: '合法合规', riskAssessment: '风险可控' }
    const byClerk = await machine('legalPass', opinion, as(clerk))
    expect(byClerk).toMatchObject({ refusal: { kind: 'forbidden', roles: ['legal'] } })
    expect(await refused(take('legalPass', opinion, as(clerk)))).toMatchObject(
      failureOf(byClerk, 'contracts', 'legalPass'),
    )
    const early = await machine('terminate', { reason: '客户取消' }, as(manager))
    expect(early).toMatchObject({ refusal: { kind: 'closed' } })
    expect(await refused(take('terminate', { reason: '客户取消' }, as(manager)))).toMatchObject(
      failureOf(early, 'contracts', 'terminate'),
    )

    const before = (await db.contracts.get(draft.id))!
    const passed = await machine('legalPass', opinion, as(legal))
    await take('legalPass', opinion, as(legal))
    expectMachinePatch(before, (await db.contracts.get(draft.id))!, passed)
  })

  it('quotations: a missing line and a quotation not issued are refused as the machine says; 发出 writes its patch', async () => {
    const db = freshDb()
    const customerId = await aCustomer(db)
    const input = {
      customerId,
      quotedOn: '2026-11-20',
      validUntil: '2026-12-20',
      deliveryTerms: '',
      paymentTerms: '',
      note: '',
      lines: [] as LineInput[],
    }
    const q = await saveQuotation(db, { id: null, input }, as(clerk))
    const facts = async () => {
      const row = (await db.quotations.get(q.id))!
      return { status: row.status, lineCount: (await liveLines(db, q.id)).length }
    }
    const ctx = await machineContext(db, as(clerk))

    const empty = quotationMachine.transition(await facts(), 'issue', {}, ctx)
    expect(empty).toMatchObject({ refusal: { kind: 'problems' } })
    expect(await refused(quotationAction(db, { id: q.id, action: 'issue' }, as(clerk)))).toMatchObject(
      failureOf(empty, 'quotations', 'issue'),
    )
    const notIssued = quotationMachine.transition(await facts(), 'accept', { contractId: '' }, ctx)
    expect(notIssued).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'quotations.notIssued' } },
    })
    const contractsBefore = await footprint(db, 'contracts')
    expect(await refused(contractFromQuotation(db, { id: q.id }, as(clerk)))).toMatchObject(
      failureOf(notIssued, 'quotations', 'accept'),
    )
    expect(await footprint(db, 'contracts')).toEqual(contractsBefore)

    await saveQuotation(db, { id: q.id, input: { ...input, lines: [line()] } }, as(clerk))
    const before = (await db.quotations.get(q.id))!
    const issued = quotationMachine.transition(await facts(), 'issue', {}, ctx)
    await quotationAction(db, { id: q.id, action: 'issue' }, as(clerk))
    expectMachinePatch(before, (await db.quotations.get(q.id))!, issued)
  })

  it('phone orders: converting before approval and voiding without a reason are the machine’s refusals; 作废 writes its patch', async () => {
    const db = freshDb()
    const order = await savePhoneOrder(
      db,
      {
        id: null,
        input: {
          channel: 'fax',
          customerId: await aCustomer(db),
          receivedOn: '2026-11-26',
          caller: '张工',
          reasonNoContract: '客户急需',
          note: '',
          lines: [line()],
        },
      },
      as(clerk),
    )
    const facts = async () => {
      const row = (await db.phoneOrders.get(order.id))!
      return { step: row.step, decisionsInRound: (await roundApprovals(db, row)).length }
    }
    const ctx = await machineContext(db, as(clerk))

    const waiting = phoneOrderMachine.transition(await facts(), 'convert', { contractId: '' }, ctx)
    expect(waiting).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'phoneOrders.notApproved' } },
    })
    expect(await refused(contractFromPhoneOrder(db, { id: order.id }, as(clerk)))).toMatchObject(
      failureOf(waiting, 'phoneOrders', 'convert'),
    )
    const blank = phoneOrderMachine.transition(await facts(), 'void', { reason: '  ' }, ctx)
    expect(blank).toMatchObject({ refusal: { kind: 'problems' } })
    expect(await refused(voidPhoneOrder(db, { id: order.id, reason: '  ' }, as(clerk)))).toMatchObject(
      failureOf(blank, 'phoneOrders', 'void'),
    )

    const before = (await db.phoneOrders.get(order.id))!
    const voided = phoneOrderMachine.transition(await facts(), 'void', { reason: ' 客户改签正式合同 ' }, ctx)
    await voidPhoneOrder(db, { id: order.id, reason: ' 客户改签正式合同 ' }, as(clerk))
    expectMachinePatch(before, (await db.phoneOrders.get(order.id))!, voided)
  })

  it('change agreements: a blank reason, a role the machine does not name and a future date are its refusals; 提交 writes its patch', async () => {
    const db = freshDb()
    const customerId = await aCustomer(db)
    const c = await createContract(db, { input: contractInput(customerId) }, as(clerk))
    await contractAction(db, { id: c.id, action: 'submitLegal', payload: {} }, as(clerk))
    const opinion = { legalOpinion: '合法', riskAssessment: '低' }
    await contractAction(db, { id: c.id, action: 'legalPass', payload: opinion }, as(legal))
    const signing = { signedOn: '2026-11-26', openPointsConfirmed: true }
    await contractAction(db, { id: c.id, action: 'sign', payload: signing }, as(clerk))
    const change = await startChange(db, { contractId: c.id }, as(clerk))
    const facts = async (): Promise<ChangeFacts> => {
      const row = (await db.contractChanges.get(change.id))!
      const [lines, milestones] = await Promise.all([liveLines(db, row.id), liveMilestones(db, row.id)])
      return { ...row, lines, milestones, contract: (await db.contracts.get(c.id))! }
    }
    const machine = async <A extends ChangeAction>(action: A, payload: ChangePayload<A>, ctx: WriteContext) =>
      changeMachine.transition(await facts(), action, payload, await machineContext(db, ctx))

    const noReason = await machine('submit', {}, as(clerk))
    expect(noReason).toMatchObject({ refusal: { kind: 'problems', problems: [{ field: 'reason' }] } })
    expect(await refused(submitChange(db, { id: change.id }, as(clerk)))).toMatchObject(
      failureOf(noReason, 'contractChanges', 'submit'),
    )
    const input = {
      reason: '客户增加数量',
      scheduleEffect: '',
      lines: (await liveLines(db, change.id)).map((l) => ({ ...lineInputOf(l, true), qty: 12 })),
      milestones,
    }
    await saveChange(db, { id: change.id, input }, as(clerk))
    const before = (await db.contractChanges.get(change.id))!
    const submitted = await machine('submit', {}, as(clerk))
    await submitChange(db, { id: change.id }, as(clerk))
    expectMachinePatch(before, (await db.contractChanges.get(change.id))!, submitted)

    const bySales = await machine('sign', { signedOn: '2026-11-26' }, as(sales))
    expect(bySales).toMatchObject({ refusal: { kind: 'forbidden' } })
    expect(await refused(signChange(db, { id: change.id, signedOn: '2026-11-26' }, as(sales)))).toMatchObject(
      failureOf(bySales, 'contractChanges', 'sign'),
    )
    const tomorrow = await machine('sign', { signedOn: '2026-11-27' }, as(clerk))
    expect(tomorrow).toMatchObject({ refusal: { kind: 'problems', problems: [{ field: 'signedOn' }] } })
    expect(await refused(signChange(db, { id: change.id, signedOn: '2026-11-27' }, as(clerk)))).toMatchObject(
      failureOf(tomorrow, 'contractChanges', 'sign'),
    )
  })
})
