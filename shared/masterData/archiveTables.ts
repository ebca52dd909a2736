/**
 * The archives' synced tables as the generic code reads them
 * (shared/procedures/kit/tableSpec.ts), made from the archive specs so the
 * archives stay described in one place (archiveSpecs.ts).
 */
import type { AnyTableSpec } from '../procedures/kit/defineProcedure'
import type { StoreSpec } from '../procedures/kit/tableSpec'
import { derivedArchiveFields } from './archiveSearch'
import {
  type ArchiveTable,
  type ChildTable,
  archiveSpecs,
  archiveTables,
  childSpecs,
  childTables,
} from './archiveSpecs'
import type { ContactLike } from './archiveSearch'

/**
 * Each archive's business key (TableSpec.uniqueKeys): its identifying code,
 * one of its spec's duplicate keys. The keys made of names (客户名称;
 * 名称+规格+型号) stay warnings in the form and the import report: a
 * name is not an identifier, and an index on it would cost every import.
 */
const identifiers: Record<ArchiveTable, string> = {
  customers: 'uscc',
  distributors: 'uscc',
  institutes: 'uscc',
  suppliers: 'uscc',
  contractors: 'uscc',
  products: 'code',
  qualifications: 'number',
}

/**
 * Stores of the archives added after schema 7 (db.ts declares the older
 * ones by hand): read by renderer/src/data/laterStores.ts. Their contacts
 * live in the one `contacts` store, found by parentId.
 */
const stores: Partial<Record<ArchiveTable, StoreSpec>> = {
  contractors: { since: 8, indexes: 'uscc' },
}

function archiveTable(table: ArchiveTable): AnyTableSpec {
  const spec = archiveSpecs[table]
  return {
    // An archive is named by its list's title (客户档案).
    nameKey: `archives.${table}.title`,
    fieldsKey: `md.${table}`,
    edit: spec.edit,
    nameFields: ['name'],
    fieldSpecs: spec.fields,
    // A ref field (a product's manufacturer) reads as the record it names.
    refs: Object.fromEntries(spec.fields.filter((f) => f.refTable).map((f) => [f.key, f.refTable])),
    attach: spec.edit,
    // Two records of one company or product are merged by a person (one kept, the other 停用), or both kept with a reason.
    uniqueKeys: spec.uniqueKeys
      .filter((k) => k.length === 1 && k[0] === identifiers[table])
      .map((fields) => ({ fields, settle: ['merge', 'keepBoth'] as const })),
    ...(stores[table] ? { store: stores[table] } : {}),
    derive: {
      // A customer's follow-up index is derived too (archiveSearch.ts followUpOn).
      fields: table === 'customers' ? ['search', 'followUpOn'] : ['search'],
      ...(spec.children.includes('contacts') ? { children: 'contacts' } : {}),
      searchNames: spec.pinyinFields,
      compute: (row, contacts, keptSearch) =>
        derivedArchiveFields(table, spec, row, contacts as unknown as readonly ContactLike[], keptSearch),
    },
  }
}

/** The field that names a child row to a person. */
const childNames: Record<ChildTable, string> = {
  contacts: 'name',
  businessReports: 'period',
  endUsers: 'name',
  projects: 'name',
  exchangePlans: 'topic',
  loans: 'borrower',
}

function childTable(table: ChildTable): AnyTableSpec {
  return {
    nameKey: `tables.${table}`,
    fieldsKey: `md.${table}`,
    edit: 'archives.edit',
    nameFields: [childNames[table]],
    fieldSpecs: childSpecs[table].fields,
    parent: { table: { field: 'parentTable' }, idField: 'parentId' },
  }
}

export const archiveTableSpecs = {
  ...(Object.fromEntries(archiveTables.map((t) => [t, archiveTable(t)])) as Record<
    ArchiveTable,
    AnyTableSpec
  >),
  ...(Object.fromEntries(childTables.map((t) => [t, childTable(t)])) as Record<ChildTable, AnyTableSpec>),
}
