/** Bumped whenever a backup is written, so open screens list it at once. */
import { create } from 'zustand'

interface BackupEvents {
  version: number
  written(): void
}

export const useBackupEvents = create<BackupEvents>((set) => ({
  version: 0,
  written: () => set((s) => ({ version: s.version + 1 })),
}))
