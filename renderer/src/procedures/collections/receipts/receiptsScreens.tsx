/** The collections receipts screens: their routes and where their records open (screens.tsx merges them). */
import type { AreaScreens } from '../areaScreens'

export const receiptsScreens: AreaScreens = { routes: [], places: {} }
