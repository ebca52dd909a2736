import { describe, expect, it } from 'vitest'
import {
  actionsAt,
  contractChecklists,
  contractSteps,
  contractTransitions,
  nextStep,
} from '@shared/procedures/contracts/contractSteps'

describe('contract steps', () => {
  it('runs 起草 → 法务审核 → 审批 → 待签订 → 已签订 → 已归档 → 履行中 → 已结算', () => {
    const path = [
      ['draft', 'submitLegal', 'legalReview'],
      ['legalReview', 'legalPass', 'approval'],
      ['approval', 'approvalsDone', 'toSign'],
      ['toSign', 'sign', 'signed'],
      ['signed', 'file', 'filed'],
      ['filed', 'startPerformance', 'performing'],
      ['performing', 'settle', 'settled'],
    ] as const
    for (const [from, action, to] of path)
      expect(nextStep(from, action, { approvalsRequired: true })).toBe(to)
  })

  it('skips 审批 when the rules require no approval, and sends a returned or rejected contract back to draft', () => {
    expect(nextStep('legalReview', 'legalPass', { approvalsRequired: false })).toBe('toSign')
    expect(nextStep('legalReview', 'legalReturn', { approvalsRequired: true })).toBe('draft')
    expect(nextStep('approval', 'approvalRejected', { approvalsRequired: true })).toBe('draft')
  })

  it('ends only in 已结算, 终止 or 作废: nothing leaves them', () => {
    for (const end of ['settled', 'terminated', 'voided'] as const)
      expect(actionsAt(end, ['admin', 'clerk', 'commerceManager', 'leadership', 'legal', 'finance'])).toEqual(
        [],
      )
    expect(nextStep('draft', 'terminate', { approvalsRequired: false })).toBeNull()
    expect(nextStep('performing', 'void', { approvalsRequired: false })).toBeNull()
  })

  it('offers each role only its own actions: legal reviews, a clerk cannot', () => {
    expect(actionsAt('legalReview', ['legal'])).toEqual(['legalPass', 'legalReturn'])
    expect(actionsAt('legalReview', ['clerk'])).toEqual(['void'])
    expect(actionsAt('toSign', ['sales'])).toEqual([])
  })

  it('cites a rule for every checklist item, and every transition starts from a known step', () => {
    for (const items of Object.values(contractChecklists))
      for (const item of items ?? []) expect(item.rule).toMatch(/[\u4e00-\u9fff]/)
    for (const t of Object.values(contractTransitions))
      for (const from of t.from) expect(contractSteps).toContain(from)
  })
})
