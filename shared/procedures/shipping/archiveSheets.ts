/**
 * 发货与库房.xlsx in the archive export: purchase orders, shipments with
 * their lines and serial numbers, and the stock ledger, in the words the
 * department reads. Tombstoned records stay in the JSON only (the archive
 * export passes live rows).
 */
import type { CellValue, SheetModel } from '../../spreadsheet/sheetModel'
import type { ArchiveSheetContext } from '../kit/defineProcedure'
import type { PurchaseOrderRecord, ShipmentLineRecord, ShipmentRecord, StockMovementRecord } from './records'
import { movementKindWords, purchaseOrderStepWords, shipmentSourceWords, shipmentStepWords } from './words'

const text = (header: string, width = 16) => ({ header, width, format: 'text' as const })
const date = (header: string) => ({ header, width: 12, format: 'date' as const })
const byNumber = <T extends { number: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.number.localeCompare(b.number))

export function shippingArchiveSheets({ rows, nameOf, subtitle }: ArchiveSheetContext): SheetModel[] {
  const orders = byNumber((rows.purchaseOrders ?? []) as unknown as PurchaseOrderRecord[])
  const shipments = byNumber((rows.shipments ?? []) as unknown as ShipmentRecord[])
  const numbers = new Map(shipments.map((s) => [s.id, s.number]))
  const lines = ((rows.shipmentLines ?? []) as unknown as ShipmentLineRecord[])
    .filter((l) => numbers.has(l.parentId))
    .sort(
      (a, b) =>
        (numbers.get(a.parentId) ?? '').localeCompare(numbers.get(b.parentId) ?? '') ||
        a.position - b.position,
    )
  const movements = [...((rows.stockMovements ?? []) as unknown as StockMovementRecord[])].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  )
  const day = (d: string) => d || null
  return [
    {
      name: '设备采购单',
      title: '设备采购单',
      subtitle,
      columns: [
        text('采购单号', 18),
        text('合同', 18),
        text('客户', 28),
        text('厂家', 24),
        date('要求到货日期'),
        text('厂家订单号', 16),
        date('承诺交货日期'),
        { header: '金额（元）', width: 14, format: 'money' },
        text('状态', 12),
      ],
      rows: orders.map((o): CellValue[] => [
        o.number,
        o.contractId ? nameOf('contracts', o.contractId) : nameOf('phoneOrders', o.phoneOrderId),
        nameOf('customers', o.customerId),
        nameOf('suppliers', o.manufacturerId),
        day(o.requestedOn),
        o.orderRef,
        day(o.promisedOn),
        o.totalFen,
        purchaseOrderStepWords[o.step],
      ]),
    },
    {
      name: '发运',
      title: '发运',
      subtitle,
      columns: [
        text('发运单号', 18),
        text('合同', 18),
        text('客户', 28),
        text('发货方式', 10),
        text('承运单位', 16),
        text('运单号', 18),
        date('发货日期'),
        date('签收日期'),
        date('归档日期'),
        text('状态', 10),
      ],
      rows: shipments.map((s): CellValue[] => [
        s.number,
        s.contractId ? nameOf('contracts', s.contractId) : nameOf('phoneOrders', s.phoneOrderId),
        nameOf('customers', s.customerId),
        shipmentSourceWords[s.source],
        s.carrier,
        s.trackingNo,
        day(s.shippedOn),
        day(s.receivedOn),
        day(s.filedOn),
        shipmentStepWords[s.step],
      ]),
    },
    {
      name: '发运明细',
      title: '发运明细（含序列号）',
      subtitle,
      columns: [
        text('发运单号', 18),
        { header: '序号', width: 6, format: 'int' },
        text('品名', 20),
        text('规格型号', 20),
        text('单位', 6),
        { header: '数量', width: 8, format: 'int' },
        text('序列号', 40),
      ],
      rows: lines.map((l): CellValue[] => [
        numbers.get(l.parentId) ?? '',
        l.position,
        l.name,
        l.spec,
        l.unit,
        l.qty,
        l.serials.join('、'),
      ]),
    },
    {
      name: '出入库记录',
      title: '库存台账',
      subtitle,
      columns: [
        date('日期'),
        text('产品', 24),
        text('类型', 10),
        { header: '数量', width: 8, format: 'int' },
        text('单据号', 18),
        text('经手人', 10),
        text('备注', 24),
      ],
      rows: movements.map((m): CellValue[] => [
        m.date,
        nameOf('products', m.productId),
        movementKindWords[m.kind],
        m.kind === 'out' ? -m.qty : m.qty,
        m.sourceNumber,
        m.handledBy,
        m.note,
      ]),
    },
  ]
}
