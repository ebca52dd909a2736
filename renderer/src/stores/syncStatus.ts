/** What the frame's sync indicator and the settings tab show (renderer/src/sync/syncRunner.ts keeps it). */
import { create } from 'zustand'
import type { SyncStop } from '../sync/syncStop'

export type SyncPhase = 'notConfigured' | 'idle' | 'syncing' | 'offline' | 'stopped' | 'otherWindow'

export interface SyncStatus {
  phase: SyncPhase
  /** Why sync stopped (phase 'stopped'), or why publishing is held back. */
  stop: SyncStop | null
  /** Error code of the last failed cycle (share.offline, share.fork, …). */
  error: string | null
  /** What that failure names (the system's reason, a path), for its sentence. */
  errorParams: Record<string, unknown>
  lastSyncAt: string | null
  /** Changes made here not yet on the share. */
  waiting: number
  conflicts: number
  quarantined: number
  /** Other PCs' changes this PC could not write, set aside (sync/setAside.ts). */
  failed: number
  /** Records sharing a business key, not settled (data/duplicates.ts). */
  duplicates: number
  /** Share clock minus this PC's, when last measured. */
  clockOffsetMs: number | null
  /**
   * The id this PC had until another PC was found publishing under it (a
   * cloned PC): this PC took a new one (sync/newIdentity.ts). Shown until
   * the window closes.
   */
  newIdentityFrom: string | null
  /** Segments applied / to apply in the current cycle (a first sync of a large share shows a bar). */
  progress: { done: number; total: number } | null
  /** Bumped to ask the runner for a cycle now ("立即同步"). */
  requested: number
  requestSync(): void
  set(patch: Partial<Omit<SyncStatus, 'set' | 'requestSync'>>): void
}

export const useSyncStatus = create<SyncStatus>((set) => ({
  phase: 'notConfigured',
  stop: null,
  error: null,
  errorParams: {},
  lastSyncAt: null,
  waiting: 0,
  conflicts: 0,
  quarantined: 0,
  failed: 0,
  duplicates: 0,
  clockOffsetMs: null,
  newIdentityFrom: null,
  progress: null,
  requested: 0,
  requestSync: () => set((s) => ({ requested: s.requested + 1 })),
  set: (patch) => set(patch),
}))
