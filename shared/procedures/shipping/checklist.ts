/**
 * What each step of shipping and stock asks, quoting the department's rules
 * (../shared/procedures-source.txt) with the clause they come from.
 */
import type { ChecklistItem, Checklists } from '../kit/checklist'
import type { PurchaseOrderStep, ShipmentStep, StockCountStep } from './records'

const flow = '商务部工作流程与管理制度'
const department = '商务部管理制度'

/** 制度：正式《销售合同》形成后，若无正当理由销售内勤应在一个工作日内协调厂家发货. */
export const oneWorkingDayRule: ChecklistItem = {
  id: 'oneWorkingDay',
  rule: '正式《销售合同》形成后,若无正当理由销售内勤应在一个工作日内协调厂家发货',
  source: `${flow} 三、7`,
}

const keepVouchers: ChecklistItem = {
  id: 'keepVouchers',
  rule: '对用户的收货凭证或发货凭证要妥善保存,不得遗失。',
  source: `${flow} 三、9`,
}

export const purchaseOrderChecklists: Checklists<PurchaseOrderStep> = {
  draft: [
    { id: 'fromContract', rule: '商务部根据《销售合同》填写〈设备采购单〉', source: `${flow} 二、4、1)` },
    oneWorkingDayRule,
  ],
  returned: [
    { id: 'fromContract', rule: '商务部根据《销售合同》填写〈设备采购单〉', source: `${flow} 二、4、1)` },
  ],
  review: [
    { id: 'financeReview', rule: '由财务部审核《销售合同》及〈设备采购单〉', source: `${flow} 二、4、2)` },
  ],
  approved: [
    { id: 'order', rule: '商务部按照设备采购单向厂家订货', source: `${flow} 二、4、3)` },
    oneWorkingDayRule,
  ],
  ordered: [
    { id: 'followDelivery', rule: '监督厂家将设备发送到指定地点指定人员手中', source: `${flow} 二、4、4)` },
  ],
}

export const shipmentChecklists: Checklists<ShipmentStep> = {
  draft: [
    { id: 'followDelivery', rule: '监督厂家将设备发送到指定地点指定人员手中', source: `${flow} 二、4、4)` },
    keepVouchers,
  ],
  shipped: [
    {
      id: 'receipt',
      rule: '与客户联系确认收货并请其签署《设备签收单》等手续;',
      source: `${flow} 二、4、5)`,
    },
  ],
  signed: [
    { id: 'file', rule: '将客户签字的《设备签收单》等交公司存档', source: `${flow} 二、4、6)` },
    keepVouchers,
  ],
}

const monthEndCheck: ChecklistItem = {
  id: 'monthEnd',
  rule: '负责产品的出、入库等库房管理工作,并于每月末与财务进行核对',
  source: `${department} 第一部分 第一条 14`,
}

export const stockCountChecklists: Checklists<StockCountStep> = {
  counting: [
    monthEndCheck,
    { id: 'safety', rule: '对库房的安全性负责。', source: `${department} 第一部分 第二条 6` },
  ],
  toSignOff: [monthEndCheck],
}
