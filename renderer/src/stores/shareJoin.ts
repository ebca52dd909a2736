/**
 * Whether the set-up wizard is joining a share (加入已有共享文件夹). The
 * company row arrives with the first segments, which makes the PC count as
 * set up; the gate keeps the wizard up until the join has finished and the
 * person has read what arrived.
 */
import { create } from 'zustand'

export interface ShareJoinState {
  joining: boolean
  setJoining(joining: boolean): void
}

export const useShareJoin = create<ShareJoinState>((set) => ({
  joining: false,
  setJoining: (joining) => set({ joining }),
}))
