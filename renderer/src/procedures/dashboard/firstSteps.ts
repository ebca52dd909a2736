/**
 * 开始使用: what a new department sets up before the app is of use, each
 * step ticked off by what the records (and this PC's folders) already show,
 * and where it is done. A pure function of those facts; FirstSteps.tsx
 * gathers them and draws the list.
 */

export interface SetupFacts {
  /** Accounts besides the first administrator. */
  otherUsers: number
  /** The company profile's details every printed document carries. */
  company: { address: string; bankAccount: string; taxNumber: string; sealText: string } | undefined
  customers: number
  products: number
  /** This PC has created or joined a shared folder. */
  shared: boolean
  /** An archive folder other than the default one was chosen, or an archive was made. */
  archiveFolder: boolean
  backups: number
  /** The administrator confirmed a backup was copied off this PC (U 盘, another PC). */
  backupCopied: boolean
}

export interface FirstStep {
  id: string
  done: boolean
  /** Where it is done. */
  path: string
}

export function firstSteps(f: SetupFacts): FirstStep[] {
  const c = f.company
  return [
    { id: 'users', done: f.otherUsers > 0, path: '/users' },
    {
      id: 'company',
      done: !!c && [c.address, c.bankAccount, c.taxNumber, c.sealText].every((v) => v.trim() !== ''),
      path: '/settings?tab=company',
    },
    { id: 'customers', done: f.customers > 0, path: '/customers' },
    { id: 'products', done: f.products > 0, path: '/products' },
    { id: 'share', done: f.shared, path: '/settings?tab=share' },
    { id: 'archive', done: f.archiveFolder, path: '/archive-export' },
    { id: 'backup', done: f.backups > 0 && f.backupCopied, path: '/backup' },
  ]
}
