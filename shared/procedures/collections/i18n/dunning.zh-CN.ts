/** Words of the 催款 screen. */
export const dunningZh = {
  dunningScreen: {
    title: '催款',
    search: '按合同号、客户查找',
    allReps: '全部业务员',
    overdueOnly: '只看已逾期',
    total: '{{count}} 项，未收合计 {{amount}}',
    late: '逾期',
    daysLate: '逾期 {{n}} 天',
    daysLeft: '{{n}} 天后到期',
    last: '最近催款',
    never: '尚未催款',
    promised: '承诺 {{date}} 付款',
    record: '登记催款',
    saved: '催款记录已保存',
    noLog: '还没有催款记录。',
    empty: '目前没有到期未收的款项。',
    modalTitle: '催款 · 合同 {{number}} {{kind}}',
  },
}
