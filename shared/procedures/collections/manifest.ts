/**
 * What the collections procedure adds to the app-wide lists, in one leaf
 * module the permission, settings and word registries read without loading
 * the procedure (shared/procedures/manifests.ts): who may do what (finance
 * alone confirms money and signs for bills), the company's own bank accounts
 * — the only ones a receipt may name — and its words, one file per screen.
 */
import { agingEn } from './i18n/aging.en'
import { agingZh } from './i18n/aging.zh-CN'
import { billsEn } from './i18n/bills.en'
import { billsZh } from './i18n/bills.zh-CN'
import { dunningEn } from './i18n/dunning.en'
import { dunningZh } from './i18n/dunning.zh-CN'
import { receiptsEn } from './i18n/receipts.en'
import { receiptsZh } from './i18n/receipts.zh-CN'
import { statementsEn } from './i18n/statements.en'
import { statementsZh } from './i18n/statements.zh-CN'
import { collectionsWordsEn } from './i18n/words.en'
import { collectionsWordsZh } from './i18n/words.zh-CN'
import { collectionsPermissions } from './permissions'
import { type CompanyAccount } from './records'
import { companyAccountsSchema } from './schema'

export const collectionsManifest = {
  id: 'collections',
  permissions: collectionsPermissions,
  settings: {
    schemas: {
      /** 公司收款账户: a receipt into any other account is refused (不能私自收取经销商货款). */
      'collections.accounts': companyAccountsSchema,
    },
    defaults: { 'collections.accounts': [] as CompanyAccount[] },
    labels: { 'collections.accounts': 'receiptsScreen.accounts.title' },
  },
  words: {
    'zh-CN': { ...collectionsWordsZh, ...receiptsZh, ...dunningZh, ...billsZh, ...statementsZh, ...agingZh },
    en: { ...collectionsWordsEn, ...receiptsEn, ...dunningEn, ...billsEn, ...statementsEn, ...agingEn },
  },
}
