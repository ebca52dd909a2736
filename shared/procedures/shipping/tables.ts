/**
 * The shipping procedure's synced tables as the generic code reads them
 * (shared/procedures/kit/tableSpec.ts). All are new in Dexie version 8
 * (db.ts declares 1–7 by hand); their indexes are the ones the deadlines
 * and the screens read by: a contract's orders, shipments, shipment lines
 * and vouchers by `contractId`, steps by `step`, units by serial number
 * (`*serials`, after-sales), the ledger by product and date.
 */
import { tableSpec } from '../kit/tableSpec'
import { type ShippingNumberKind, shippingNumberPatterns } from './numbering'
import type {
  DeliveryVoucherRecord,
  PurchaseOrderLineRecord,
  PurchaseOrderRecord,
  ShipmentLineRecord,
  ShipmentRecord,
  StockCountLineRecord,
  StockCountRecord,
  StockItemRecord,
  StockMovementRecord,
} from './records'
import { type MovementOf, stockItemValues, stockNameFields, stockNames } from './stock'

const SINCE = 8

/** A purchase order's amount is derived from its live lines (every PC sums the lines it has). */
const orderTotal = {
  fields: ['totalFen'] as const,
  children: 'purchaseOrderLines',
  compute: (_row: unknown, lines: readonly Readonly<Record<string, unknown>>[]) => ({
    totalFen: lines.reduce((sum, l) => sum + Number(l.qty ?? 0) * Number(l.unitFen ?? 0), 0),
  }),
}

/** The number is the business key, as a contract's: a fresh one from this PC's block, or keep both. */
const numberKey = { fields: ['number'], settle: ['renumber', 'keepBoth'] } as const
const numbered = (kind: ShippingNumberKind) => ({
  field: 'number' as const,
  series: () => ({ kind, pattern: shippingNumberPatterns[kind] }),
})

