/** Once a day, at the first sign-in, back up automatically (setting 备份 · 自动). */
import { notifications } from '@mantine/notifications'
import dayjs from 'dayjs'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../components/errorText'
import { listBackups, runBackup } from '../../data/backup'
import { appDb } from '../../data/db'
import { readSettings } from '../../data/repositories/settingsRepo'
import { useBackupEvents } from '../../stores/backupEvents'
import { useWriteContext } from '../../stores/session'

let ranThisSession = false

export function useAutoBackup(): void {
  const write = useWriteContext()
  const { t } = useTranslation()
  useEffect(() => {
    if (ranThisSession) return
    ranThisSession = true
    void (async () => {
      const db = appDb()
      if (!(await readSettings(db))['backup.autoDaily']) return
      const newest = (await listBackups())[0]
      if (newest && dayjs(newest.at).isSame(dayjs(), 'day')) return
      try {
        // The daily backup protects everyone's work, whatever the signed-in role.
        const info = await runBackup(db, { reason: 'auto', onProgress: () => undefined }, write())
        useBackupEvents.getState().written()
        notifications.show({ color: 'green', message: t('backup.done', { name: info.name }) })
      } catch (err) {
        notifications.show({ color: 'red', message: errorText(t, err), autoClose: false })
      }
    })()
  }, [write, t])
}
