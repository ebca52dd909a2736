/**
 * 设备采购单 → 财务审核 → 厂家订货 → 发运 → 签收 → 归档 through the
 * repositories: each takes its machine's path; a phone order leadership has
 * not approved gets no purchase order (不得发货); shipped quantities never
 * exceed what the contract has open (refused at the line, saying how many
 * are left); a shipment from stock writes its 出库 and is refused when the
 * store lacks the goods; a shipment is filed only with its signed receipt;
 * the contract's delivery is derived from its shipments.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { saveArchive } from '../../../../renderer/src/data/repositories/archivesRepo'
import {
  purchaseOrderAction,
  purchaseOrderDraft,
  savePurchaseOrder,
} from '../../../../renderer/src/data/repositories/shipping/purchaseOrdersRepo'
import {
  addVoucher,
  deliveryOf,
  saveShipment,
  shipmentAction,
  vouchersOf,
} from '../../../../renderer/src/data/repositories/shipping/shipmentsRepo'
import { productLedger, receiveStock } from '../../../../renderer/src/data/repositories/shipping/stockRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { archiveInput, as, finance } from '../archiveFixture'
import { at, clerk, freshDb } from '../dbFixture'
import { keeper } from '../contracts/contractFixture'

let db: DeskDb
afterEach(() => db?.close())

// Filed on the eve of National Day 2026; the work goes on after it.
const filedDay = at('2026-09-30T10:00:00+08:00')
const later = at('2026-10-09T10:00:00+08:00')

async function setUp() {
  db = freshDb()
  const save = (table: 'suppliers' | 'products' | 'customers', fields: Record<string, unknown>) =>
    saveArchive(db, { table, id: null, input: archiveInput(table, fields as never) }, as(clerk, filedDay))
  const maker = await save('suppliers', { name: '施耐德电气（中国）有限公司' })
  const breaker = await save('products', { name: '断路器', model: 'NSX100F', manufacturerId: maker.id })
  const drive = await save('products', { name: '变频器', model: 'ACS580', serialized: true })
  const customer = await save('customers', {
    name: '北京智诚科技有限公司',
    address: '北京市海淀区中关村大街1号',
  })
  const contract = await runWrite(db, as(clerk, filedDay), async (w) => {
    const c = await w.create('contracts', {
      title: '配电设备采购合同',
      customerId: customer.id,
      step: 'filed',
      deliveryDueOn: '2026-10-31',
    } as never)
    for (const [position, p, qty] of [
      [1, breaker, 10],
      [2, drive, 2],
    ] as const)
      await w.create('tradeLines', {
        parentTable: 'contracts',
        parentId: c.id,
        position,
        productId: p.id,
        name: p.name,
        spec: '',
        unit: '台',
        qty,
        quotedUnitFen: null,
        unitFen: 100_000,
        discountBp: 0,
        taxRateBp: 1300,
        note: '',
      } as never)
    return c
  })
  const lines = await db.tradeLines.where('parentId').equals(contract.id).sortBy('position')
  return { maker, breaker, drive, customer, contract, lines }
}

/** Two 变频器 (serialized) of the contract's second line, with the serial numbers typed so far. */
const driveLine = (sourceLineId: string, productId: string, serials: string[]) => ({
  sourceLineId,
  productId,
  name: '变频器',
  spec: '',
  unit: '台',
  qty: 2,
  serials,
})

const scan = (n: number) => ({
  sha256: String(n).repeat(64).slice(0, 64),
  bytes: 1000,
  mime: 'application/pdf' as const,
})

