/** What a screen registers to be routed and offered in the menu (routes.tsx). */
import type { ComponentType, ReactNode } from 'react'
import type { Permission } from '@shared/auth/permissions'

export interface AppRoute {
  path: string
  labelKey: string
  icon: ReactNode
  Page: ComponentType
  /** Without it, every signed-in user may open the screen. */
  permission?: Permission
  /** `main`, `system`, or a procedure's section id (procedures/registry.ts). */
  section: string
  /** Record pages (`/customers/:id`) are routes but not menu entries. */
  inMenu?: boolean
}

/** A procedure's screens before routes.tsx places them in their menu section. */
export type SectionRoute = Omit<AppRoute, 'section'>
