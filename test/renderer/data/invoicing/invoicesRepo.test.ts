/**
 * 开票申请单 → 财务审核 → (公司领导) → 开具 → 交付 → 客户确认 through the
 * repository: a 专票 is refused while the customer's record lacks a buyer
 * detail, naming it, and goes once the record is completed; finance alone
 * reviews and issues; an application above what the contract has open
 * waits for leadership through the approvals engine; the issued number,
 * amount and tax are checked; a refused action writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { saveArchive } from '../../../../renderer/src/data/repositories/archivesRepo'
import { decideApproval } from '../../../../renderer/src/data/repositories/contracts/approvalsRepo'
import {
  invoiceAction,
  invoiceDraft,
  saveInvoice,
} from '../../../../renderer/src/data/repositories/invoicing/invoicesRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { USCC_A, archiveInput, as, finance, footprint } from '../archiveFixture'
import { leader } from '../contracts/contractFixture'
import { at, clerk, freshDb } from '../dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const day = at('2026-10-09T10:00:00+08:00')

async function setUp(customerFields: Record<string, unknown> = {}) {
  db = freshDb()
  const customer = await saveArchive(
    db,
    {
      table: 'customers',
      id: null,
      input: archiveInput('customers', {
        name: '北京智诚科技有限公司',
        uscc: USCC_A,
        address: '北京市海淀区中关村大街1号',
        phone: '010-62345678',
        bankName: '招商银行北京分行',
        bankAccount: '110902345610101',
        ...customerFields,
      } as never),
    },
    as(clerk, day),
  )
  const contract = await runWrite(db, as(clerk, day), async (w) => {
    const c = await w.create('contracts', {
      number: 'HT-2026-0001',
      title: '配电设备采购合同',
      customerId: customer.id,
      step: 'filed',
    } as never)
    for (const [position, name, qty, unitFen, taxRateBp] of [
      [1, '断路器', 10, 100_000, 1300],
      [2, '安装服务', 1, 50_000, 600],
    ] as const)
      await w.create('tradeLines', {
        parentTable: 'contracts',
        parentId: c.id,
        position,
        productId: '',
        name,
        spec: '',
        unit: '台',
        qty,
        quotedUnitFen: null,
        unitFen,
        discountBp: 0,
        taxRateBp,
        note: '',
      } as never)
    return c
  })
  return { customer, contract: (await db.contracts.get(contract.id))! }
}

describe('invoice applications', () => {
  it('start from what the contract has open, line by line, split into net and tax', async () => {
    const { contract } = await setUp()
    expect(contract.totalFen).toBe(1_050_000)
    const draft = await invoiceDraft(db, contract.id)
    expect(draft.lines.map((l) => [l.name, l.amountFen, l.taxRateBp])).toEqual([
      ['断路器', 1_000_000, 1300],
      ['安装服务', 50_000, 600],
    ])
    const saved = await saveInvoice(db, { id: null, input: draft }, as(clerk, day))
    expect(saved.number).toMatch(/^KP-202610-\d{4}$/)
    // 1,000,000 at 13 %: net 884,956, tax 115,044; 50,000 at 6 %: net 47,170, tax 2,830.
    expect([saved.totalFen, saved.taxFen]).toEqual([1_050_000, 117_874])
    expect(saved.buyerTaxNo).toBe(USCC_A)
    // Nothing is left open for a second application.
    expect((await invoiceDraft(db, contract.id)).lines).toEqual([])
  })

  it('refuse a 专票 while the customer lacks a buyer detail, naming it, and go once the record has it', async () => {
    const { customer, contract } = await setUp({ bankName: '', bankAccount: '' })
    const saved = await saveInvoice(
      db,
      { id: null, input: await invoiceDraft(db, contract.id) },
      as(clerk, day),
    )
    const before = await footprint(db, 'invoices')
    await expect(
      invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, as(clerk, day)),
    ).rejects.toMatchObject({
      messageKey: 'invoicingValidation.buyerMissing.special.buyerBankAccount',
      params: { field: 'buyerBankAccount' },
    })
    expect(await footprint(db, 'invoices')).toEqual(before)
    // A 普票 needs only the name and the taxpayer number.
    await saveInvoice(
      db,
      {
        id: saved.id,
        input: {
          ...(await invoiceDraft(db, contract.id)),
          lines: await invoiceDraftOf(saved.id),
          kind: 'normal',
        },
      },
      as(clerk, day),
    )
    await saveInvoice(
      db,
      {
        id: saved.id,
        input: {
          contractId: contract.id,
          shipmentIds: [],
          kind: 'special',
          note: '',
          lines: await invoiceDraftOf(saved.id),
        },
      },
      as(clerk, day),
    )
    await saveArchive(
      db,
      {
        table: 'customers',
        id: customer.id,
        input: archiveInput('customers', {
          name: '北京智诚科技有限公司',
          uscc: USCC_A,
          address: '北京市海淀区中关村大街1号',
          phone: '010-62345678',
          bankName: '招商银行北京分行',
          bankAccount: '110902345610101',
        } as never),
      },
      as(clerk, day),
    )
    const submitted = await invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, as(clerk, day))
    expect(submitted.step).toBe('review')
    expect(submitted.buyerBankAccount).toBe('招商银行北京分行 110902345610101')
  })

  it('go to finance alone: returned with a comment, approved, issued with a checked number, delivered, confirmed', async () => {
    const { contract } = await setUp()
    const saved = await saveInvoice(
      db,
      { id: null, input: await invoiceDraft(db, contract.id) },
      as(clerk, day),
    )
    await invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, as(clerk, day))
    await expect(
      invoiceAction(db, { id: saved.id, action: 'approve', payload: {} }, as(clerk, day)),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      invoiceAction(db, { id: saved.id, action: 'return', payload: { comment: ' ' } }, as(finance, day)),
    ).rejects.toMatchObject({ params: { field: 'comment' } })
    const returned = await invoiceAction(
      db,
      { id: saved.id, action: 'return', payload: { comment: '请按发运分两次开票' } },
      as(finance, day),
    )
    expect([returned.step, returned.reviewedBy]).toEqual(['returned', '赵财务'])
    await invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, as(clerk, day))
    const approved = await invoiceAction(
      db,
      { id: saved.id, action: 'approve', payload: {} },
      as(finance, day),
    )
    expect([approved.step, approved.requiredApprovals]).toEqual(['toIssue', []])
    const issue = {
      invoiceCode: '1100261130',
      invoiceNo: '01234567',
      issuedOn: '2026-10-09',
      issuedFen: 1_050_000,
      issuedTaxFen: 117_874,
    }
    await expect(
      invoiceAction(
        db,
        { id: saved.id, action: 'issue', payload: { ...issue, invoiceNo: '1234' } },
        as(finance, day),
      ),
    ).rejects.toMatchObject({ params: { field: 'invoiceNo' } })
    await expect(
      invoiceAction(
        db,
        { id: saved.id, action: 'issue', payload: { ...issue, issuedFen: 1_000_000 } },
        as(finance, day),
      ),
    ).rejects.toMatchObject({ params: { field: 'issuedFen' } })
    // A paper 专票 has a code and an 8-digit number: a 数电票's 20 digits without a code are refused.
    await expect(
      invoiceAction(
        db,
        {
          id: saved.id,
          action: 'issue',
          payload: { ...issue, invoiceCode: '', invoiceNo: '26110000000012345678' },
        },
        as(finance, day),
      ),
    ).rejects.toMatchObject({ params: { field: 'invoiceCode' } })
    const issued = await invoiceAction(
      db,
      { id: saved.id, action: 'issue', payload: issue },
      as(finance, day),
    )
    expect([issued.step, issued.issuedBy]).toEqual(['issued', '赵财务'])
    await expect(
      invoiceAction(
        db,
        { id: saved.id, action: 'deliver', payload: { deliveredOn: '2026-10-09', deliveryWay: 'post' } },
        as(clerk, day),
      ),
    ).rejects.toMatchObject({ params: { field: 'trackingNo' } })
    await invoiceAction(
      db,
      {
        id: saved.id,
        action: 'deliver',
        payload: { deliveredOn: '2026-10-09', deliveryWay: 'post', trackingNo: 'SF1234567890' },
      },
      as(clerk, day),
    )
    await expect(
      invoiceAction(
        db,
        { id: saved.id, action: 'confirm', payload: { confirmedOn: '2026-10-08', confirmedBy: '张会计' } },
        as(clerk, day),
      ),
    ).rejects.toMatchObject({ params: { field: 'confirmedOn' } })
    const confirmed = await invoiceAction(
      db,
      { id: saved.id, action: 'confirm', payload: { confirmedOn: '2026-10-09', confirmedBy: '张会计' } },
      as(clerk, day),
    )
    expect(confirmed.step).toBe('confirmed')
  })

  it('above what the contract has open waits for leadership, through the approvals engine', async () => {
    const { contract } = await setUp()
    const draft = await invoiceDraft(db, contract.id)
    const over = {
      ...draft,
      lines: draft.lines.map((l, i) => (i === 0 ? { ...l, amountFen: l.amountFen + 10_000 } : l)),
    }
    const saved = await saveInvoice(db, { id: null, input: over }, as(clerk, day))
    await invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, as(clerk, day))
    const approved = await invoiceAction(
      db,
      { id: saved.id, action: 'approve', payload: {} },
      as(finance, day),
    )
    expect(approved.step).toBe('approval')
    expect(approved.requiredApprovals).toEqual([
      expect.objectContaining({
        rule: 'invoiceOverOpen',
        role: 'leadership',
        params: { amountFen: 1_060_000, openFen: 1_050_000 },
      }),
    ])
    await expect(
      decideApproval(
        db,
        {
          table: 'invoices',
          id: saved.id,
          decision: { rule: 'invoiceOverOpen', decision: 'approved', comment: '' },
        },
        as(finance, day),
      ),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await decideApproval(
      db,
      {
        table: 'invoices',
        id: saved.id,
        decision: { rule: 'invoiceOverOpen', decision: 'approved', comment: '含运费' },
      },
      as(leader, day),
    )
    expect((await db.invoices.get(saved.id))?.step).toBe('toIssue')
  })

  it('refused by leadership goes back to the clerk', async () => {
    const { contract } = await setUp()
    const draft = await invoiceDraft(db, contract.id)
    const over = { ...draft, lines: draft.lines.map((l) => ({ ...l, amountFen: l.amountFen * 2 })) }
    const saved = await saveInvoice(db, { id: null, input: over }, as(clerk, day))
    await invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, as(clerk, day))
    await invoiceAction(db, { id: saved.id, action: 'approve', payload: {} }, as(finance, day))
    await decideApproval(
      db,
      {
        table: 'invoices',
        id: saved.id,
        decision: { rule: 'invoiceOverOpen', decision: 'rejected', comment: '超出合同金额' },
      },
      as(leader, day),
    )
    expect((await db.invoices.get(saved.id))?.step).toBe('returned')
  })

  it('is applied for only on a contract in force', async () => {
    const { contract } = await setUp()
    await runWrite(db, as(clerk, day), (w) => w.update('contracts', contract.id, { step: 'draft' }))
    const saved = await saveInvoice(
      db,
      { id: null, input: await invoiceDraft(db, contract.id) },
      as(clerk, day),
    )
    await expect(
      invoiceAction(db, { id: saved.id, action: 'submit', payload: {} }, as(clerk, day)),
    ).rejects.toMatchObject({
      messageKey: 'invoicingValidation.contractNotInForce',
    })
  })
})

/** The stored lines of an application as its form sends them. */
async function invoiceDraftOf(id: string) {
  const lines = await db.invoiceLines.where('parentId').equals(id).sortBy('position')
  return lines.map(({ sourceLineId, name, spec, unit, qty, amountFen, taxRateBp }) => ({
    sourceLineId,
    name,
    spec,
    unit,
    qty,
    amountFen,
    taxRateBp,
  }))
}
