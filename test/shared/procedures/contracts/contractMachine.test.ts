import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Role } from '@shared/auth/roles'
import { lineAmountFen } from '@shared/kernel/shareOfFen'
import type { MachineContext } from '@shared/procedures/kit/machine'
import { tradeTotals } from '@shared/procedures/contracts/lines'
import {
  type ContractAction,
  type ContractFacts,
  type ContractPayload,
  contractMachine,
} from '@shared/procedures/contracts/machines/contract'
import { settingDefaults } from '@shared/settings/settingKeys'

const line = {
  qty: 2,
  unitFen: 1_130_000,
  discountBp: 0,
  taxRateBp: 1300,
  quotedUnitFen: null,
  name: '控制柜',
  spec: 'KZ-1',
}
const facts = (over: Partial<ContractFacts> = {}): ContractFacts => ({
  step: 'draft',
  customerId: 'C1',
  totalFen: 2_260_000,
  nonStandardTerms: false,
  specialFees: false,
  lines: [line],
  milestones: [
    { kind: 'advance', percentBp: 3000 },
    { kind: 'delivery', percentBp: 6000 },
    { kind: 'retention', percentBp: 1000 },
  ],
  legalOpinion: '合法合规',
  riskAssessment: '风险可控',
  legalOn: '2026-11-20',
  approvedOn: '2026-11-24',
  signedOn: '2026-11-25',
  openPointsConfirmed: true,
  signedScanId: '',
  quantitiesVerified: true,
  amountsVerified: true,
  reason: '',
  approvalRound: 1,
  invoicedFen: 2_260_000,
  receivedFen: 2_260_000,
  attachmentIds: ['A1'],
  ...over,
})
const ctx = (roles: Role[], over: Partial<MachineContext> = {}): MachineContext => ({
  actor: { userId: 'u1', name: '王五', roles },
  now: new Date('2026-11-26T02:00:00Z'),
  settings: settingDefaults,
  ...over,
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

function take(
  action: ContractAction,
  over: Partial<ContractFacts>,
  payload: ContractPayload = {},
  roles = everyone,
) {
  return contractMachine.transition(facts(over), action, payload, ctx(roles))
}
const problems = (action: ContractAction, over: Partial<ContractFacts>, payload: ContractPayload = {}) => {
  const r = take(action, over, payload)
  return r.ok || r.refusal.kind !== 'problems' ? [] : r.refusal.problems.map((p) => [p.field, p.messageKey])
}

describe('contractMachine', () => {
  it('runs 起草 → 法务审核 → 审批 → 待签订 → 已签订 → 已归档 → 履行中 → 已结算 when each step is taken by its role', () => {
    const path: [ContractFacts['step'], ContractAction, ContractPayload, Role, string, boolean?][] = [
      ['draft', 'submitLegal', {}, 'sales', 'legalReview'],
      ['toSign', 'sign', { signedOn: '2026-11-25', openPointsConfirmed: true }, 'clerk', 'signed'],
      ['signed', 'file', { signedScanId: 'A1' }, 'archivist', 'filed'],
      ['filed', 'startPerformance', {}, 'archivist', 'performing'],
      ['performing', 'settle', { settlementScanId: 'A1' }, 'finance', 'settled'],
    ]
    for (const [step, action, payload, role, to] of path) {
      const r = take(action, { step }, payload, [role])
      expect(r.ok && r.to, `${step} ${action}`).toBe(to)
    }
  })

  it('fixes the approvals at legal review from the settings: a major contract goes to 审批, a small one straight to 待签订', () => {
    const big = take(
      'legalPass',
      { step: 'legalReview', totalFen: 60_000_000 },
      { legalOpinion: '可', riskAssessment: '低' },
      ['legal'],
    )
    expect(big.ok && big.to).toBe('approval')
    expect(big.ok && big.patch.requiredApprovals?.map((r) => r.rule)).toEqual(['majorContract'])
    expect(big.ok && big.patch).toMatchObject({ legalOn: '2026-11-26', legalBy: '王五', step: 'approval' })
    const small = take('legalPass', { step: 'legalReview' }, { legalOpinion: '可', riskAssessment: '低' }, [
      'legal',
    ])
    expect(small.ok && small.to).toBe('toSign')
    const raised = contractMachine.transition(
      facts({ step: 'legalReview', totalFen: 60_000_000 }),
      'legalPass',
      { legalOpinion: '可', riskAssessment: '低' },
      ctx(['legal'], { settings: { ...settingDefaults, 'approvals.majorContractFen': 100_000_000 } }),
    )
    expect(raised.ok && raised.to).toBe('toSign')
  })

  it('asks the commerce manager when a negotiated price is under the quote by more than the allowed deviation', () => {
    const under = { ...line, quotedUnitFen: 1_300_000 }
    const r = take(
      'legalPass',
      { step: 'legalReview', lines: [under] },
      { legalOpinion: '可', riskAssessment: '低' },
      ['legal'],
    )
    expect(r.ok && r.patch.requiredApprovals?.map((a) => [a.rule, a.role])).toEqual([
      ['priceBelowQuote', 'commerceManager'],
    ])
  })

  it('refuses a role the step does not name, saying who may', () => {
    const r = take('legalPass', { step: 'legalReview' }, { legalOpinion: '可', riskAssessment: '低' }, [
      'clerk',
    ])
    expect(r).toEqual({ ok: false, refusal: { kind: 'forbidden', roles: ['legal'] } })
    expect(contractMachine.availability('legalReview', 'legalPass', ['clerk'])).toEqual({
      open: true,
      allowed: false,
      roles: ['legal'],
    })
  })

  it('leaves the approval outcomes to the engine: no user, however senior, takes them', () => {
    expect(take('approvalsDone', { step: 'approval' }, {}, everyone)).toMatchObject({
      refusal: { kind: 'forbidden' },
    })
    const done = contractMachine.transition(facts({ step: 'approval' }), 'approvalsDone', {}, ctx([]), {
      engine: true,
    })
    expect(done).toEqual({ ok: true, to: 'toSign', patch: { approvedOn: '2026-11-26', step: 'toSign' } })
    const back = contractMachine.transition(
      facts({ step: 'approval', approvalRound: 2 }),
      'approvalRejected',
      {},
      ctx([]),
      {
        engine: true,
      },
    )
    expect(back).toEqual({ ok: true, to: 'draft', patch: { approvalRound: 3, step: 'draft' } })
    expect(contractMachine.actionsAt('approval', everyone)).toEqual(['void'])
  })

  it('refuses every action at a step that does not allow it, and nothing leaves 已结算, 终止 or 作废', () => {
    expect(take('terminate', { step: 'draft' }, { reason: '客户取消' })).toMatchObject({
      refusal: { kind: 'closed', message: { code: 'procedure.stepClosed' } },
    })
    expect(take('void', { step: 'performing' }, { reason: '客户取消' })).toMatchObject({
      refusal: { kind: 'closed' },
    })
    for (const end of ['settled', 'terminated', 'voided'] as const) {
      expect(contractMachine.actionsAt(end, everyone)).toEqual([])
      expect(contractMachine.isEnded(end)).toBe(true)
    }
  })

  it('refuses a contract without lines, a negative price, a discount over 100 % and milestones not adding up to 100 %', () => {
    expect(problems('submitLegal', { lines: [] })).toEqual([['lines', 'validation.contract.noLines']])
    expect(
      problems('submitLegal', {
        lines: [{ ...line, unitFen: -1, discountBp: 10_001 }],
        milestones: [{ kind: 'advance', percentBp: 3000 }],
      }),
    ).toEqual([
      ['lines.0.unitFen', 'validation.contract.negativePrice'],
      ['lines.0.discountBp', 'validation.contract.discount'],
      ['milestones', 'validation.contract.milestonesSum'],
    ])
    const r = take('submitLegal', { milestones: [{ kind: 'advance', percentBp: 9000 }] })
    expect(!r.ok && r.refusal.kind === 'problems' && r.refusal.problems[0].params).toEqual({ percent: 90 })
  })

  it('refuses a signing date before the approval, or before legal review when no approval was needed, or in the future', () => {
    const sign = (over: Partial<ContractFacts>, signedOn: string, openPointsConfirmed = true) =>
      problems('sign', { step: 'toSign', ...over }, { signedOn, openPointsConfirmed })
    expect(sign({}, '2026-11-23')).toEqual([['signedOn', 'validation.contract.signedBeforeApproval']])
    expect(sign({ approvedOn: '' }, '2026-11-19')).toEqual([
      ['signedOn', 'validation.contract.signedBeforeApproval'],
    ])
    expect(sign({}, '2026-11-27')).toEqual([['signedOn', 'validation.contract.future']])
    expect(sign({}, '2026-11-25', false)).toEqual([['openPointsConfirmed', 'validation.contract.openPoints']])
  })

  it('files only with a scan attached to this contract, settles only when verified, and ends only with a reason', () => {
    expect(problems('file', { step: 'signed' }, {})).toEqual([['signedScanId', 'validation.contract.scan']])
    expect(problems('file', { step: 'signed' }, { signedScanId: 'other' })).toEqual([
      ['signedScanId', 'validation.contract.scan'],
    ])
    const filed = take('file', { step: 'signed' }, { signedScanId: 'A1' })
    expect(filed.ok && filed.patch).toEqual({ signedScanId: 'A1', filedOn: '2026-11-26', step: 'filed' })
    expect(
      problems('settle', { step: 'performing', amountsVerified: false }, { settlementScanId: 'A1' }),
    ).toEqual([['amountsVerified', 'validation.contract.verify']])
    expect(problems('terminate', { step: 'filed' }, { reason: '  ' })).toEqual([
      ['reason', 'validation.required'],
    ])
    const voided = take('void', { step: 'toSign' }, { reason: ' 客户取消 ' })
    expect(voided.ok && voided.patch).toEqual({ reason: '客户取消', endedOn: '2026-11-26', step: 'voided' })
  })

  it('settles with the settlement document’s scan, invoiced and received agreeing with the amount', () => {
    expect(problems('settle', { step: 'performing' }, {})).toEqual([
      ['settlementScanId', 'validation.contract.settlementScan'],
    ])
    expect(problems('settle', { step: 'performing' }, { settlementScanId: 'other' })).toEqual([
      ['settlementScanId', 'validation.contract.settlementScan'],
    ])
    const settled = take('settle', { step: 'performing' }, { settlementScanId: 'A1' }, ['clerk'])
    expect(settled.ok && settled.patch.settlementScanId).toBe('A1')
  })

  it('settles a difference only by the commerce manager, with the reason written down', () => {
    const short = { step: 'performing' as const, receivedFen: 2_000_000 }
    const pay = { settlementScanId: 'A1' }
    const by = (roles: Role[], over: Partial<ContractFacts>, payload: ContractPayload) =>
      contractMachine.problems(facts(over), 'settle', payload, ctx(roles)).map((p) => [p.field, p.messageKey])
    expect(by(['clerk', 'finance'], short, pay)).toEqual([
      ['settlementNote', 'validation.contract.settleByManager'],
    ])
    expect(by(['commerceManager'], short, pay)).toEqual([
      ['settlementNote', 'validation.contract.settleDifference'],
    ])
    expect(by(['commerceManager'], short, { ...pay, settlementNote: '尾款明年三月付' })).toEqual([])
    const noted = take('settle', short, { ...pay, settlementNote: ' 尾款明年三月付 ' }, ['commerceManager'])
    expect(noted.ok && noted.patch.settlementNote).toBe('尾款明年三月付')
    // Not yet invoiced in full is a difference too.
    expect(by(['clerk'], { step: 'performing', invoicedFen: 0 }, pay)).toEqual([
      ['settlementNote', 'validation.contract.settleByManager'],
    ])
  })
})

describe('tradeTotals', () => {
  it('totals net + tax to the sum of the discounted lines, to the fen', () => {
    expect(lineAmountFen({ qty: 3, unitFen: 333, discountBp: 1000 })).toBe(899)
    expect(tradeTotals([line])).toEqual({ netFen: 2_000_000, taxFen: 260_000, totalFen: 2_260_000 })
    const arb = fc.record({
      qty: fc.integer({ min: 1, max: 10_000 }),
      unitFen: fc.integer({ min: 0, max: 10 ** 8 }),
      discountBp: fc.integer({ min: 0, max: 10_000 }),
      taxRateBp: fc.constantFrom(0, 600, 900, 1300),
    })
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (lines) => {
        const t = tradeTotals(lines)
        expect(t.totalFen).toBe(lines.reduce((s, l) => s + lineAmountFen(l), 0))
        expect(t.netFen + t.taxFen).toBe(t.totalFen)
      }),
    )
  })
})
