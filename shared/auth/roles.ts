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
