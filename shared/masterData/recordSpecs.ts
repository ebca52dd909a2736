/**
 * Every archive of DOMAIN.md "Master data", as field specs. Lists inside a
 * record (contacts, business-situation entries, …) are child tables, so two
 * PCs can edit different lines (ARCHITECTURE.md "Data").
 */
import type { FieldSpec, FieldsOf } from './fieldSpec'
import { bankFields, contactFields, identityFields, notesField } from './partyFields'

export const customerFields = [
  ...identityFields,
  ...contactFields,
  ...bankFields,
  {
    key: 'grade',
    kind: 'select',
    optionSet: 'grade',
    column: 70,
    filter: true,
    importable: true,
    section: 'basic',
  },
  { key: 'source', kind: 'select', optionSet: 'customerSource', importable: true, section: 'basic' },
  { key: 'isTarget', kind: 'bool', column: 90, filter: true, importable: true, section: 'target' },
  { key: 'industry', kind: 'text', maxLength: 40, importable: true, section: 'target', when: 'isTarget' },
  {
    key: 'scale',
    kind: 'select',
    optionSet: 'customerScale',
    importable: true,
    section: 'target',
    when: 'isTarget',
  },
  { key: 'demand', kind: 'textarea', maxLength: 1000, importable: true, section: 'target', when: 'isTarget' },
  {
    key: 'stage',
    kind: 'select',
    optionSet: 'customerStage',
    column: 90,
    filter: true,
    importable: true,
    section: 'target',
    when: 'isTarget',
  },
  {
    key: 'owner',
    kind: 'text',
    maxLength: 20,
    column: 80,
    importable: true,
    section: 'target',
    when: 'isTarget',
  },
  { key: 'lastContactOn', kind: 'date', column: 110, importable: true, section: 'target', when: 'isTarget' },
  ...notesField,
] as const satisfies readonly FieldSpec[]

export const distributorFields = [
  ...identityFields,
  {
    key: 'kind',
    kind: 'select',
    optionSet: 'distributorKind',
    required: true,
    initial: 'distributor',
    column: 80,
    filter: true,
    importable: true,
    section: 'basic',
  },
  {
    key: 'level',
    kind: 'select',
    optionSet: 'distributorLevel',
    column: 80,
    filter: true,
    importable: true,
    section: 'agreement',
  },
  { key: 'territory', kind: 'text', maxLength: 100, column: 140, importable: true, section: 'agreement' },
  { key: 'agreementNo', kind: 'text', maxLength: 40, column: 130, importable: true, section: 'agreement' },
  { key: 'agreementStart', kind: 'date', importable: true, section: 'agreement' },
  { key: 'agreementEnd', kind: 'date', column: 110, importable: true, section: 'agreement' },
  ...contactFields,
  ...bankFields,
  {
    key: 'grade',
    kind: 'select',
    optionSet: 'grade',
    column: 70,
    filter: true,
    importable: true,
    section: 'basic',
  },
  ...notesField,
] as const satisfies readonly FieldSpec[]

export const instituteFields = [
  ...identityFields,
  {
    key: 'kind',
    kind: 'select',
    optionSet: 'instituteKind',
    required: true,
    initial: 'designInstitute',
    column: 110,
    filter: true,
    section: 'basic',
  },
  { key: 'qualificationLevel', kind: 'text', maxLength: 40, column: 120, section: 'basic' },
  ...contactFields,
  ...notesField,
] as const satisfies readonly FieldSpec[]

export const supplierFields = [
  ...identityFields,
  {
    key: 'kind',
    kind: 'select',
    optionSet: 'supplierKind',
    required: true,
    initial: 'manufacturer',
    column: 80,
    filter: true,
    section: 'basic',
  },
  { key: 'mainProducts', kind: 'text', maxLength: 200, column: 200, section: 'basic' },
  ...contactFields,
  ...bankFields,
  ...notesField,
] as const satisfies readonly FieldSpec[]

