/**
 * Rows the statements, aging and month-close tests stand on, written as the
 * repositories would have stored them (runWrite + w.create): customers,
 * contracts with milestones, issued invoices, confirmed receipts with their
 * parts, purchase orders. Not through the receipts repository: these tests
 * are about what reads the rows.
 */
import type { Actor } from '@shared/auth/permissions'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { at, clerk } from '../dbFixture'

export const salesManager: Actor = { userId: 'U-SM', name: '陈经理', roles: ['salesManager'] }
/** Writes happen on 2026-07-02 unless a test says otherwise: after the first half-year ended. */
export const july = at('2026-07-02T10:00:00+08:00')
export const asAt = (actor: Actor, when = july) => ({ actor, now: when })

let n = 0
const next = () => String(++n).padStart(4, '0')

export async function customers(db: DeskDb, names: readonly string[]): Promise<string[]> {
  return runWrite(db, asAt(clerk), async (w) => {
    const ids: string[] = []
    for (const name of names) ids.push((await w.create('customers', { name, search: name } as never)).id)
    return ids
  })
}

export interface ContractSpec {
  customerId: string
  signedOn: string
  totalFen: number
  step?: string
  /** Each milestone's percent (bp) and due day. */
  milestones?: [percentBp: number, dueOn: string][]
  salesRepId?: string
  salesRep?: string
}

export async function contract(
  db: DeskDb,
  spec: ContractSpec,
): Promise<{ id: string; milestoneIds: string[] }> {
  return runWrite(db, asAt(clerk), async (w) => {
    const c = await w.create('contracts', {
      number: `HT-${spec.signedOn.slice(0, 7).replace('-', '')}-${next()}`,
      title: '配电设备采购合同',
      customerId: spec.customerId,
      step: spec.step ?? 'performing',
      signedOn: spec.signedOn,
      ...(spec.salesRepId ? { salesRepId: spec.salesRepId } : {}),
      ...(spec.salesRep ? { salesRep: spec.salesRep } : {}),
    } as never)
    // The contract's total is derived from its lines: one line of the whole amount.
    await w.create('tradeLines', {
      parentTable: 'contracts',
      parentId: c.id,
      position: 1,
      productId: '',
      name: '低压开关柜',
      spec: '',
      unit: '台',
      qty: 1,
      quotedUnitFen: null,
      unitFen: spec.totalFen,
      discountBp: 0,
      taxRateBp: 1300,
      note: '',
    } as never)
    const milestoneIds: string[] = []
    for (const [i, [percentBp, dueOn]] of (spec.milestones ?? [[10_000, '']]).entries())
      milestoneIds.push(
        (
          await w.create('milestones', {
            parentTable: 'contracts',
            parentId: c.id,
            position: i + 1,
            kind: 'other',
            percentBp,
            dueRule: '',
            dueOn,
            receivedOn: '',
          } as never)
        ).id,
      )
    return { id: c.id, milestoneIds }
  })
}

export async function invoice(
  db: DeskDb,
  customerId: string,
  issuedOn: string,
  issuedFen: number,
  step = 'issued',
) {
  await runWrite(db, asAt(clerk), (w) =>
    w.create('invoices', {
      number: `KP-${next()}`,
      customerId,
      contractId: '',
      kind: 'special',
      step,
      issuedOn,
      issuedFen,
      invoiceCode: '',
      invoiceNo: `0451${next()}`,
    } as never),
  )
}

/** A receipt (confirmed unless said) paying `amountFen`, all of it to one milestone when one is named. */
export async function receipt(
  db: DeskDb,
  spec: {
    customerId: string
    receivedOn: string
    amountFen: number
    step?: string
    milestoneId?: string
    contractId?: string
  },
): Promise<string> {
  return runWrite(db, asAt(clerk), async (w) => {
    const r = await w.create('receipts', {
      number: `SK-${next()}`,
      customerId: spec.customerId,
      receivedOn: spec.receivedOn,
      method: 'transfer',
      amountFen: spec.amountFen,
      step: spec.step ?? 'confirmed',
    } as never)
    if (spec.milestoneId)
      await w.create('receiptAllocations', {
        parentId: r.id,
        contractId: spec.contractId ?? '',
        milestoneId: spec.milestoneId,
        amountFen: spec.amountFen,
        confirmedOn: spec.step === 'confirmed' || !spec.step ? spec.receivedOn : '',
      } as never)
    return r.id
  })
}

export async function purchaseOrder(db: DeskDb, step: string, orderedOn: string, totalFen: number) {
  await runWrite(db, asAt(clerk), (w) =>
    w.create('purchaseOrders', { number: `CG-${next()}`, step, orderedOn, totalFen } as never),
  )
}
