/** The collections aging screens: their routes and where their records open (screens.tsx merges them). */
import type { AreaScreens } from '../areaScreens'

export const agingScreens: AreaScreens = { routes: [], places: {} }
