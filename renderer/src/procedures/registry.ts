/**
 * The screens of every procedure, in menu order (screens.ts). The menu, the
 * router and the dashboard's links read this list; a new procedure adds its
 * line here (README "Adding a procedure").
 */
import { archiveScreens } from './archives/screens'
import { collectionsScreens } from './collections/screens'
import { contractScreens } from './contracts/screens'
import { invoicingScreens } from './invoicing/screens'
import type { ProcedureScreens } from './screens'
import { shippingScreens } from './shipping/screens'

export const procedureScreens: readonly ProcedureScreens[] = [
  archiveScreens,
  contractScreens,
  shippingScreens,
  invoicingScreens,
  collectionsScreens,
]