/**
 * 工程商: engineering contractors, who confirm a fault on site and carry
 * after-sales units to the manufacturer (DOMAIN.md §5).
 */
export const contractorFields = [
  ...identityFields,
  { key: 'qualificationLevel', kind: 'text', maxLength: 60, column: 170, importable: true, section: 'basic' },
  /** The manufacturers and brands they install and service, as they say it (free text). */
  { key: 'brands', kind: 'text', maxLength: 200, column: 160, importable: true, section: 'basic' },
  ...contactFields,
  ...notesField,
] as const satisfies readonly FieldSpec[]

export const productFields = [
  {
    key: 'name',
    kind: 'text',
    required: true,
    maxLength: 100,
    column: 200,
    importable: true,
    section: 'basic',
  },
  { key: 'spec', kind: 'text', maxLength: 100, column: 150, importable: true, section: 'basic' },
  { key: 'model', kind: 'text', maxLength: 60, column: 130, importable: true, section: 'basic' },
  { key: 'code', kind: 'text', maxLength: 40, column: 110, importable: true, section: 'basic' },
  {
    key: 'unit',
    kind: 'text',
    required: true,
    maxLength: 10,
    initial: '台',
    column: 60,
    importable: true,
    section: 'basic',
  },
  { key: 'listPriceFen', kind: 'money', column: 120, importable: true, section: 'price' },
  { key: 'taxRateBp', kind: 'rate', initial: 1300, column: 80, importable: true, section: 'price' },
  {
    key: 'manufacturerId',
    kind: 'ref',
    refTable: 'suppliers',
    column: 180,
    importable: true,
    section: 'basic',
  },
  {
    key: 'active',
    kind: 'bool',
    initial: true,
    column: 70,
    filter: true,
    importable: true,
    section: 'basic',
  },
  /** 按序列号管理: each unit shipped carries its serial number (after-sales looks units up by it). */
  { key: 'serialized', kind: 'bool', column: 90, filter: true, importable: true, section: 'basic' },
  ...notesField,
] as const satisfies readonly FieldSpec[]

export const qualificationFields = [
  { key: 'name', kind: 'text', required: true, maxLength: 100, column: 220, section: 'basic' },
  {
    key: 'kind',
    kind: 'select',
    optionSet: 'qualificationKind',
    required: true,
    initial: 'qualificationCert',
    column: 100,
    filter: true,
    section: 'basic',
  },
  { key: 'number', kind: 'text', maxLength: 60, column: 170, section: 'basic' },
  { key: 'holder', kind: 'text', maxLength: 100, column: 160, section: 'basic' },
  { key: 'issuer', kind: 'text', maxLength: 100, section: 'basic' },
  { key: 'issuedOn', kind: 'date', section: 'validity' },
  { key: 'expiresOn', kind: 'date', column: 110, section: 'validity' },
  { key: 'keeper', kind: 'text', maxLength: 20, column: 80, section: 'validity' },
  ...notesField,
] as const satisfies readonly FieldSpec[]

/** 联系人: under every party archive; designers (设计人员) under institutes. */
export const contactPersonFields = [
  { key: 'name', kind: 'text', required: true, maxLength: 20, column: 90 },
  { key: 'position', kind: 'text', maxLength: 30, column: 100 },
  { key: 'mobile', kind: 'phone', column: 120 },
  { key: 'phone', kind: 'phone', column: 120 },
  { key: 'email', kind: 'email', column: 160 },
  { key: 'wechat', kind: 'text', maxLength: 40, column: 100 },
  { key: 'isDesigner', kind: 'bool', column: 70, onlyFor: ['institutes'] },
  { key: 'specialty', kind: 'text', maxLength: 30, column: 90, onlyFor: ['institutes'] },
  { key: 'notes', kind: 'text', maxLength: 200, column: 160 },
] as const satisfies readonly FieldSpec[]

