/** 工作台 check: no backup in the configured number of days (7 by default). */
import dayjs from 'dayjs'
import { listBackups } from '../../data/backup'
import { readSettings } from '../../data/repositories/settingsRepo'
import { type DueCheck, registerDueCheck } from '../dashboard/dueChecks'

export const backupDueCheck: DueCheck = {
  id: 'backup.stale',
  async collect({ db, now, t }) {
    const days = (await readSettings(db))['backup.reminderDays']
    const newest = (await listBackups())[0]
    const owner = t('dashboard.checks.backupOwner')
    if (!newest)
      return [
        {
          id: 'backup.none',
          title: t('dashboard.checks.backupMissing'),
          due: dayjs(now).format('YYYY-MM-DD'),
          owner,
          roles: ['admin'],
          link: '/backup',
        },
      ]
    const due = dayjs(newest.at).add(days, 'day')
    if (due.isAfter(now)) return []
    return [
      {
        id: 'backup.stale',
        title: t('dashboard.checks.backupStale', { days, last: dayjs(newest.at).format('YYYY-MM-DD HH:mm') }),
        due: due.format('YYYY-MM-DD'),
        owner,
        roles: ['admin'],
        link: '/backup',
      },
    ]
  },
}

registerDueCheck(backupDueCheck)
