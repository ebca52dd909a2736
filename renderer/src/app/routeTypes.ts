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
  section: 'main' | 'archives' | 'contracts' | 'system'
  /** Record pages (`/customers/:id`) are routes but not menu entries. */
  inMenu?: boolean
}

/** A procedure's screens before routes.tsx places them in their menu section. */
export type SectionRoute = Omit<AppRoute, 'section'>
