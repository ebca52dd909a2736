/**
 * 工作台 checks of the archives:
 * - 制度：资质文件到期前提醒 — documents expiring within 60 days, and expired ones;
 * - lent documents not back by their due date (借阅登记);
 * - 目标客户 not contacted for the configured number of days.
 * Each check lists at most a few items and then says how many more there are (capped).
 */
import dayjs from 'dayjs'
import { capped, type DueCheck, registerDueCheck } from '../dashboard/dueChecks'
import { readSettings } from '../../data/repositories/settingsRepo'
import type { Role } from '@shared/auth/roles'

/** 资质文件 are kept by the archivist and the commerce clerks (DOMAIN.md "Master data"). */
const keepers: readonly Role[] = ['archivist', 'clerk']
/** Target customers are followed up by the sales reps and their manager. */
const followers: readonly Role[] = ['sales', 'salesManager']

export const EXPIRY_WARNING_DAYS = 60

export const qualificationExpiryCheck: DueCheck = {
  id: 'qualifications.expiry',
  async collect({ db, now, t }) {
    const today = dayjs(now).format('YYYY-MM-DD')
    const horizon = dayjs(now).add(EXPIRY_WARNING_DAYS, 'day').format('YYYY-MM-DD')
    const docs = await db.qualifications
      .where('expiresOn')
      .between('0000-00-00', horizon, true, true)
      .toArray()
    const owner = t('roles.archivist')
    const items = docs
      .filter((d) => !d.deletedAt && d.expiresOn !== '')
      .map((d) => ({
        id: `qualification.${d.id}`,
        title: t(
          d.expiresOn < today
            ? 'dashboard.checks.qualificationExpired'
            : 'dashboard.checks.qualificationExpiring',
          {
            name: d.name,
            date: d.expiresOn,
          },
        ),
        due: d.expiresOn,
        owner: d.keeper || owner,
        roles: keepers,
        link: `/qualifications/${d.id}`,
      }))
    return capped(items, 'qualifications.expiry', t, '/qualifications')
  },
}

export const loanOverdueCheck: DueCheck = {
  id: 'qualifications.loans',
  async collect({ db, now, t }) {
    const today = dayjs(now).format('YYYY-MM-DD')
    const loans = await db.loans.where('dueOn').below(today).toArray()
    const open = loans.filter((l) => !l.deletedAt && l.returnedOn === '')
    const docs = await db.qualifications.bulkGet(open.map((l) => l.parentId))
    const items = open.flatMap((l, i) => {
      const doc = docs[i]
      if (!doc || doc.deletedAt) return []
      return [
        {
          id: `loan.${l.id}`,
          title: t('dashboard.checks.loanOverdue', {
            name: doc.name,
            borrower: l.borrower,
            purpose: l.purpose,
          }),
          due: l.dueOn,
          owner: doc.keeper || t('roles.archivist'),
          roles: keepers,
          link: `/qualifications/${doc.id}`,
        },
      ]
    })
    return capped(items, 'qualifications.loans', t, '/qualifications')
  },
}

export const targetCustomerCheck: DueCheck = {
  id: 'customers.targetContact',
  async collect({ db, now, t }) {
    const days = (await readSettings(db))['archives.targetContactDays']
    const today = dayjs(now).format('YYYY-MM-DD')
    // Only target customers carry followUpOn, and only those not contacted since the cutoff are read.
    const cutoff = dayjs(now).subtract(days, 'day').format('YYYY-MM-DD')
    const targets = (await db.customers.where('followUpOn').belowOrEqual(cutoff).toArray()).filter(
      (c) => c.isTarget && !c.deletedAt && c.stage !== 'won' && c.stage !== 'lost',
    )
    const items = targets.flatMap((c) => {
      const due = c.lastContactOn ? dayjs(c.lastContactOn).add(days, 'day').format('YYYY-MM-DD') : today
      if (due > today) return []
      return [
        {
          id: `target.${c.id}`,
          title: c.lastContactOn
            ? t('dashboard.checks.targetNotContacted', { name: c.name, days })
            : t('dashboard.checks.targetNeverContacted', { name: c.name }),
          due,
          owner: c.owner || t('roles.sales'),
          roles: followers,
          link: `/customers/${c.id}`,
        },
      ]
    })
    return capped(items, 'customers.targetContact', t, '/customers')
  },
}

registerDueCheck(qualificationExpiryCheck)
registerDueCheck(loanOverdueCheck)
registerDueCheck(targetCustomerCheck)
