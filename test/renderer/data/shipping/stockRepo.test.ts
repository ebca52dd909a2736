/**
 * 库房 through the repositories: 入库 typed by the clerk, the balance
 * derived on the product's stock row and never typed, stock never below
 * zero (the refusal names the product and what is available), the
 * month-end count signed off by finance alone with its differences written
 * as 盘点调整, and a signed-off month refusing a late movement.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskDb } from '../../../../renderer/src/data/db'
import { saveArchive } from '../../../../renderer/src/data/repositories/archivesRepo'
import {
  countAction,
  countLines,
  saveCountLines,
  startCount,
} from '../../../../renderer/src/data/repositories/shipping/stockCountsRepo'
import {
  productLedger,
  receiveStock,
  stockList,
  writeMovements,
} from '../../../../renderer/src/data/repositories/shipping/stockRepo'
import { runWrite } from '../../../../renderer/src/data/unitOfWork'
import { archiveInput, as, finance } from '../archiveFixture'
import { at, clerk, freshDb } from '../dbFixture'

let db: DeskDb
afterEach(() => db?.close())

const oct = at('2026-10-30T10:00:00+08:00')
const nov = at('2026-11-03T10:00:00+08:00')

async function aProduct(name: string, model: string): Promise<string> {
  const input = archiveInput('products', { name, model })
  return (await saveArchive(db, { table: 'products', id: null, input }, as(clerk, oct))).id
}

const stockIn = (productId: string, qty: number, date = '2026-10-08') => ({
  productId,
  kind: 'in',
  date,
  qty,
  sourceNumber: '',
  handledBy: '李内勤',
  note: '厂家到货',
})

describe('the stock ledger', () => {
  it('derives the balance from the movements, numbers a typed 入库 RK-, and lists one row per product', async () => {
    db = freshDb()
    const breaker = await aProduct('断路器', 'NSX100F')
    const drive = await aProduct('变频器', 'ACS580')
    const first = await receiveStock(db, { input: stockIn(breaker, 10) }, as(clerk, oct))
    expect(first.sourceNumber).toMatch(/^RK-202610-\d{4}$/)
    await receiveStock(db, { input: stockIn(breaker, 5, '2026-10-09') }, as(clerk, oct))
    await receiveStock(db, { input: stockIn(drive, 2) }, as(clerk, oct))
    const list = await stockList(db)
    expect(list.map((r) => [r.name, r.balance, r.movements])).toEqual([
      ['变频器', 2, 1],
      ['断路器', 15, 2],
    ])
    expect((await productLedger(db, breaker)).map((l) => l.balanceAfter)).toEqual([10, 15])
    // The stock row keeps the product's names (库存 reads nothing else): a rename follows.
    const product = await db.products.get(drive)
    await saveArchive(
      db,
      {
        table: 'products',
        id: drive,
        input: archiveInput('products', { ...product, name: '低压变频器' } as never),
      },
      as(clerk, nov),
    )
    expect((await stockList(db)).map((r) => [r.name, r.model])).toEqual([
      ['低压变频器', 'ACS580'],
      ['断路器', 'NSX100F'],
    ])
  })

  it('refuses to take out more than is there, naming the product and what is available, and writes nothing', async () => {
    db = freshDb()
    const breaker = await aProduct('断路器', 'NSX100F')
    await receiveStock(db, { input: stockIn(breaker, 3) }, as(clerk, oct))
    const out = {
      productId: breaker,
      kind: 'out' as const,
      date: '2026-10-20',
      qty: 4,
      sourceTable: '',
      sourceId: '',
      sourceNumber: 'FY-202610-0001',
      handledBy: '李内勤',
      note: '',
    }
    await expect(runWrite(db, as(clerk, oct), (w) => writeMovements(w, db, [out]))).rejects.toMatchObject({
      messageKey: 'shippingValidation.notEnough',
      params: { field: 'movements.0.qty', product: '断路器 NSX100F', available: 3, qty: 4 },
    })
    expect((await stockList(db))[0].balance).toBe(3)
    expect(await db.stockMovements.count()).toBe(1)
  })

  it('refuses 入库 by finance: the ledger is the clerk’s', async () => {
    db = freshDb()
    const breaker = await aProduct('断路器', 'NSX100F')
    await expect(receiveStock(db, { input: stockIn(breaker, 3) }, as(finance, oct))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
  })
})

describe('the month-end count', () => {
  it('is signed off by finance alone, writes each difference as 盘点调整, and the month then refuses a movement', async () => {
    db = freshDb()
    const breaker = await aProduct('断路器', 'NSX100F')
    const drive = await aProduct('变频器', 'ACS580')
    await receiveStock(db, { input: stockIn(breaker, 10) }, as(clerk, oct))
    await receiveStock(db, { input: stockIn(drive, 4) }, as(clerk, oct))
    await startCount(db, { month: '2026-10' }, as(clerk, oct))
    expect((await countLines(db, '2026-10')).map((l) => l.bookQty).sort()).toEqual([10, 4])
    await expect(startCount(db, { month: '2026-10' }, as(clerk, oct))).rejects.toMatchObject({
      messageKey: 'shippingErrors.stockCounts.exists',
    })

    // One difference without its reason is refused at the line.
    await saveCountLines(
      db,
      { month: '2026-10', lines: [{ productId: breaker, countedQty: 9, reason: '' }] },
      as(clerk, oct),
    )
    await expect(
      countAction(db, { month: '2026-10', action: 'submit', payload: {} }, as(clerk, oct)),
    ).rejects.toMatchObject({ messageKey: 'shippingValidation.differenceReason' })
    await saveCountLines(
      db,
      { month: '2026-10', lines: [{ productId: breaker, countedQty: 9, reason: '运输损坏一台，已报废' }] },
      as(clerk, oct),
    )
    await countAction(db, { month: '2026-10', action: 'submit', payload: {} }, as(clerk, oct))
    await expect(
      countAction(db, { month: '2026-10', action: 'signOff', payload: {} }, as(clerk, oct)),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    const signed = await countAction(
      db,
      { month: '2026-10', action: 'signOff', payload: { comment: '已核对' } },
      as(finance, oct),
    )
    expect(signed.step).toBe('signedOff')
    const ledger = await productLedger(db, breaker)
    expect(ledger.at(-1)).toMatchObject({
      kind: 'adjust',
      qty: -1,
      date: '2026-10-31',
      note: '运输损坏一台，已报废',
    })
    expect((await stockList(db)).find((r) => r.productId === breaker)?.balance).toBe(9)

    // A late 入库 dated in October is refused, naming November for the correction.
    await expect(
      receiveStock(db, { input: stockIn(breaker, 1, '2026-10-30') }, as(clerk, nov)),
    ).rejects.toMatchObject({
      messageKey: 'shippingValidation.monthSignedOff',
      params: { field: 'date', month: '2026-10', open: '2026-11' },
    })
    await receiveStock(db, { input: stockIn(breaker, 1, '2026-11-03') }, as(clerk, nov))
    expect((await stockList(db)).find((r) => r.productId === breaker)?.balance).toBe(10)
  })
})
