import { describe, expect, it } from 'vitest'
import type { Role } from '@shared/auth/roles'
import type { MachineContext } from '@shared/procedures/kit/machine'
import {
  type ChangeAction,
  type ChangeFacts,
  changeMachine,
  changeStartRefusal,
} from '@shared/procedures/contracts/machines/change'
import {
  mayShipAgainst,
  type PhoneOrderAction,
  type PhoneOrderFacts,
  phoneOrderEditable,
  phoneOrderMachine,
} from '@shared/procedures/contracts/machines/phoneOrder'
import { type QuotationAction, quotationMachine } from '@shared/procedures/contracts/machines/quotation'
import {
  type ContractStep,
  contractSteps,
  phoneOrderSteps,
  type QuotationStatus,
} from '@shared/procedures/contracts/records'
import { settingDefaults } from '@shared/settings/settingKeys'

const ctx = (roles: Role[]): MachineContext => ({
  actor: { userId: 'u1', name: '王五', roles },
  now: new Date('2026-11-26T02:00:00Z'),
  settings: settingDefaults,
})
const everyone: Role[] = [
  'admin',
  'clerk',
  'commerceManager',
  'leadership',
  'legal',
  'finance',
  'archivist',
  'sales',
]
const drafters: Role[] = ['clerk', 'commerceManager', 'sales']
const problemsOf = (r: {
  ok: boolean
  refusal?: { kind: string; problems?: { field: string; messageKey: string }[] }
}) => (r.refusal?.kind === 'problems' ? (r.refusal.problems ?? []).map((p) => [p.field, p.messageKey]) : [])

describe('quotationMachine', () => {
  const quote = <A extends QuotationAction>(
    status: QuotationStatus,
    action: A,
    payload: Parameters<typeof quotationMachine.transition<A>>[2],
    roles: Role[] = ['sales'],
    lineCount = 1,
  ) => quotationMachine.transition({ status, lineCount }, action, payload, ctx(roles))

  it('runs 草稿 → 已发出 → 已转合同, and voids a draft or an issued one', () => {
    expect(quote('draft', 'issue', {})).toEqual({ ok: true, to: 'issued', patch: { status: 'issued' } })
    expect(quote('issued', 'accept', { contractId: 'C1' }, ['clerk'])).toEqual({
      ok: true,
      to: 'accepted',
      patch: { contractId: 'C1', status: 'accepted' },
    })
    for (const from of ['draft', 'issued'] as const)
      expect(quote(from, 'void', {})).toMatchObject({ to: 'voided' })
    expect(quotationMachine.isEditable('draft')).toBe(true)
    expect(quotationMachine.isEditable('issued')).toBe(false)
  })

  it('refuses a role that does not quote, saying who may', () => {
    expect(quote('draft', 'issue', {}, ['legal', 'finance'])).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', roles: drafters },
    })
    expect(quotationMachine.availability('issued', 'accept', ['archivist'])).toEqual({
      open: true,
      allowed: false,
      roles: drafters,
    })
  })

  it('says a quotation sent stays as sent, and one not issued cannot become a contract', () => {
    expect(quote('issued', 'issue', {})).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'quotations.issued' } },
    })
    expect(quote('accepted', 'void', {})).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'quotations.issued' } },
    })
    expect(quote('draft', 'accept', { contractId: 'C1' })).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'quotations.notIssued' } },
    })
    expect(quotationMachine.notEditable.code).toBe('quotations.issued')
    for (const end of ['accepted', 'voided'] as const) {
      expect(quotationMachine.isEnded(end)).toBe(true)
      expect(quotationMachine.actionsAt(end, everyone)).toEqual([])
    }
  })

  it('refuses to issue a quotation without lines, at the lines', () => {
    expect(problemsOf(quote('draft', 'issue', {}, ['sales'], 0))).toEqual([
      ['lines', 'validation.contract.noLines'],
    ])
    expect(quotationMachine.problems({ status: 'draft', lineCount: 0 }, 'issue', {}, ctx([]))).toHaveLength(1)
  })
})

