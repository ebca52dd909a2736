/** Who is signed in on this window, and whether the screen is locked. Session and UI state only. */
import { useCallback } from 'react'
import { create } from 'zustand'
import type { Actor } from '@shared/auth/permissions'
import type { UserRecord } from '@shared/types/records'

export interface SessionUser extends Actor {
  account: string
}

interface SessionState {
  user: SessionUser | null
  locked: boolean
  signIn(user: UserRecord): void
  signOut(): void
  lock(): void
  unlock(): void
}

export function toSessionUser(user: UserRecord): SessionUser {
  return { userId: user.id, name: user.name, roles: user.roles, account: user.account }
}

export const useSession = create<SessionState>((set) => ({
  user: null,
  locked: false,
  signIn: (user) => set({ user: toSessionUser(user), locked: false }),
  signOut: () => set({ user: null, locked: false }),
  lock: () => set({ locked: true }),
  unlock: () => set({ locked: false }),
}))

/** The signed-in actor; screens behind the login gate may rely on it. */
export function useActor(): SessionUser {
  const user = useSession((s) => s.user)
  if (!user) throw new Error('useActor outside a signed-in session')
  return user
}

/**
 * Who writes and when, for a repository command: called at the moment of
 * the action (`write()`), so `now` is when the user acted, not when the
 * screen was drawn.
 */
export function useWriteContext(): () => { actor: SessionUser; now: Date } {
  const actor = useActor()
  return useCallback(() => ({ actor, now: new Date() }), [actor])
}
