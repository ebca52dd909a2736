/**
 * The buyer's details an invoice carries (购买方：名称、纳税人识别号、地址电话、
 * 开户行及账号), taken from the customer's record. A 专票 cannot be applied
 * for while any of them is missing, and the refusal names the missing one at
 * its field; a 普票 or 数电票 needs the name and the taxpayer number.
 */
import type { FieldProblem } from '../kit/problems'
import type { InvoiceBuyer, InvoiceKind } from './records'

/** The customer fields the buyer's details come from (the archive's own keys). */
export interface BuyerSource {
  name?: string
  uscc?: string
  taxNumber?: string
  address?: string
  phone?: string
  bankName?: string
  bankAccount?: string
}

const joined = (...parts: (string | undefined)[]) =>
  parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(' ')

/** The buyer's details as of today's customer record; 纳税人识别号 is the 统一社会信用代码. */
export function buyerOf(customer: BuyerSource | undefined): InvoiceBuyer {
  return {
    buyerName: (customer?.name ?? '').trim(),
    buyerTaxNo: ((customer?.uscc ?? '').trim() || (customer?.taxNumber ?? '')).trim(),
    // Both halves are needed: an address without a phone is still missing something.
    buyerAddressPhone:
      customer?.address?.trim() && customer.phone?.trim() ? joined(customer.address, customer.phone) : '',
    buyerBankAccount:
      customer?.bankName?.trim() && customer.bankAccount?.trim()
        ? joined(customer.bankName, customer.bankAccount)
        : '',
  }
}

/** Which buyer details each kind of invoice needs. */
const needed: Record<InvoiceKind, readonly (keyof InvoiceBuyer)[]> = {
  special: ['buyerName', 'buyerTaxNo', 'buyerAddressPhone', 'buyerBankAccount'],
  normal: ['buyerName', 'buyerTaxNo'],
  digital: ['buyerName', 'buyerTaxNo'],
}

/** Each missing detail at its field, naming it (专票须填写购买方开户行及账号). */
export function buyerProblems(kind: InvoiceKind, buyer: InvoiceBuyer): FieldProblem[] {
  return needed[kind]
    .filter((f) => buyer[f].trim() === '')
    .map((f) => ({
      field: f,
      messageKey: `invoicingValidation.buyerMissing.${kind === 'special' ? 'special' : 'any'}.${f}`,
    }))
}
