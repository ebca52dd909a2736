/** A sales contract of about three pages with a 40-line goods table, as the tests and renders use it. */
import type { DocumentModel } from '../../../../../shared/documents/documentModel'

const PRODUCTS = [
  ['智能电能表', 'DTZY341-Z 0.5S级', '台'],
  ['低压开关柜', 'GCS-4000A', '面'],
  ['电流互感器', 'LZZBJ9-10 200/5', '只'],
  ['高压真空断路器', 'ZN63A-12/1250-31.5', '台'],
  ['电缆分支箱', 'DFW-12/630A（含基础）', '台'],
]

export function sampleContract(lines = 40): DocumentModel {
  const rows = Array.from({ length: lines }, (_, i) => {
    const [name, model, unit] = PRODUCTS[i % PRODUCTS.length]
    const qty = (i % 7) + 1
    const price = 1280 + i * 37
    return [
      String(i + 1),
      name,
      model,
      unit,
      String(qty),
      price.toLocaleString('en-US') + '.00',
      (qty * price).toLocaleString('en-US') + '.00',
      i % 9 === 0 ? '含安装调试及一年质保，随货附合格证、检测报告' : '',
    ]
  })
  return {
    style: 'contract',
    type: '销售合同',
    number: 'HT-2025-0318',
    company: '北京智诚科技有限公司',
    title: '产品购销合同',
    issuedAt: '2025-03-18T09:30:00+08:00',
    blocks: [
      {
        kind: 'paragraph',
        text: '甲方（买方）：华东电力设备安装工程有限公司\n乙方（卖方）：北京智诚科技有限公司',
      },
      {
        kind: 'paragraph',
        indent: true,
        text: '根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，经友好协商，就甲方向乙方采购下列产品事宜达成一致，订立本合同，以资共同遵守。',
      },
      { kind: 'heading', text: '一、产品名称、规格型号、数量及价格' },
      {
        kind: 'table',
        columns: [
          { header: '序号', width: 4, align: 'center' },
          { header: '产品名称', width: 12 },
          { header: '规格型号', width: 14 },
          { header: '单位', width: 4, align: 'center' },
          { header: '数量', width: 5, align: 'right' },
          { header: '单价（元）', width: 9, align: 'right' },
          { header: '金额（元）', width: 10, align: 'right' },
          { header: '备注', width: 12 },
        ],
        rows,
      },
      {
        kind: 'paragraph',
        text: '合同总金额（含税）：人民币壹佰零伍万叁仟贰佰元整（¥1,053,200.00），税率13%。',
      },
      { kind: 'heading', text: '二、质量标准与验收' },
      {
        kind: 'clause',
        number: '第一条',
        text: '乙方提供的产品应符合国家标准（GB/T 17215.321-2021）及行业标准，并附产品合格证、出厂检验报告和使用说明书。',
      },
      {
        kind: 'clause',
        number: '第二条',
        text: '甲方应在货到后七个工作日内组织验收；逾期未提出书面异议的，视为验收合格。验收不合格的，乙方应在接到通知之日起十五日内免费更换。',
      },
      { kind: 'heading', text: '三、交货与付款' },
      {
        kind: 'clause',
        number: '第三条',
        text: '交货地点：甲方指定的江苏省南京市江宁区项目现场。运输费用、保险费用由乙方承担，货物毁损、灭失的风险自交付时转移。',
      },
      {
        kind: 'clause',
        number: '第四条',
        text: '付款方式：合同签订后十日内甲方支付合同总金额的30%作为预付款；货到验收合格后支付60%；余款10%作为质量保证金，质保期满且无质量问题后一次付清。',
      },
      { kind: 'heading', text: '四、违约责任与争议解决' },
      {
        kind: 'clause',
        number: '第五条',
        text: '乙方逾期交货的，每逾期一日按逾期交货部分货款的0.5‰向甲方支付违约金；甲方逾期付款的，按同样标准承担违约责任。',
      },
      {
        kind: 'clause',
        number: '第六条',
        text: '因本合同引起的或与本合同有关的任何争议，双方应友好协商解决；协商不成的，任何一方均可向合同签订地人民法院提起诉讼。',
      },
      {
        kind: 'clause',
        number: '第七条',
        text: '本合同一式肆份，甲乙双方各执贰份，具有同等法律效力，自双方签字盖章之日起生效。',
      },
      {
        kind: 'signatures',
        parties: [
          { role: '甲方', name: '华东电力设备安装工程有限公司' },
          { role: '乙方', name: '北京智诚科技有限公司' },
        ],
      },
    ],
  }
}
