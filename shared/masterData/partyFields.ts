/**
 * Fields the party archives share (客户, 经销商/代理商, 设计院, 厂家/供应商):
 * identity, address and bank details, as printed on contracts and invoices.
 */
import type { FieldSpec } from './fieldSpec'

export const identityFields = [
  {
    key: 'name',
    kind: 'text',
    required: true,
    maxLength: 100,
    column: 260,
    importable: true,
    section: 'basic',
  },
  { key: 'shortName', kind: 'text', maxLength: 40, column: 120, importable: true, section: 'basic' },
  { key: 'uscc', kind: 'uscc', column: 190, importable: true, section: 'basic' },
  {
    key: 'region',
    kind: 'text',
    maxLength: 40,
    column: 100,
    filter: false,
    importable: true,
    section: 'basic',
  },
] as const satisfies readonly FieldSpec[]

export const contactFields = [
  { key: 'address', kind: 'text', maxLength: 200, importable: true, section: 'contact' },
  { key: 'phone', kind: 'phone', column: 140, importable: true, section: 'contact' },
] as const satisfies readonly FieldSpec[]

export const bankFields = [
  { key: 'bankName', kind: 'text', maxLength: 100, importable: true, section: 'bank' },
  { key: 'bankAccount', kind: 'text', maxLength: 40, importable: true, section: 'bank' },
  { key: 'taxNumber', kind: 'text', maxLength: 20, importable: true, section: 'bank' },
] as const satisfies readonly FieldSpec[]

export const notesField = [
  { key: 'notes', kind: 'textarea', maxLength: 2000, importable: true, section: 'notes' },
] as const satisfies readonly FieldSpec[]
