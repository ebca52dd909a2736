/**
 * Who may do what. Checked in the domain layer (repositories and commands),
 * not only by hiding buttons: an action a role may not take is refused with
 * `auth.forbidden` whatever the UI shows.
 */
import { AppFailure } from '../errors/appFailure'
import { type ManifestPermissions, merged } from '../procedures/manifests'
import type { Role } from './roles'

/** The permissions every installation has; each procedure adds its own (its manifest). */
const corePermissions = {
  /** 管理员 manages accounts and roles. */
  'users.manage': ['admin'],
  /** Company profile printed on every document. */
  'company.edit': ['admin'],
  'settings.edit': ['admin', 'commerceManager'],
  'audit.view': ['admin', 'commerceManager', 'finance', 'archivist', 'leadership'],
  'backup.run': ['admin', 'clerk', 'commerceManager', 'archivist'],
  'backup.restore': ['admin'],
  /** Creating, joining or leaving the shared folder, and accepting a PC's held-back changes (SYNC.md). */
  'share.manage': ['admin'],
  /** Party archives (customers, distributors, institutes, suppliers, contractors) and their child tables. */
  'archives.edit': ['sales', 'clerk', 'commerceManager', 'archivist', 'admin'],
  /** Product list prices are the commerce department's. */
  'products.edit': ['clerk', 'commerceManager', 'admin'],
  /** 资质文件 and their lending log: kept by the archivist (合同及档案管理). */
  'qualifications.edit': ['clerk', 'archivist', 'commerceManager', 'admin'],
  'archives.import': ['clerk', 'commerceManager', 'archivist', 'admin'],
  /** Archived (停用) records come back only through an administrator. */
  'archives.restore': ['admin'],
} as const satisfies Record<string, readonly Role[]>

export const permissionRoles: typeof corePermissions & ManifestPermissions = {
  ...corePermissions,
  ...merged<ManifestPermissions>((m) => m.permissions),
}

export type Permission = keyof typeof permissionRoles

export interface Actor {
  userId: string
  name: string
  roles: readonly Role[]
}

/** The actor used by the first-start wizard before any account exists. */
export const setupActor: Actor = { userId: 'setup', name: '初始化向导', roles: ['admin'] }

export function can(actor: Pick<Actor, 'roles'> | null | undefined, permission: Permission): boolean {
  if (!actor) return false
  const allowed: readonly Role[] = permissionRoles[permission]
  return actor.roles.some((r) => allowed.includes(r))
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) {
    throw new AppFailure('auth.forbidden', 'errors.auth.forbidden', { permission })
  }
}
