import { describe, expect, it } from 'vitest'
import type { Actor } from '@shared/auth/permissions'
import { requiredApprovals } from '@shared/approvals/approvalRules'
import { approvalProgress, decidableBy } from '@shared/approvals/approvalStatus'
import { decideInApp, recordOnPaper } from '@shared/approvals/decideApproval'

const limits = { priceDeviationBp: 500, majorContractFen: 50_000_000 }
const required = requiredApprovals(
  {
    kind: 'contract',
    amountFen: 80_000_000,
    lines: [{ label: '变频器', quotedUnitFen: 100_000, unitFen: 90_000 }],
    nonStandardTerms: false,
    specialFees: false,
  },
  limits,
)
const now = new Date('2026-11-26T03:00:00Z')
const manager: Actor = { userId: 'U-M', name: '周经理', roles: ['commerceManager'] }
const boss: Actor = { userId: 'U-L', name: '吴总', roles: ['leadership'] }
const clerk: Actor = { userId: 'U-C', name: '李内勤', roles: ['clerk'] }
const sales: Actor = { userId: 'U-S', name: '钱销售', roles: ['sales'] }

describe('approvals in the app', () => {
  it('takes the commerce manager first, then leadership, and is approved when both approve', () => {
    expect(approvalProgress(required, [])).toMatchObject({ state: 'pending', currentStep: 1 })
    const first = decideInApp(manager, required, [], {
      rule: 'priceBelowQuote',
      decision: 'approved',
      comment: '',
      now,
    })
    expect(first).toMatchObject({
      role: 'commerceManager',
      step: 1,
      byName: '周经理',
      byUserId: 'U-M',
      mode: 'app',
    })
    expect(decidableBy(approvalProgress(required, [first]), boss.roles).map((r) => r.rule)).toEqual([
      'majorContract',
    ])
    const second = decideInApp(boss, required, [first], {
      rule: 'majorContract',
      decision: 'approved',
      comment: '同意',
      now,
    })
    expect(approvalProgress(required, [first, second])).toEqual({
      state: 'approved',
      open: [],
      currentStep: null,
    })
  })

  it('refuses a clerk or a sales rep, whatever the screen offered them', () => {
    for (const who of [clerk, sales])
      expect(() =>
        decideInApp(who, required, [], { rule: 'priceBelowQuote', decision: 'approved', comment: '', now }),
      ).toThrow(expect.objectContaining({ code: 'auth.forbidden' }))
  })

  it('refuses leadership before the commerce manager has decided, and a decision taken twice', () => {
    expect(() =>
      decideInApp(boss, required, [], { rule: 'majorContract', decision: 'approved', comment: '', now }),
    ).toThrow(
      expect.objectContaining({ code: 'approvals.notYet', params: { rule: 'majorContract', step: 1 } }),
    )
    const first = decideInApp(manager, required, [], {
      rule: 'priceBelowQuote',
      decision: 'approved',
      comment: '',
      now,
    })
    expect(() =>
      decideInApp(manager, required, [first], {
        rule: 'priceBelowQuote',
        decision: 'approved',
        comment: '',
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'approvals.notOpen' }))
  })

  it('needs a reason to reject, and a rejection ends the round', () => {
    expect(() =>
      decideInApp(manager, required, [], {
        rule: 'priceBelowQuote',
        decision: 'rejected',
        comment: ' ',
        now,
      }),
    ).toThrow(
      expect.objectContaining({ messageKey: 'validation.rejectReason', params: { field: 'comment' } }),
    )
    const no = decideInApp(manager, required, [], {
      rule: 'priceBelowQuote',
      decision: 'rejected',
      comment: '低于底价',
      now,
    })
    expect(approvalProgress(required, [no])).toEqual({ state: 'rejected', open: [], currentStep: null })
  })
})

describe('approvals signed on paper', () => {
  const paper = {
    rule: 'priceBelowQuote' as const,
    decision: 'approved' as const,
    comment: '',
    now,
    signer: '周经理',
    signedOn: '2026-11-25',
    scanId: 'A1',
  }

  it('are entered by a clerk with the signer, the date and the scan, and leave the same trace', () => {
    expect(recordOnPaper(clerk, required, [], paper)).toMatchObject({
      role: 'commerceManager',
      byName: '周经理',
      byUserId: null,
      at: '2026-11-25T00:00:00.000Z',
      mode: 'paper',
      recordedBy: '李内勤',
      scanId: 'A1',
    })
  })

  it('refuse a sales rep, a missing signer or scan, and a date in the future', () => {
    expect(() => recordOnPaper(sales, required, [], paper)).toThrow(
      expect.objectContaining({ code: 'auth.forbidden' }),
    )
    expect(() => recordOnPaper(clerk, required, [], { ...paper, signer: '' })).toThrow(
      expect.objectContaining({ params: { field: 'signer' } }),
    )
    expect(() => recordOnPaper(clerk, required, [], { ...paper, scanId: '' })).toThrow(
      expect.objectContaining({ params: { field: 'scanId' } }),
    )
    expect(() => recordOnPaper(clerk, required, [], { ...paper, signedOn: '2026-11-27' })).toThrow(
      expect.objectContaining({ params: { field: 'signedOn' } }),
    )
  })
})
