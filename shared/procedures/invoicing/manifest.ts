/**
 * What the invoicing procedure adds to the app-wide lists, in one leaf
 * module the permission, settings and word registries read without loading
 * the procedure (shared/procedures/manifests.ts): who may do what (finance
 * alone reviews and issues) and its screen words.
 */
import { invoicingDashboardEn } from './i18n/dashboard.en'
import { invoicingDashboardZh } from './i18n/dashboard.zh-CN'
import { invoicingEn } from './i18n/screens.en'
import { invoicingZh } from './i18n/screens.zh-CN'
import { invoicingPermissions } from './permissions'

export const invoicingManifest = {
  id: 'invoicing',
  permissions: invoicingPermissions,
  settings: { schemas: {}, defaults: {}, labels: {} },
  words: {
    'zh-CN': { ...invoicingZh, ...invoicingDashboardZh },
    en: { ...invoicingEn, ...invoicingDashboardEn },
  },
}
