/** The archives' screens: the 档案 section, and a list and a record page per archive. */
import { archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import type { ProcedureScreens } from '../screens'
import { archiveRoutes } from './archiveRoutes'

export const archiveScreens: ProcedureScreens = {
  section: { id: 'archives', labelKey: 'nav.sectionArchives' },
  routes: archiveRoutes,
  places: Object.fromEntries(
    archiveTables.map((t) => [
      t,
      { record: (id: string) => `${archiveSpecs[t].route}/${id}`, list: archiveSpecs[t].route },
    ]),
  ),
}