describe('phoneOrderMachine', () => {
  const order = <A extends PhoneOrderAction>(
    facts: Partial<PhoneOrderFacts>,
    action: A,
    payload: Parameters<typeof phoneOrderMachine.transition<A>>[2],
    roles: Role[] = ['clerk'],
    engine = false,
  ) =>
    phoneOrderMachine.transition(
      { step: 'waiting', decisionsInRound: 0, ...facts },
      action,
      payload,
      ctx(roles),
      {
        engine,
      },
    )

  it('runs 待领导确认 → 已确认 → 已补签合同 when leadership approves, or 未获批准 → 已作废 when it refuses', () => {
    expect(order({}, 'approvalsDone', {}, [], true)).toEqual({
      ok: true,
      to: 'approved',
      patch: { step: 'approved' },
    })
    expect(order({ step: 'approved' }, 'convert', { contractId: 'C9' }, ['sales'])).toEqual({
      ok: true,
      to: 'converted',
      patch: { contractId: 'C9', step: 'converted' },
    })
    expect(order({}, 'approvalRejected', {}, [], true)).toMatchObject({ ok: true, to: 'rejected' })
    expect(order({ step: 'rejected' }, 'void', { reason: ' 客户取消 ' })).toEqual({
      ok: true,
      to: 'voided',
      patch: { voidReason: '客户取消', step: 'voided' },
    })
  })

  it('leaves leadership’s decision to the approvals engine: no user takes it, and it is never a button', () => {
    expect(order({}, 'approvalsDone', {}, everyone)).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', roles: [] },
    })
    expect(order({}, 'approvalRejected', {}, ['leadership'])).toMatchObject({
      refusal: { kind: 'forbidden' },
    })
    expect(phoneOrderMachine.actionsAt('waiting', everyone)).toEqual(['void'])
    expect(phoneOrderMachine.availability('waiting', 'approvalsDone', everyone).open).toBe(false)
  })

  it('refuses a role that does not take orders, saying who may, and converting before approval in its own words', () => {
    expect(order({ step: 'approved' }, 'convert', { contractId: 'C9' }, ['finance'])).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', roles: drafters },
    })
    for (const step of ['waiting', 'rejected'] as const)
      expect(order({ step }, 'convert', { contractId: 'C9' })).toMatchObject({
        refusal: { kind: 'closed', message: { code: 'phoneOrders.notApproved' } },
      })
    expect(order({ step: 'converted' }, 'void', { reason: '重复' })).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'procedure.stepClosed' } },
    })
  })

  it('voids only with a reason, at the reason', () => {
    expect(problemsOf(order({}, 'void', { reason: '   ' }))).toEqual([['reason', 'validation.required']])
  })

  it('lets goods go out only once approved, and corrects an order only while nobody has decided on it', () => {
    expect(phoneOrderSteps.filter((step) => mayShipAgainst({ step }))).toEqual(['approved', 'converted'])
    expect(phoneOrderEditable({ step: 'waiting', decisionsInRound: 0 })).toBe(true)
    expect(phoneOrderEditable({ step: 'waiting', decisionsInRound: 1 })).toBe(false)
    expect(phoneOrderEditable({ step: 'approved', decisionsInRound: 0 })).toBe(false)
  })
})

