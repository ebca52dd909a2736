/**
 * Stored shapes of the shipping and stock procedure (DOMAIN.md §2 发货, §7
 * 库房): 设备采购单 and their lines, shipments (发运) and their lines, the
 * delivery vouchers kept for them (发货凭证 / 收货凭证), the stock ledger
 * and the month-end count with its lines.
 *
 * Dates are YYYY-MM-DD, '' until known. Money is integer fen, tax included.
 * Quantities are integers in the product's unit. A stock balance is never
 * stored: it is the sum of the ledger (stock.ts).
 */
import type { RecordBase } from '../../types/records'

/** 起草 → 待财务审核 → 退回 / 已审核 → 已向厂家订货 → 已发货 → 已完结, or 已作废 (machines/purchaseOrder.ts). */
export const purchaseOrderSteps = [
  'draft', // 起草
  'review', // 待财务审核
  'returned', // 财务退回
  'approved', // 财务已审核
  'ordered', // 已向厂家订货
  'shipped', // 已全部发货
  'closed', // 已完结
  'voided', // 已作废
] as const
export type PurchaseOrderStep = (typeof purchaseOrderSteps)[number]

/**
 * 设备采购单: what the clerk orders from one manufacturer for one filed
 * contract (or a phone order leadership approved). A contract whose products
 * come from several manufacturers has several.
 */
export interface PurchaseOrderRecord extends RecordBase {
  number: string
  /** The filed contract it is made from; '' when made from a phone order. */
  contractId: string
  /** The approved phone/fax order it is made from; '' when made from a contract. */
  phoneOrderId: string
  customerId: string
  /** The manufacturer (suppliers archive). */
  manufacturerId: string
  deliveryPlace: string
  recipient: string
  recipientPhone: string
  /** The date the customer wants the goods. */
  requestedOn: string
  note: string
  step: PurchaseOrderStep
  submittedOn: string
  /** Finance's comment: why it was returned, or a remark on approving. */
  reviewComment: string
  reviewedOn: string
  reviewedBy: string
  /** The manufacturer's order reference (厂家订单号). */
  orderRef: string
  /** The delivery date the manufacturer promised. */
  promisedOn: string
  orderedOn: string
  closedOn: string
  /** Why it was voided, or closed with quantities never shipped. */
  reason: string
  /** Derived from its live lines. */
  totalFen: number
}

/** One line of a purchase order, taken from a line of the contract. */
export interface PurchaseOrderLineRecord extends RecordBase {
  parentId: string
  position: number
  /** The contract's (or phone order's) trade line it orders. */
  sourceLineId: string
  productId: string
  name: string
  spec: string
  unit: string
  qty: number
  /** Purchase price per unit, tax included, fen; 0 when not yet agreed. */
  unitFen: number
  note: string
}

/** 起草 → 已发货 → 已签收 → 已归档, or 已作废 (machines/shipment.ts). */
export const shipmentSteps = ['draft', 'shipped', 'signed', 'filed', 'voided'] as const
export type ShipmentStep = (typeof shipmentSteps)[number]

/** 厂家直发 (the manufacturer delivers to the customer) or 库存发货 (out of the company's store). */
export const shipmentSources = ['direct', 'stock'] as const
export type ShipmentSource = (typeof shipmentSources)[number]

/** 发运: one delivery to the customer; a contract may be delivered in several (partial shipments). */
export interface ShipmentRecord extends RecordBase {
  number: string
  contractId: string
  /** The approved phone order it delivers against; '' for a contract. */
  phoneOrderId: string
  /** The purchase order it delivers, for a direct shipment; '' from stock. */
  purchaseOrderId: string
  customerId: string
  source: ShipmentSource
  step: ShipmentStep
  carrier: string
  trackingNo: string
  deliveryPlace: string
  recipient: string
  recipientPhone: string
  shippedOn: string
  /** The day the customer signed the 设备签收单. */
  receivedOn: string
  /** The voucher holding the signed receipt's scan (deliveryVouchers). */
  signedReceiptId: string
  filedOn: string
  reason: string
}

/**
 * A line of a shipment. `contractId` repeats the shipment's so a contract's
 * shipped quantities are read by one index; `serials` holds one serial
 * number per unit for products tracked by serial number (after-sales looks
 * units up by it), a value of its own like a contract's clauses.
 */
export interface ShipmentLineRecord extends RecordBase {
  parentId: string
  contractId: string
  position: number
  /** The contract's (or phone order's) trade line it delivers. */
  sourceLineId: string
  productId: string
  name: string
  spec: string
  unit: string
  qty: number
  serials: string[]
}

/** 收货凭证（签收单）, 发货凭证, 运单, 其他. */
export const voucherKinds = ['signedReceipt', 'dispatchNote', 'waybill', 'other'] as const
export type VoucherKind = (typeof voucherKinds)[number]

/**
 * 发货凭证 / 收货凭证: a typed attachment of a shipment, listed per contract.
 * 制度：对用户的收货凭证或发货凭证要妥善保存，不得遗失.
 */
export interface DeliveryVoucherRecord extends RecordBase {
  parentId: string
  contractId: string
  kind: VoucherKind
  /** The scan (attachments). */
  attachmentId: string
  note: string
}

/** 入库 / 出库 / 盘点调整. */
export const movementKinds = ['in', 'out', 'adjust'] as const
export type MovementKind = (typeof movementKinds)[number]

/**
 * One line of the stock ledger. `qty` is positive for 入库 and 出库 and
 * signed for 盘点调整 (counted − book). Never edited once written: a wrong
 * movement is corrected by another, in a month not yet signed off.
 */
export interface StockMovementRecord extends RecordBase {
  productId: string
  kind: MovementKind
  date: string
  qty: number
  /** The document it comes from: a shipment, a stock count, a supplier's delivery note… */
  sourceTable: string
  sourceId: string
  /** Its number as printed (发运单号, 入库单号); kept so the ledger reads without lookups. */
  sourceNumber: string
  /** Who moved the goods (经手人). */
  handledBy: string
  note: string
}

/**
 * A product's place in the store: one row per product that has ever moved,
 * its id the product's, so every PC that moves it first makes the same row
 * (with no values of its own, two such makes never conflict). Its balance
 * and last movement are derived from the product's ledger on every PC
 * (tables.ts), so the stock list reads one small row per product instead of
 * the whole ledger.
 */
export interface StockItemRecord extends RecordBase {
  /** Derived: the sum of the product's live movements (stock.ts signedQty). */
  balance: number
  /** Derived: the date of its latest movement. */
  movedOn: string
  /** Derived: how many live movements it has. */
  movements: number
  /** Derived from the product (same id): what 库存 lists it by. */
  name?: string
  model?: string
  spec?: string
  unit?: string
}

/** 盘点中 → 待财务签认 → 已签认 (machines/stockCount.ts). */
export const stockCountSteps = ['counting', 'toSignOff', 'signedOff'] as const
export type StockCountStep = (typeof stockCountSteps)[number]

/**
 * 月末盘点, id = the month (YYYY-MM): one per month whichever PC starts it.
 * 制度：库房…并于每月末与财务进行核对.
 */
export interface StockCountRecord extends RecordBase {
  month: string
  step: StockCountStep
  countedOn: string
  countedBy: string
  /** Finance's remark, or why it was returned for a recount. */
  comment: string
  signedOffOn: string
  signedOffBy: string
}

/** One product counted: the book quantity at month end, what was found, and why they differ. */
export interface StockCountLineRecord extends RecordBase {
  parentId: string
  productId: string
  bookQty: number
  countedQty: number
  reason: string
}
