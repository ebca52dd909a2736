/** Locks the screen after the configured minutes without keyboard or mouse. */
import { useIdle } from '@mantine/hooks'
import { useLiveQuery } from '../../data/live'
import { useEffect } from 'react'
import { settingDefaults } from '@shared/settings/settingKeys'
import { appDb } from '../../data/db'
import { readSettings } from '../../data/repositories/settingsRepo'
import { useSession } from '../../stores/session'

export function useIdleLock(): void {
  const settings = useLiveQuery(() => readSettings(appDb()), [])
  const minutes = settings?.['security.idleLockMinutes'] ?? settingDefaults['security.idleLockMinutes']
  const idle = useIdle(minutes * 60_000, { initialState: false })
  const lock = useSession((s) => s.lock)
  useEffect(() => {
    if (idle) lock()
  }, [idle, lock])
}
