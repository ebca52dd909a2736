/** The collections bills screens: their routes and where their records open (screens.tsx merges them). */
import type { AreaScreens } from '../areaScreens'

export const billsScreens: AreaScreens = { routes: [], places: {} }
