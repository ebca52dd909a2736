/**
 * A signed-in window runs shared-folder sync (renderer/src/sync/syncRunner.ts
 * elects one window with navigator.locks); it stops when the frame goes
 * away, i.e. on sign-out.
 */
import { useEffect } from 'react'
import { appDb } from '../../data/db'
import { startSyncRunner } from '../../sync/syncRunner'

export function useSyncRunner(): void {
  useEffect(() => startSyncRunner(appDb()), [])
}
