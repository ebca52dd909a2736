/**
 * The counts of the last restore, kept outside the page: a restore replaces
 * the accounts and settings the frame reads, which can remount the screen,
 * and the clerk must still see what was restored before signing in again.
 */
import { create } from 'zustand'

interface RestoredCounts {
  counts: Record<string, number> | null
  set(counts: Record<string, number> | null): void
}

export const useRestoredCounts = create<RestoredCounts>((set) => ({
  counts: null,
  set: (counts) => set({ counts }),
}))