/** 经营情况: collected continuously from each distributor. */
export const businessReportFields = [
  { key: 'period', kind: 'text', required: true, maxLength: 20, column: 90 },
  { key: 'salesFen', kind: 'money', column: 120 },
  { key: 'stockFen', kind: 'money', column: 120 },
  { key: 'issues', kind: 'text', maxLength: 500, column: 220 },
  { key: 'remarks', kind: 'text', maxLength: 500, column: 180 },
] as const satisfies readonly FieldSpec[]

/** 终端用户情况 of a distributor. */
export const endUserFields = [
  { key: 'name', kind: 'text', required: true, maxLength: 100, column: 200 },
  { key: 'region', kind: 'text', maxLength: 40, column: 90 },
  { key: 'contact', kind: 'text', maxLength: 20, column: 90 },
  { key: 'phone', kind: 'phone', column: 120 },
  { key: 'equipment', kind: 'text', maxLength: 200, column: 180 },
  { key: 'purchasedOn', kind: 'date', column: 110 },
  { key: 'notes', kind: 'text', maxLength: 200, column: 150 },
] as const satisfies readonly FieldSpec[]

/** 项目信息 known to a design institute. */
export const projectFields = [
  { key: 'name', kind: 'text', required: true, maxLength: 100, column: 200 },
  {
    key: 'stage',
    kind: 'select',
    optionSet: 'projectStage',
    required: true,
    initial: 'designing',
    column: 90,
  },
  { key: 'owner', kind: 'text', maxLength: 100, column: 150 },
  { key: 'equipment', kind: 'text', maxLength: 200, column: 180 },
  { key: 'budgetFen', kind: 'money', column: 120 },
  { key: 'expectedOn', kind: 'date', column: 110 },
  { key: 'notes', kind: 'text', maxLength: 200, column: 150 },
] as const satisfies readonly FieldSpec[]

/** 技术交流计划 and its execution. */
export const exchangePlanFields = [
  { key: 'plannedOn', kind: 'date', required: true, column: 110 },
  { key: 'topic', kind: 'text', required: true, maxLength: 100, column: 180 },
  { key: 'attendees', kind: 'text', maxLength: 200, column: 150 },
  { key: 'materials', kind: 'text', maxLength: 200, column: 150 },
  {
    key: 'status',
    kind: 'select',
    optionSet: 'exchangeStatus',
    required: true,
    initial: 'planned',
    column: 80,
  },
  { key: 'heldOn', kind: 'date', column: 110 },
  { key: 'outcome', kind: 'text', maxLength: 500, column: 200 },
] as const satisfies readonly FieldSpec[]

/** 借阅登记 of a qualification document, lent for a bid. */
export const loanFields = [
  { key: 'borrower', kind: 'text', required: true, maxLength: 100, column: 160 },
  { key: 'purpose', kind: 'text', required: true, maxLength: 200, column: 200 },
  { key: 'lentOn', kind: 'date', required: true, column: 110 },
  { key: 'dueOn', kind: 'date', required: true, column: 110 },
  { key: 'returnedOn', kind: 'date', column: 110 },
  { key: 'notes', kind: 'text', maxLength: 200, column: 150 },
] as const satisfies readonly FieldSpec[]

export type CustomerFields = FieldsOf<typeof customerFields>
export type DistributorFields = FieldsOf<typeof distributorFields>
export type InstituteFields = FieldsOf<typeof instituteFields>
export type SupplierFields = FieldsOf<typeof supplierFields>
export type ContractorFields = FieldsOf<typeof contractorFields>
export type ProductFields = FieldsOf<typeof productFields>
export type QualificationFields = FieldsOf<typeof qualificationFields>
export type ContactPersonFields = FieldsOf<typeof contactPersonFields>
export type BusinessReportFields = FieldsOf<typeof businessReportFields>
export type EndUserFields = FieldsOf<typeof endUserFields>
export type ProjectFields = FieldsOf<typeof projectFields>
export type ExchangePlanFields = FieldsOf<typeof exchangePlanFields>
export type LoanFields = FieldsOf<typeof loanFields>
