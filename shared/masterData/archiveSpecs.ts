/**
 * The registry of archives: which table, its fields, children, search keys,
 * duplicate keys, who may edit and whether it imports from Excel. The UI,
 * the repositories, import and export all read this one list.
 */
import type { Permission } from '../auth/permissions'
import type { FieldSpec } from './fieldSpec'
import {
  businessReportFields,
  contactPersonFields,
  contractorFields,
  customerFields,
  distributorFields,
  endUserFields,
  exchangePlanFields,
  instituteFields,
  loanFields,
  productFields,
  projectFields,
  qualificationFields,
  supplierFields,
} from './recordSpecs'

export const archiveTables = [
  'customers',
  'distributors',
  'institutes',
  'suppliers',
  'contractors',
  'products',
  'qualifications',
] as const
export type ArchiveTable = (typeof archiveTables)[number]

export const childTables = [
  'contacts',
  'businessReports',
  'endUsers',
  'projects',
  'exchangePlans',
  'loans',
] as const
export type ChildTable = (typeof childTables)[number]

/** Pairs of date fields where the second may not be before the first. */
export type DateOrder = readonly (readonly [string, string])[]

export interface ChildSpec {
  table: ChildTable
  fields: readonly FieldSpec[]
  dateOrder?: DateOrder
}

export interface ArchiveSpec {
  table: ArchiveTable
  /** Path of the list; a record opens at `<route>/<id>`. */
  route: string
  fields: readonly FieldSpec[]
  /** Fields whose pinyin (full and initials) is searchable. */
  pinyinFields: readonly string[]
  /** Fields searched as typed (codes, numbers), besides the pinyin fields. */
  searchFields: readonly string[]
  /**
   * Keys that identify a record: a second record with the same values is a
   * duplicate (warned in the form, reported at import). Empty values never match.
   */
  uniqueKeys: readonly (readonly string[])[]
  children: readonly ChildTable[]
  importable: boolean
  edit: Permission
  dateOrder?: DateOrder
}

export const childSpecs: Record<ChildTable, ChildSpec> = {
  contacts: { table: 'contacts', fields: contactPersonFields },
  businessReports: { table: 'businessReports', fields: businessReportFields },
  endUsers: { table: 'endUsers', fields: endUserFields },
  projects: { table: 'projects', fields: projectFields },
  exchangePlans: { table: 'exchangePlans', fields: exchangePlanFields, dateOrder: [['plannedOn', 'heldOn']] },
  loans: {
    table: 'loans',
    fields: loanFields,
    dateOrder: [
      ['lentOn', 'dueOn'],
      ['lentOn', 'returnedOn'],
    ],
  },
}

const partySearch = {
  pinyinFields: ['name', 'shortName'],
  searchFields: ['uscc', 'phone', 'region'],
} as const
const partyKeys = [['uscc'], ['name']] as const

export const archiveSpecs: Record<ArchiveTable, ArchiveSpec> = {
  customers: {
    table: 'customers',
    route: '/customers',
    fields: customerFields,
    ...partySearch,
    uniqueKeys: partyKeys,
    children: ['contacts'],
    importable: true,
    edit: 'archives.edit',
  },
  distributors: {
    table: 'distributors',
    route: '/distributors',
    fields: distributorFields,
    pinyinFields: ['name', 'shortName'],
    searchFields: ['uscc', 'phone', 'region', 'agreementNo', 'territory'],
    uniqueKeys: partyKeys,
    children: ['contacts', 'businessReports', 'endUsers'],
    importable: true,
    edit: 'archives.edit',
    dateOrder: [['agreementStart', 'agreementEnd']],
  },
  institutes: {
    table: 'institutes',
    route: '/institutes',
    fields: instituteFields,
    ...partySearch,
    uniqueKeys: partyKeys,
    children: ['contacts', 'projects', 'exchangePlans'],
    importable: false,
    edit: 'archives.edit',
  },
  suppliers: {
    table: 'suppliers',
    route: '/suppliers',
    fields: supplierFields,
    pinyinFields: ['name', 'shortName'],
    searchFields: ['uscc', 'phone', 'region', 'mainProducts'],
    uniqueKeys: partyKeys,
    children: ['contacts'],
    importable: false,
    edit: 'archives.edit',
  },
  contractors: {
    table: 'contractors',
    route: '/contractors',
    fields: contractorFields,
    pinyinFields: ['name', 'shortName'],
    searchFields: ['uscc', 'phone', 'region', 'brands'],
    uniqueKeys: partyKeys,
    children: ['contacts'],
    importable: true,
    edit: 'archives.edit',
  },
  products: {
    table: 'products',
    route: '/products',
    fields: productFields,
    pinyinFields: ['name'],
    searchFields: ['spec', 'model', 'code'],
    uniqueKeys: [['code'], ['name', 'spec', 'model']],
    children: [],
    importable: true,
    edit: 'products.edit',
  },
  qualifications: {
    table: 'qualifications',
    route: '/qualifications',
    fields: qualificationFields,
    pinyinFields: ['name', 'holder'],
    searchFields: ['number', 'issuer'],
    uniqueKeys: [['number']],
    children: ['loans'],
    importable: false,
    edit: 'qualifications.edit',
    dateOrder: [['issuedOn', 'expiresOn']],
  },
}

const childFieldLists = new Map<string, readonly FieldSpec[]>()

/**
 * A child row's fields under a given parent (designers only under institutes).
 * The same array each time, so schemas built from it are cached.
 */
export function childFieldsFor(child: ChildTable, parent: ArchiveTable): readonly FieldSpec[] {
  const key = `${child}:${parent}`
  let fields = childFieldLists.get(key)
  if (!fields) {
    fields = childSpecs[child].fields.filter((f) => !f.onlyFor || f.onlyFor.includes(parent))
    childFieldLists.set(key, fields)
  }
  return fields
}
