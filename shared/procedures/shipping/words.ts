/**
 * The shipping procedure's words in Chinese, in one place: the screens'
 * zh-CN words (i18n/screens.zh-CN.ts) and the printed documents both read
 * these, so paper and screen never call a step by two names.
 */
import type {
  MovementKind,
  PurchaseOrderStep,
  ShipmentSource,
  ShipmentStep,
  StockCountStep,
  VoucherKind,
} from './records'
import type { DeliveryState } from './quantities'

export const purchaseOrderStepWords: Record<PurchaseOrderStep, string> = {
  draft: '起草',
  review: '待财务审核',
  returned: '财务退回',
  approved: '财务已审核',
  ordered: '已向厂家订货',
  shipped: '已发货',
  closed: '已完结',
  voided: '已作废',
}

export const shipmentStepWords: Record<ShipmentStep, string> = {
  draft: '起草',
  shipped: '已发货',
  signed: '已签收',
  filed: '已归档',
  voided: '已作废',
}

export const shipmentSourceWords: Record<ShipmentSource, string> = {
  direct: '厂家直发',
  stock: '库存发货',
}

export const voucherKindWords: Record<VoucherKind, string> = {
  signedReceipt: '收货凭证（签收单）',
  dispatchNote: '发货凭证',
  waybill: '运单',
  other: '其他凭证',
}

export const movementKindWords: Record<MovementKind, string> = {
  in: '入库',
  out: '出库',
  adjust: '盘点调整',
}

export const stockCountStepWords: Record<StockCountStep, string> = {
  counting: '盘点中',
  toSignOff: '待财务签认',
  signedOff: '财务已签认',
}

export const deliveryStateWords: Record<DeliveryState, string> = {
  none: '未发货',
  partial: '部分发货',
  shipped: '已全部发出',
  delivered: '已交货',
}
