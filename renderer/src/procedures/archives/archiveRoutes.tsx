/** The archives' screens for the route registry: a list and a record page per archive. */
import {
  IconAddressBook,
  IconBuildingFactory2,
  IconCertificate,
  IconTools,
  IconPackage,
  IconRulerMeasure,
  IconUsersGroup,
} from '@tabler/icons-react'
import type { ComponentType, ReactNode } from 'react'
import type { SectionRoute } from '../../app/routeTypes'
import { type ArchiveTable, archiveSpecs, archiveTables } from '@shared/masterData/archiveSpecs'
import { ArchiveListPage } from './ArchiveListPage'
import { ArchiveRecordPage } from './ArchiveRecordPage'

const icons: Record<ArchiveTable, ReactNode> = {
  customers: <IconAddressBook size={18} />,
  distributors: <IconUsersGroup size={18} />,
  institutes: <IconRulerMeasure size={18} />,
  suppliers: <IconBuildingFactory2 size={18} />,
  contractors: <IconTools size={18} />,
  products: <IconPackage size={18} />,
  qualifications: <IconCertificate size={18} />,
}

function listPage(table: ArchiveTable): ComponentType {
  const Page = () => <ArchiveListPage table={table} />
  Page.displayName = `ArchiveList(${table})`
  return Page
}

function recordPage(table: ArchiveTable): ComponentType {
  const Page = () => <ArchiveRecordPage table={table} />
  Page.displayName = `ArchiveRecord(${table})`
  return Page
}

export const archiveRoutes: SectionRoute[] = archiveTables.flatMap((table) => [
  {
    path: archiveSpecs[table].route,
    labelKey: `archives.${table}.title`,
    icon: icons[table],
    Page: listPage(table),
    inMenu: true,
  },
  {
    path: `${archiveSpecs[table].route}/:id`,
    labelKey: `archives.${table}.title`,
    icon: icons[table],
    Page: recordPage(table),
    inMenu: false,
  },
])
