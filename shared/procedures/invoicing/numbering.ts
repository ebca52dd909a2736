/**
 * Numbers of the invoicing procedure, on the kit's numbering
 * (shared/procedures/kit/numbering.ts): 开票申请单 KP-, restarting every
 * month. The invoice itself carries the tax system's number (invoiceNumber.ts).
 */
export type InvoicingNumberKind = 'invoice'

export const invoicingNumberPatterns: Record<InvoicingNumberKind, string> = {
  invoice: 'KP-{yyyy}{MM}-{seq:4}',
}
