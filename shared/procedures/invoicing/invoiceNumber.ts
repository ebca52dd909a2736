/**
 * The number of an invoice as issued: a 数电票 carries one 20-digit 发票号码
 * and no code; a paper invoice (专票 or 普票) a 发票代码 of 10 or 12 digits
 * and an 8-digit 发票号码. Checked when finance records the issue, so the
 * 发票登记簿 never lists a number the tax system could not have printed.
 */
import type { FieldProblem } from '../kit/problems'
import type { InvoiceKind } from './records'

const DIGITAL_NO = /^\d{20}$/
const PAPER_CODE = /^(\d{10}|\d{12})$/
const PAPER_NO = /^\d{8}$/

export function invoiceNumberProblems(kind: InvoiceKind, code: string, no: string): FieldProblem[] {
  const c = code.trim()
  const n = no.trim()
  if (kind === 'digital')
    return [
      ...(DIGITAL_NO.test(n) ? [] : [{ field: 'invoiceNo', messageKey: 'invoicingValidation.digitalNo' }]),
      ...(c === '' ? [] : [{ field: 'invoiceCode', messageKey: 'invoicingValidation.digitalNoCode' }]),
    ]
  return [
    ...(PAPER_CODE.test(c) ? [] : [{ field: 'invoiceCode', messageKey: 'invoicingValidation.paperCode' }]),
    ...(PAPER_NO.test(n) ? [] : [{ field: 'invoiceNo', messageKey: 'invoicingValidation.paperNo' }]),
  ]
}
