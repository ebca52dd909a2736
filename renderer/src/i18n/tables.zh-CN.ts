/**
 * Each synced table's name, the one place a table is named (its spec's
 * `nameKey`, shared/tables/tableSpecs.ts): the audit log, 变更记录, the sync
 * conflicts and the dashboard all say it this way. `system` is the audit
 * log's own entries (sign-in, backup, sync). A procedure names its own tables
 * in its own words (the contract procedure: `contractTables`), an archive by
 * its list title (`archives.<table>.title`).
 */
export const tablesZh = {
  company: '公司信息',
  users: '用户',
  settings: '系统设置',
  system: '系统',
  contacts: '联系人',
  businessReports: '经营情况',
  endUsers: '终端用户',
  projects: '设计项目',
  exchangePlans: '技术交流计划',
  loans: '资质借用',
  keptDuplicates: '重复保留记录',
  attachments: '附件',
  _meta: '本机设置',
}
