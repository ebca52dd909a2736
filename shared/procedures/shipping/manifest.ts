/**
 * What the shipping and stock procedure adds to the app-wide lists, in one
 * leaf module the permission, settings and word registries read without
 * loading the procedure (shared/procedures/manifests.ts): who may do what
 * (finance alone reviews purchase orders and signs off the month's count)
 * and its screen words. It has no settings of its own yet.
 */
import { shippingDashboardEn } from './i18n/dashboard.en'
import { shippingDashboardZh } from './i18n/dashboard.zh-CN'
import { shippingEn } from './i18n/screens.en'
import { shippingZh } from './i18n/screens.zh-CN'
import { shippingPermissions } from './permissions'

export const shippingManifest = {
  id: 'shipping',
  permissions: shippingPermissions,
  settings: { schemas: {}, defaults: {}, labels: {} },
  words: {
    'zh-CN': { ...shippingZh, ...shippingDashboardZh },
    en: { ...shippingEn, ...shippingDashboardEn },
  },
}