export const shippingTables = {
  purchaseOrders: tableSpec<PurchaseOrderRecord>()({
    nameKey: 'shippingTables.purchaseOrders',
    fieldsKey: 'purchaseOrderFields',
    edit: 'shipping.edit',
    nameFields: ['number'],
    valueWords: { step: 'shipping.purchaseOrders.steps' },
    refs: {
      contractId: 'contracts',
      phoneOrderId: 'phoneOrders',
      customerId: 'customers',
      manufacturerId: 'suppliers',
    },
    // The manufacturer's answer is one fact: the reference with the date it promised.
    fieldGroups: { order: ['orderRef', 'promisedOn', 'orderedOn'] },
    derive: orderTotal,
    attach: 'shipping.attach',
    uniqueKeys: [numberKey],
    numbered: numbered('purchaseOrder'),
    store: {
      since: SINCE,
      indexes: 'contractId, phoneOrderId, step, number',
      // The promised-date check reads ordered goods past their date by index (deadlines.ts).
      reindexed: { since: 9, indexes: 'contractId, phoneOrderId, step, number, [step+promisedOn]' },
    },
  }),
  purchaseOrderLines: tableSpec<PurchaseOrderLineRecord>()({
    nameKey: 'shippingTables.purchaseOrderLines',
    fieldsKey: 'purchaseOrderLineFields',
    edit: 'shipping.edit',
    nameFields: ['name'],
    fieldGroups: { price: ['qty', 'unit', 'unitFen'] },
    refs: { productId: 'products', sourceLineId: 'tradeLines' },
    parent: { table: { is: 'purchaseOrders' }, idField: 'parentId' },
    store: { since: SINCE, indexes: 'parentId' },
  }),
  shipments: tableSpec<ShipmentRecord>()({
    nameKey: 'shippingTables.shipments',
    fieldsKey: 'shipmentFields',
    edit: 'shipping.edit',
    nameFields: ['number'],
    valueWords: { step: 'shipping.shipments.steps', source: 'shipping.shipments.sources' },
    refs: {
      contractId: 'contracts',
      phoneOrderId: 'phoneOrders',
      purchaseOrderId: 'purchaseOrders',
      customerId: 'customers',
      signedReceiptId: 'deliveryVouchers',
    },
    fieldGroups: { carrier: ['carrier', 'trackingNo'] },
    attach: 'shipping.attach',
    uniqueKeys: [numberKey],
    numbered: numbered('shipment'),
    store: {
      since: SINCE,
      indexes: 'contractId, phoneOrderId, purchaseOrderId, step, number',
      // Signed receipts waiting to be filed, by the day they were signed (deadlines.ts).
      reindexed: {
        since: 9,
        indexes: 'contractId, phoneOrderId, purchaseOrderId, step, number, [step+receivedOn]',
      },
    },
  }),
  shipmentLines: tableSpec<ShipmentLineRecord>()({
    nameKey: 'shippingTables.shipmentLines',
    fieldsKey: 'shipmentLineFields',
    edit: 'shipping.edit',
    nameFields: ['name'],
    // A unit count and its serial numbers change together: a merge never pairs one PC's 3 with the other's 2 serials.
    fieldGroups: { units: ['qty', 'serials'] },
    refs: { productId: 'products', sourceLineId: 'tradeLines', contractId: 'contracts' },
    parent: { table: { is: 'shipments' }, idField: 'parentId' },
    store: { since: SINCE, indexes: 'parentId, contractId, *serials' },
  }),
  deliveryVouchers: tableSpec<DeliveryVoucherRecord>()({
    nameKey: 'shippingTables.deliveryVouchers',
    fieldsKey: 'deliveryVoucherFields',
    edit: 'shipping.attach',
    // Named by its kind's word (收货凭证（签收单）), read through valueWords.
    nameFields: ['kind'],
    valueWords: { kind: 'shipping.vouchers.kinds' },
    refs: { attachmentId: 'attachments', contractId: 'contracts' },
    parent: { table: { is: 'shipments' }, idField: 'parentId' },
    store: { since: SINCE, indexes: 'parentId, contractId' },
  }),
  stockMovements: tableSpec<StockMovementRecord>()({
    nameKey: 'shippingTables.stockMovements',
    fieldsKey: 'stockMovementFields',
    edit: 'stock.edit',
    nameFields: ['sourceNumber'],
    valueWords: { kind: 'shipping.stock.kinds' },
    refs: { productId: 'products', sourceId: { field: 'sourceTable' } },
    fieldGroups: { movement: ['productId', 'kind', 'date', 'qty'] },
    store: { since: SINCE, indexes: 'productId, date, sourceId' },
  }),
  stockItems: tableSpec<StockItemRecord>()({
    nameKey: 'shippingTables.stockItems',
    fieldsKey: 'stockItemFields',
    edit: 'stock.edit',
    // Named by its product (its id is the product's); made alike by whichever PC moves it first.
    nameFields: [],
    madeAlike: true,
    // The product's names too, so 库存 lists from these rows alone (stock.balance_ms).
    derive: {
      fields: ['balance', 'movedOn', 'movements', ...stockNameFields],
      children: 'stockMovements',
      childIdField: 'productId',
      related: { products: 'id' },
      compute: (_row, movements, _kept, related) => ({
        ...stockItemValues(movements as unknown as readonly MovementOf[]),
        ...stockNames(related.products?.[0]),
      }),
    },
    store: { since: SINCE, indexes: 'movedOn' },
  }),
  stockCounts: tableSpec<StockCountRecord>()({
    nameKey: 'shippingTables.stockCounts',
    fieldsKey: 'stockCountFields',
    edit: 'stock.edit',
    nameFields: ['month'],
    valueWords: { step: 'shipping.counts.steps' },
    attach: 'stock.edit',
    store: { since: SINCE, indexes: 'step' },
  }),
  stockCountLines: tableSpec<StockCountLineRecord>()({
    nameKey: 'shippingTables.stockCountLines',
    fieldsKey: 'stockCountLineFields',
    edit: 'stock.edit',
    nameFields: [],
    // What was found and why it differs are one statement.
    fieldGroups: { count: ['countedQty', 'reason'] },
    refs: { productId: 'products' },
    parent: { table: { is: 'stockCounts' }, idField: 'parentId' },
    store: { since: SINCE, indexes: 'parentId, productId' },
  }),
}
