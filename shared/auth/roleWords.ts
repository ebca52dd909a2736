/**
 * The roles as the department says them (DOMAIN.md "People and roles"): the
 * screens' zh-CN words and every printed document read this one list.
 */
import type { Role } from './roles'

export const roleWords: Record<Role, string> = {
  sales: '销售人员',
  clerk: '商务专员',
  commerceManager: '商务部经理',
  salesManager: '销售部经理',
  finance: '财务部',
  legal: '法务',
  leadership: '公司领导',
  technical: '技术部',
  archivist: '合同及档案管理',
  admin: '管理员',
}
