/** Stored shapes of the archives, their child rows and attachments. */
import type { AttachmentMime } from '../ipc/contract'
import type { RecordBase } from '../types/records'
import type { ArchiveTable } from './archiveSpecs'
import type {
  BusinessReportFields,
  ContactPersonFields,
  ContractorFields,
  CustomerFields,
  DistributorFields,
  EndUserFields,
  ExchangePlanFields,
  InstituteFields,
  LoanFields,
  ProductFields,
  ProjectFields,
  QualificationFields,
  SupplierFields,
} from './recordSpecs'

export interface ArchiveBase extends RecordBase {
  /** Derived search text (never synced or audited; every PC computes it). */
  search: string
}

/** `followUpOn`: derived index of target customers to follow up (archiveSearch.ts). */
export type CustomerRecord = ArchiveBase & CustomerFields & { followUpOn?: string }
export type DistributorRecord = ArchiveBase & DistributorFields
export type InstituteRecord = ArchiveBase & InstituteFields
export type SupplierRecord = ArchiveBase & SupplierFields
export type ContractorRecord = ArchiveBase & ContractorFields
export type ProductRecord = ArchiveBase & ProductFields
export type QualificationRecord = ArchiveBase & QualificationFields

export interface ChildBase extends RecordBase {
  parentTable: ArchiveTable
  parentId: string
}

export type ContactRecord = ChildBase & ContactPersonFields
export type BusinessReportRecord = ChildBase & BusinessReportFields
export type EndUserRecord = ChildBase & EndUserFields
export type ProjectRecord = ChildBase & ProjectFields
export type ExchangePlanRecord = ChildBase & ExchangePlanFields
export type LoanRecord = ChildBase & LoanFields

/**
 * A file attached to any record. The content lives in main's store under its
 * SHA-256 and is immutable; a new version is a new attachment row.
 */
export interface AttachmentRecord extends RecordBase {
  ownerTable: string
  ownerId: string
  sha256: string
  fileName: string
  mime: AttachmentMime
  bytes: number
  note: string
}

/** Any archive or child record, seen through its fields (generic screens). */
export type AnyRecord = RecordBase & { [field: string]: unknown }

/** The archives' synced tables and their rows (shared/tables/tableSpecs.ts). */
export interface ArchiveRows {
  customers: CustomerRecord
  distributors: DistributorRecord
  institutes: InstituteRecord
  suppliers: SupplierRecord
  contractors: ContractorRecord
  products: ProductRecord
  qualifications: QualificationRecord
  contacts: ContactRecord
  businessReports: BusinessReportRecord
  endUsers: EndUserRecord
  projects: ProjectRecord
  exchangePlans: ExchangePlanRecord
  loans: LoanRecord
}
