/**
 * The invoicing procedure's screens: the 开票与回款 section (开票申请), where
 * its records open, and the 开票 tab it adds to a contract.
 */
import { IconBook, IconFileInvoice } from '@tabler/icons-react'
import type { ProcedureScreens } from '../screens'
import { ContractInvoicesPanel } from './ContractInvoicesPanel'
import { InvoiceListPage } from './InvoiceListPage'
import { InvoicePage } from './InvoicePage'
import { InvoiceRegisterPage } from './InvoiceRegisterPage'

export const invoicingScreens: ProcedureScreens = {
  section: { id: 'invoicing', labelKey: 'invoicing.section' },
  routes: [
    {
      path: '/invoices',
      labelKey: 'invoicing.title',
      icon: <IconFileInvoice size={18} />,
      Page: InvoiceListPage,
      inMenu: true,
    },
    {
      path: '/invoices/:id',
      labelKey: 'invoicing.title',
      icon: <IconFileInvoice size={18} />,
      Page: InvoicePage,
      inMenu: false,
    },
    {
      path: '/invoice-register',
      labelKey: 'invoicing.register',
      icon: <IconBook size={18} />,
      Page: InvoiceRegisterPage,
      inMenu: true,
    },
  ],
  places: { invoices: { record: (id) => `/invoices/${id}`, list: '/invoices' } },
  recordPanels: { contracts: [{ id: 'invoicing', labelKey: 'invoicing.tab', Panel: ContractInvoicesPanel }] },
}
