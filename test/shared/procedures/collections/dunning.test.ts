/** 催款记录 (DOMAIN.md §4): what a record must say, and which promises were broken. */
import { describe, expect, it } from 'vitest'
import { brokenPromises, dunningProblems } from '@shared/procedures/collections/dunning'

describe('dunningProblems', () => {
  const call = {
    contactedOn: '2026-10-09',
    contact: '陈会计',
    how: 'phone' as const,
    promisedOn: '2026-10-15',
  }

  it('accepts a call with a promise', () => {
    expect(dunningProblems(call, '2026-10-09')).toEqual([])
    expect(dunningProblems({ ...call, promisedOn: '' }, '2026-10-09')).toEqual([])
  })

  it('asks whom and how, and refuses a promise dated before the call', () => {
    expect(
      dunningProblems({ ...call, contact: '', how: '' as never, promisedOn: '2026-10-08' }, '2026-10-09'),
    ).toEqual([
      { field: 'contact', messageKey: 'validation.required' },
      { field: 'how', messageKey: 'validation.required' },
      { field: 'promisedOn', messageKey: 'collectionsValidation.promisedBeforeContact' },
    ])
    expect(dunningProblems({ ...call, contactedOn: '2026-10-10' }, '2026-10-09')[0].field).toBe('contactedOn')
  })
})

describe('brokenPromises', () => {
  const d = (
    milestoneId: string,
    contactedOn: string,
    promisedOn: string,
    deletedAt: string | null = null,
  ) => ({
    milestoneId,
    contractId: 'C1',
    contactedOn,
    promisedOn,
    deletedAt,
  })

  it('lists the latest promise passed while the milestone is still open', () => {
    const dunnings = [
      d('M1', '2026-09-20', '2026-09-30'),
      d('M2', '2026-09-20', '2026-09-30'),
      d('M2', '2026-10-08', ''),
      d('M3', '2026-09-20', '2026-09-30'),
      d('M4', '2026-09-20', '2026-10-09'),
      d('M5', '2026-09-20', '2026-09-30', '2026-09-21T00:00:00Z'),
    ]
    const open = new Map([
      ['M1', 100],
      ['M2', 100],
      ['M3', 0],
      ['M4', 100],
      ['M5', 100],
    ])
    expect(brokenPromises(dunnings, open, '2026-10-09')).toEqual([d('M1', '2026-09-20', '2026-09-30')])
  })
})
