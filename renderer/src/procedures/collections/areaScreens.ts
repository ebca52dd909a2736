/** What one area of the collections screens adds (receipts, bills, statements, aging); screens.tsx merges them. */
import type { ProcedureScreens } from '../screens'

export type AreaScreens = Pick<ProcedureScreens, 'routes' | 'places' | 'recordPanels' | 'settingsTab'>
