/**
 * The steps of a receipt and of a bill handover slip (DOMAIN.md §4): who
 * may take each, what each asks, and what each writes.
 */
import { describe, expect, it } from 'vitest'
import type { Role } from '@shared/auth/roles'
import type { MachineContext } from '@shared/procedures/kit/machine'
import {
  type BillHandoverFacts,
  billHandoverMachine,
} from '@shared/procedures/collections/machines/billHandover'
import { type ReceiptFacts, receiptMachine } from '@shared/procedures/collections/machines/receipt'
import type { BillReceiptOf } from '@shared/procedures/collections/bills'
import { settingDefaults } from '@shared/settings/settingKeys'

/** 2026-10-09, the Friday after National Day. */
const ctx = (roles: Role[], name = '王出纳'): MachineContext => ({
  actor: { userId: 'u1', name, roles },
  now: new Date('2026-10-09T02:00:00Z'),
  settings: settingDefaults,
})
const clerk = ctx(['clerk'], '张内勤')
const finance = ctx(['finance'])

function facts(over: Partial<ReceiptFacts> = {}): ReceiptFacts {
  return {
    step: 'pending',
    customerId: 'K1',
    receivedOn: '2026-10-08',
    payer: '上海明达电气有限公司',
    method: 'transfer',
    accountId: 'A1',
    amountFen: 50_000,
    billNo: '',
    drawer: '',
    acceptor: '',
    billIssuedOn: '',
    billDueOn: '',
    handoverId: '',
    confirmedOn: '',
    allocations: [{ milestoneId: 'M1', amountFen: 50_000 }],
    open: new Map([['M1', { contractId: 'C1', customerId: 'K1', openFen: 80_000, label: 'HT-1 预付款' }]]),
    accounts: [{ id: 'A1', bank: '工行', accountNo: '0200004509200123456', holder: '北京华电科技有限公司' }],
    closed: new Set(),
    ...over,
  }
}

describe('receipt machine', () => {
  it('is confirmed by finance alone, who is written down as confirming it today', () => {
    expect(
      receiptMachine.transition(facts(), 'confirm', {}, ctx(['clerk', 'commerceManager', 'admin'])),
    ).toEqual({
      ok: false,
      refusal: { kind: 'forbidden', roles: ['finance'] },
    })
    expect(receiptMachine.transition(facts(), 'confirm', { comment: ' 已到账 ' }, finance)).toEqual({
      ok: true,
      to: 'confirmed',
      patch: {
        financeComment: '已到账',
        confirmedBy: '王出纳',
        confirmedOn: '2026-10-09',
        step: 'confirmed',
      },
    })
  })

  it('is returned with a reason, fixed and sent back to finance', () => {
    expect(receiptMachine.transition(facts(), 'return', { comment: '' }, finance)).toEqual({
      ok: false,
      refusal: { kind: 'problems', problems: [{ field: 'comment', messageKey: 'validation.required' }] },
    })
    expect(receiptMachine.transition(facts(), 'return', { comment: '银行未见此笔' }, finance)).toMatchObject({
      ok: true,
      to: 'returned',
    })
    expect(receiptMachine.isEditable('returned')).toBe(true)
    expect(receiptMachine.transition(facts({ step: 'returned' }), 'resubmit', {}, clerk)).toMatchObject({
      ok: true,
      to: 'pending',
    })
  })

  it('checks everything again when finance confirms: another receipt may have taken the milestone', () => {
    const taken = facts({
      open: new Map([['M1', { contractId: 'C1', customerId: 'K1', openFen: 10_000, label: 'HT-1 预付款' }]]),
    })
    const result = receiptMachine.transition(taken, 'confirm', {}, finance)
    expect(result).toMatchObject({ ok: false, refusal: { kind: 'problems' } })
    if (!result.ok && result.refusal.kind === 'problems')
      expect(result.refusal.problems.map((p) => p.messageKey)).toEqual(['collectionsValidation.overOpen'])
  })

  it('confirms a bill only once finance has signed for it', () => {
    const cheque = facts({
      method: 'cheque',
      billNo: '1020 3344',
      drawer: '明达电气',
      billIssuedOn: '2026-10-08',
    })
    expect(receiptMachine.problems(cheque, 'confirm', {}, finance)).toEqual([
      { field: 'handoverId', messageKey: 'collectionsValidation.billNotHandedOver' },
    ])
    // Listed on a slip is not enough: finance must have signed for it.
    expect(receiptMachine.problems({ ...cheque, handoverId: 'H1' }, 'confirm', {}, finance)).toHaveLength(1)
    expect(
      receiptMachine.problems(
        { ...cheque, handoverId: 'H1', handedOverOn: '2026-10-09' },
        'confirm',
        {},
        finance,
      ),
    ).toEqual([])
  })

  it('refuses a receipt dated in a month finance has signed off', () => {
    const late = facts({ receivedOn: '2026-09-30', closed: new Set(['2026-09']) })
    expect(receiptMachine.problems(late, 'confirm', {}, finance)).toEqual([
      { field: 'receivedOn', messageKey: 'collectionsValidation.monthClosed', params: { month: '2026-09' } },
    ])
    expect(receiptMachine.problems(late, 'void', { reason: '重复登记' }, clerk)).toHaveLength(1)
  })

  it('is voided by the clerk before confirmation, reversed by finance after, each with a reason', () => {
    expect(receiptMachine.transition(facts(), 'void', { reason: '重复登记' }, clerk)).toEqual({
      ok: true,
      to: 'voided',
      patch: { voidReason: '重复登记', voidedOn: '2026-10-09', step: 'voided' },
    })
    const confirmed = facts({ step: 'confirmed', confirmedOn: '2026-10-08' })
    expect(receiptMachine.transition(confirmed, 'void', { reason: 'x' }, clerk)).toMatchObject({
      ok: false,
      refusal: { kind: 'closed' },
    })
    expect(receiptMachine.transition(confirmed, 'reverse', { reason: '支票退票' }, clerk)).toMatchObject({
      ok: false,
      refusal: { kind: 'forbidden' },
    })
    expect(receiptMachine.transition(confirmed, 'reverse', { reason: '支票退票' }, finance)).toMatchObject({
      ok: true,
      to: 'voided',
    })
    expect(receiptMachine.isEnded('voided')).toBe(true)
  })

  it('tells the customer after confirmation, on a day not before it, and says how', () => {
    const confirmed = facts({ step: 'confirmed', confirmedOn: '2026-10-08' })
    expect(
      receiptMachine.transition(facts(), 'tellCustomer', { toldOn: '2026-10-09', how: 'phone' }, clerk),
    ).toEqual({
      ok: false,
      refusal: {
        kind: 'closed',
        message: { code: 'receipts.notConfirmed', messageKey: 'collectionsErrors.receipts.notConfirmed' },
      },
    })
    expect(
      receiptMachine.problems(confirmed, 'tellCustomer', { toldOn: '2026-10-07', how: '' }, clerk),
    ).toEqual([
      { field: 'toldOn', messageKey: 'collectionsValidation.toldBeforeConfirmed' },
      { field: 'how', messageKey: 'validation.required' },
    ])
    expect(
      receiptMachine.transition(confirmed, 'tellCustomer', { toldOn: '2026-10-09', how: 'wechat' }, clerk),
    ).toEqual({
      ok: true,
      to: 'confirmed',
      patch: { customerToldOn: '2026-10-09', customerToldHow: 'wechat', step: 'confirmed' },
    })
  })

  it('shows finance the buttons of a pending receipt, and the clerk none of finance’s', () => {
    expect(receiptMachine.actionsAt('pending', ['finance'])).toEqual(['confirm', 'return'])
    expect(receiptMachine.actionsAt('pending', ['clerk'])).toEqual(['void'])
    expect(receiptMachine.actionsAt('confirmed', ['clerk'])).toEqual(['tellCustomer'])
  })
})