describe('purchase orders', () => {
  it('are made from the filed contract, returned once by finance, approved, and ordered', async () => {
    const { maker, contract, lines } = await setUp()
    const draft = await purchaseOrderDraft(db, { table: 'contracts', id: contract.id }, maker.id)
    expect(draft.lines.map((l) => [l.sourceLineId, l.qty])).toEqual([[lines[0].id, 10]])
    expect(draft.deliveryPlace).toBe('北京市海淀区中关村大街1号')
    const order = await savePurchaseOrder(
      db,
      { id: null, input: { ...draft, recipient: '王工', recipientPhone: '13800000000' } },
      as(clerk, filedDay),
    )
    expect(order.number).toMatch(/^CG-202609-\d{4}$/)
    expect(order.totalFen).toBe(0)
    await purchaseOrderAction(db, { id: order.id, action: 'submit', payload: {} }, as(clerk, filedDay))
    await expect(
      purchaseOrderAction(db, { id: order.id, action: 'approve', payload: {} }, as(clerk, filedDay)),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    const returned = await purchaseOrderAction(
      db,
      { id: order.id, action: 'return', payload: { comment: '请补充采购单价' } },
      as(finance, later),
    )
    expect(returned).toMatchObject({ step: 'returned', reviewComment: '请补充采购单价' })
    await savePurchaseOrder(
      db,
      {
        id: order.id,
        input: {
          ...draft,
          recipient: '王工',
          recipientPhone: '13800000000',
          lines: draft.lines.map((l) => ({ ...l, unitFen: 80_000 })),
        },
      },
      as(clerk, later),
    )
    expect((await db.purchaseOrders.get(order.id))?.totalFen).toBe(800_000)
    await purchaseOrderAction(db, { id: order.id, action: 'submit', payload: {} }, as(clerk, later))
    await purchaseOrderAction(db, { id: order.id, action: 'approve', payload: {} }, as(finance, later))
    const ordered = await purchaseOrderAction(
      db,
      { id: order.id, action: 'order', payload: { orderRef: 'SE-2026-8841', promisedOn: '2026-10-20' } },
      as(clerk, later),
    )
    expect(ordered).toMatchObject({ step: 'ordered', orderRef: 'SE-2026-8841', promisedOn: '2026-10-20' })
    // A second order cannot take what the first holds: refused at the line, saying what is left.
    await expect(
      savePurchaseOrder(
        db,
        { id: null, input: { ...draft, recipient: '王工', recipientPhone: '1' } },
        as(clerk, later),
      ),
    ).rejects.toMatchObject({
      messageKey: 'shippingValidation.overOrderable',
      params: { field: 'lines.0.qty', left: 0 },
    })
  })

  it('are refused for a phone order leadership has not approved (不得发货)', async () => {
    const { customer } = await setUp()
    const order = await runWrite(db, as(clerk, filedDay), (w) =>
      w.create('phoneOrders', { customerId: customer.id, step: 'pending', number: 'DH-1' } as never),
    )
    const draft = await purchaseOrderDraft(db, { table: 'phoneOrders', id: order.id })
    await expect(
      savePurchaseOrder(db, { id: null, input: draft }, as(clerk, filedDay)),
    ).rejects.toMatchObject({
      messageKey: 'shippingValidation.phoneOrderNotApproved',
      params: { field: 'source' },
    })
    expect(await db.purchaseOrders.count()).toBe(0)
  })
})

describe('shipments', () => {
  it('go out partly from stock and partly direct, never beyond the open quantity, and deliver the contract once both are signed for', async () => {
    const { maker, breaker, drive, contract, lines } = await setUp()
    const ref = { table: 'contracts' as const, id: contract.id }
    // The state the due checks read by index, kept on the contract by every write that bears on it.
    const stateNow = async () =>
      ((await db.contracts.get(contract.id)) as { shippingState?: string } | undefined)?.shippingState
    expect(await stateNow()).toBe('waiting')
    await receiveStock(
      db,
      {
        input: {
          productId: drive.id,
          kind: 'in',
          date: '2026-09-28',
          qty: 5,
          sourceNumber: '',
          handledBy: '李内勤',
          note: '',
        },
      },
      as(clerk, filedDay),
    )
    const base = {
      contractId: contract.id,
      phoneOrderId: '',
      carrier: '',
      trackingNo: '',
      deliveryPlace: '北京市海淀区中关村大街1号',
      recipient: '王工',
      recipientPhone: '13800000000',
    }
    const fromStock = await saveShipment(
      db,
      {
        id: null,
        input: {
          ...base,
          source: 'stock',
          purchaseOrderId: '',
          lines: [driveLine(lines[1].id, drive.id, ['SN-1'])],
        },
      },
      as(clerk, later),
    )
    // A serialized product: one serial number per unit before it leaves.
    await expect(
      shipmentAction(
        db,
        { id: fromStock.id, action: 'ship', payload: { shippedOn: '2026-10-09', carrier: '顺丰' } },
        as(clerk, later),
      ),
    ).rejects.toMatchObject({
      messageKey: 'shippingValidation.serials',
      params: { field: 'lines.0.serials' },
    })
    await saveShipment(
      db,
      {
        id: fromStock.id,
        input: {
          ...base,
          source: 'stock',
          purchaseOrderId: '',
          lines: [driveLine(lines[1].id, drive.id, ['SN-1', 'SN-2'])],
        },
      },
      as(clerk, later),
    )
    await shipmentAction(
      db,
      {
        id: fromStock.id,
        action: 'ship',
        payload: { shippedOn: '2026-10-09', carrier: '顺丰', trackingNo: 'SF1' },
      },
      as(clerk, later),
    )
    expect((await productLedger(db, drive.id)).at(-1)).toMatchObject({ kind: 'out', qty: 2, balanceAfter: 3 })
    expect(await deliveryOf(db, ref)).toBe('partial')
    expect(await stateNow()).toBe('open')

    // Direct from the manufacturer against the ordered purchase order.
    const draft = await purchaseOrderDraft(db, ref, maker.id)
    const order = await savePurchaseOrder(
      db,
      { id: null, input: { ...draft, recipient: '王工', recipientPhone: '1' } },
      as(clerk, later),
    )
    await purchaseOrderAction(db, { id: order.id, action: 'submit', payload: {} }, as(clerk, later))
    await purchaseOrderAction(db, { id: order.id, action: 'approve', payload: {} }, as(finance, later))
    await purchaseOrderAction(
      db,
      { id: order.id, action: 'order', payload: { orderRef: 'SE-1', promisedOn: '2026-10-20' } },
      as(clerk, later),
    )
    const direct = (qty: number) => ({
      ...base,
      source: 'direct' as const,
      purchaseOrderId: order.id,
      lines: [
        {
          sourceLineId: lines[0].id,
          productId: breaker.id,
          name: '断路器',
          spec: '',
          unit: '台',
          qty,
          serials: [],
        },
      ],
    })
    await expect(saveShipment(db, { id: null, input: direct(11) }, as(clerk, later))).rejects.toMatchObject({
      messageKey: 'shippingValidation.overOpen',
      params: { field: 'lines.0.qty', left: 10, qty: 11 },
    })
    const second = await saveShipment(db, { id: null, input: direct(10) }, as(clerk, later))
    await shipmentAction(
      db,
      { id: second.id, action: 'ship', payload: { shippedOn: '2026-10-09', carrier: '德邦' } },
      as(clerk, later),
    )
    expect((await db.purchaseOrders.get(order.id))?.step).toBe('shipped')
    expect(await deliveryOf(db, ref)).toBe('shipped')

    // Signed for with the receipt's scan, then filed; never filed without it.
    for (const [i, s] of [fromStock, second].entries()) {
      await expect(
        shipmentAction(db, { id: s.id, action: 'file', payload: {} }, as(keeper, later)),
      ).rejects.toMatchObject({ messageKey: 'shippingErrors.shipments.notSigned' })
      const receipt = await addVoucher(
        db,
        { shipmentId: s.id, kind: 'signedReceipt', stored: scan(i + 1), fileName: `签收单${i + 1}.pdf` },
        as(clerk, later),
      )
      await shipmentAction(
        db,
        { id: s.id, action: 'sign', payload: { receivedOn: '2026-10-09', signedReceiptId: receipt.id } },
        as(keeper, later),
      )
      const filed = await shipmentAction(db, { id: s.id, action: 'file', payload: {} }, as(keeper, later))
      expect(filed.step).toBe('filed')
      // Not delivered until the last line is signed for.
      expect(await stateNow()).toBe(i === 0 ? 'open' : 'delivered')
    }
    expect(await deliveryOf(db, ref)).toBe('delivered')
    expect((await vouchersOf(db, ref)).map((v) => v.kind)).toEqual(['signedReceipt', 'signedReceipt'])
  })

  it('refuses a shipment from stock the store cannot cover, naming the product and what is available', async () => {
    const { drive, contract, lines } = await setUp()
    const s = await saveShipment(
      db,
      {
        id: null,
        input: {
          contractId: contract.id,
          phoneOrderId: '',
          source: 'stock',
          purchaseOrderId: '',
          carrier: '',
          trackingNo: '',
          deliveryPlace: '',
          recipient: '',
          recipientPhone: '',
          lines: [driveLine(lines[1].id, drive.id, ['A', 'B'])],
        },
      },
      as(clerk, later),
    )
    await expect(
      shipmentAction(
        db,
        { id: s.id, action: 'ship', payload: { shippedOn: '2026-10-09', carrier: '顺丰' } },
        as(clerk, later),
      ),
    ).rejects.toMatchObject({
      messageKey: 'shippingValidation.notEnough',
      params: { field: 'lines.0.qty', product: '变频器 ACS580', available: 0 },
    })
    expect((await db.shipments.get(s.id))?.step).toBe('draft')
    expect(await db.stockMovements.count()).toBe(0)
  })
})