describe('changeMachine', () => {
  const line = {
    qty: 10,
    unitFen: 100_000,
    discountBp: 0,
    taxRateBp: 1300,
    quotedUnitFen: null,
    name: '电表',
    spec: '',
  }
  const facts = (over: Partial<ChangeFacts> = {}): ChangeFacts => ({
    step: 'draft',
    reason: '客户增加数量',
    totalAfterFen: 1_000_000,
    approvedOn: '',
    approvalRound: 1,
    lines: [line],
    milestones: [
      { kind: 'advance', percentBp: 3000 },
      { kind: 'delivery', percentBp: 7000 },
    ],
    contract: { nonStandardTerms: false, specialFees: false },
    ...over,
  })
  const change = <A extends ChangeAction>(
    over: Partial<ChangeFacts>,
    action: A,
    payload: Parameters<typeof changeMachine.transition<A>>[2],
    roles: Role[] = ['clerk'],
    engine = false,
  ) => changeMachine.transition(facts(over), action, payload, ctx(roles), { engine })

  it('goes straight to 待签订 when the new version needs no approval, then 已签订 on the day signed', () => {
    expect(change({}, 'submit', {}, ['sales'])).toEqual({
      ok: true,
      to: 'toSign',
      patch: { requiredApprovals: [], step: 'toSign' },
    })
    expect(change({ step: 'toSign' }, 'sign', { signedOn: '2026-11-26' })).toEqual({
      ok: true,
      to: 'signed',
      patch: { signedOn: '2026-11-26', step: 'signed' },
    })
  })

  it('asks approvals of the new version, the contract’s own terms included, and lets the engine settle them', () => {
    const under = change({ lines: [{ ...line, quotedUnitFen: 130_000 }] }, 'submit', {})
    expect(under.ok && under.to).toBe('approval')
    expect(under.ok && under.patch.requiredApprovals?.map((r) => r.rule)).toEqual(['priceBelowQuote'])
    const terms = change({ contract: { nonStandardTerms: true, specialFees: false } }, 'submit', {})
    expect(terms.ok && terms.patch.requiredApprovals?.map((r) => r.rule)).toEqual(['nonStandardTerms'])
    expect(change({ step: 'approval' }, 'approvalsDone', {}, [], true)).toEqual({
      ok: true,
      to: 'toSign',
      patch: { approvedOn: '2026-11-26', step: 'toSign' },
    })
    expect(change({ step: 'approval', approvalRound: 2 }, 'approvalRejected', {}, [], true)).toEqual({
      ok: true,
      to: 'draft',
      patch: { approvalRound: 3, step: 'draft' },
    })
    expect(change({ step: 'approval' }, 'approvalsDone', {}, everyone)).toMatchObject({
      refusal: { kind: 'forbidden' },
    })
    expect(changeMachine.actionsAt('approval', everyone)).toEqual(['void'])
  })

  it('refuses a role the step does not name, saying who may, and a step that does not allow the action', () => {
    expect(change({ step: 'toSign' }, 'sign', { signedOn: '2026-11-26' }, ['sales'])).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', roles: ['clerk', 'commerceManager'] },
    })
    expect(change({ step: 'approval' }, 'submit', {})).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'contracts.notDraft' } },
    })
    expect(change({}, 'sign', { signedOn: '2026-11-26' })).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'procedure.stepClosed' } },
    })
    for (const end of ['signed', 'voided'] as const) {
      expect(change({ step: end }, 'void', { reason: '撤回' })).toMatchObject({ refusal: { kind: 'closed' } })
      expect(changeMachine.actionsAt(end, everyone)).toEqual([])
    }
  })

  it('refuses a change without reason, lines or milestones adding up, and a signing date before approval or ahead', () => {
    expect(
      problemsOf(
        change({ reason: ' ', lines: [], milestones: [{ kind: 'advance', percentBp: 9000 }] }, 'submit', {}),
      ),
    ).toEqual([
      ['reason', 'validation.required'],
      ['lines', 'validation.contract.noLines'],
      ['milestones', 'validation.contract.milestonesSum'],
    ])
    const sign = (signedOn: string) =>
      problemsOf(change({ step: 'toSign', approvedOn: '2026-11-25' }, 'sign', { signedOn }))
    expect(sign('2026-11-24')).toEqual([['signedOn', 'validation.contract.signedBeforeApproval']])
    expect(sign('2026-11-27')).toEqual([['signedOn', 'validation.contract.future']])
    expect(sign('')).toEqual([['signedOn', 'validation.required']])
    expect(problemsOf(change({ step: 'toSign' }, 'void', { reason: '' }))).toEqual([
      ['reason', 'validation.required'],
    ])
  })

  it('starts only on a contract in force with no other change open', () => {
    const startable = contractSteps.filter((s: ContractStep) => changeStartRefusal(s, 0) === null)
    expect(startable).toEqual(['signed', 'filed', 'performing'])
    expect(changeStartRefusal('draft', 0)?.code).toBe('contracts.notChangeable')
    expect(changeStartRefusal('settled', 0)?.code).toBe('contracts.notChangeable')
    expect(changeStartRefusal('filed', 1)?.code).toBe('contracts.changeOpen')
  })
})
