/** The collections statements screens: their routes and where their records open (screens.tsx merges them). */
import type { AreaScreens } from '../areaScreens'

export const statementsScreens: AreaScreens = { routes: [], places: {} }
