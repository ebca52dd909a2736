/**
 * Words of the contract checks on the 工作台 and of the 合同登记册 page.
 * Nested under their own top-level keys: a spread of `dashboard` or `nav`
 * here would replace zh-CN.ts's objects of the same name.
 */
export const contractsDashboardZh = {
  contractDue: {
    legalReview: '合同 {{number}}（{{customer}}）待法务审核合法性、合规性（{{since}} 提交）',
    toSign: '合同 {{number}}（{{customer}}）审批已完成，待签订（{{since}} 起）',
    notFiled: '合同 {{number}}（{{customer}}）已于 {{date}} 签订，尚未归档（应于签订当日存档）',
    fileToday: '合同 {{number}}（{{customer}}）今日签订，今日须归档',
    contractApproval: '合同 {{number}}（{{customer}}）待{{roles}}审批（{{since}} 起等待）',
    changeApproval:
      '变更协议 {{number}}（合同 {{contract}}，{{customer}}）待{{roles}}审批（{{since}} 起等待）',
    phoneOrderApproval:
      '电话订货 {{number}}（{{customer}}）待{{roles}}确认，确认前不得发货（{{since}} 起等待）',
    faxOrderApproval:
      '传真订货 {{number}}（{{customer}}）待{{roles}}确认，确认前不得发货（{{since}} 起等待）',
    register: '{{year}}年{{month}}月合同登记册尚未生成（共 {{count}} 份合同，须于本月 3 日前编号整理成册）',
  },
  contractRegister: {
    title: '合同登记册',
    subtitle: '每月 3 日前将上月签订的合同原件编号整理成册',
    month: '登记月份',
    index: '序号',
    number: '合同编号',
    customer: '客户',
    name: '合同名称',
    signedOn: '签订日期',
    amount: '金额（元）',
    step: '状态',
    total: '合计',
    totalCount: '{{count}} 份',
    voidedNote: '作废合同不计入合计金额',
    empty: '{{month}}没有签订的合同',
    emptyHint: '登记册只列出该月已签订的合同，请选择其他月份。',
    pdf: '生成PDF',
    excel: '导出Excel',
    exported: '已导出 {{count}} 份合同：{{path}}',
    produced: '已于 {{date}} 生成（{{count}} 份）',
    notProduced: '尚未生成',
    dueOn: '应于 {{date}} 前生成',
  },
}
