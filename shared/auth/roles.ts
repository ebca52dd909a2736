/** The department's roles (DOMAIN.md "People and roles"). */
export const roles = [
  'sales',
  'clerk',
  'commerceManager',
  'salesManager',
  'finance',
  'legal',
  'leadership',
  'technical',
  'archivist',
  'admin',
] as const

export type Role = (typeof roles)[number]

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}