describe('bill handover machine', () => {
  const bill = (id: string, over: Partial<BillReceiptOf> = {}): BillReceiptOf => ({
    id,
    number: `SK-202610-${id}`,
    method: 'bankBill',
    step: 'pending',
    receivedOn: '2026-10-09',
    handoverId: '',
    ...over,
  })
  const slip = (over: Partial<BillHandoverFacts> = {}): BillHandoverFacts => ({
    id: 'H1',
    step: 'draft',
    handedOn: '2026-10-09',
    receivedBy: '',
    receiptIds: ['R1', 'R2'],
    receipts: new Map([
      ['R1', bill('R1')],
      ['R2', bill('R2', { method: 'cheque' })],
    ]),
    scans: new Set(['S1']),
    ...over,
  })

  it('is signed in the app by finance, the signer being who signs', () => {
    expect(billHandoverMachine.transition(slip(), 'sign', {}, clerk)).toMatchObject({
      ok: false,
      refusal: { kind: 'forbidden', roles: ['finance'] },
    })
    expect(billHandoverMachine.transition(slip(), 'sign', {}, finance)).toEqual({
      ok: true,
      to: 'signed',
      patch: { receivedBy: '王出纳', signedOn: '2026-10-09', signedScanId: '', step: 'signed' },
    })
  })

  it('is recorded from paper by the clerk with the signer’s name and the scan', () => {
    const paper = { receivedBy: '', signedOn: '2026-10-08', signedScanId: 'S9' }
    expect(billHandoverMachine.problems(slip(), 'recordPaper', paper, clerk)).toEqual([
      { field: 'receivedBy', messageKey: 'validation.required' },
      { field: 'signedOn', messageKey: 'collectionsValidation.signedBeforeHanded' },
      { field: 'signedScanId', messageKey: 'collectionsValidation.scanMissing' },
    ])
    const good = { receivedBy: ' 王出纳 ', signedOn: '2026-10-09', signedScanId: 'S1' }
    expect(billHandoverMachine.transition(slip(), 'recordPaper', good, clerk)).toMatchObject({
      ok: true,
      to: 'signed',
      patch: { receivedBy: '王出纳', signedScanId: 'S1' },
    })
  })

  it('refuses a bill already on another signed slip', () => {
    const taken = slip({ receipts: new Map([['R1', bill('R1', { handoverId: 'H0' })]]), receiptIds: ['R1'] })
    expect(billHandoverMachine.problems(taken, 'sign', {}, finance)).toEqual([
      {
        field: 'receiptIds.0',
        messageKey: 'collectionsValidation.billHandedOver',
        params: { number: 'SK-202610-R1' },
      },
    ])
  })

  it('is voided only while a draft, with a reason; a signed slip is final', () => {
    expect(billHandoverMachine.transition(slip(), 'void', { reason: '重开' }, clerk)).toMatchObject({
      ok: true,
    })
    expect(
      billHandoverMachine.transition(slip({ step: 'signed' }), 'void', { reason: '重开' }, clerk),
    ).toMatchObject({
      ok: false,
      refusal: { kind: 'closed' },
    })
    expect(billHandoverMachine.isEnded('signed')).toBe(true)
  })
})
