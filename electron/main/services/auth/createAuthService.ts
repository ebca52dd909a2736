/**
 * Password hashing and checking for the app's own accounts. Account records
 * live in the renderer's database; main only hashes, compares and counts
 * failures, so the lock holds even if the renderer is tampered with.
 */
import type { AuthService } from '../../../../shared/ipc/contract'
import { AppFailure } from '../../../../shared/errors/appFailure'
import type { MainPorts } from '../mainPorts'
import { createSerialQueue } from '../fsUtil/createSerialQueue'
import { createFailureStore, type FailureEntry } from './createFailureStore'
import { hashPassword, passwordMatches } from './passwordHash'

/** Consecutive wrong passwords that lock an account. */
export const MAX_FAILED_ATTEMPTS = 5
/** How long a locked account stays locked. */
export const LOCKOUT_MS = 5 * 60_000

export function createAuthService(ports: Pick<MainPorts, 'dataDir' | 'fs' | 'now'>): AuthService {
  const store = createFailureStore(ports.fs, ports.dataDir)
  // One check at a time: two guesses sent together must both be counted.
  const queue = createSerialQueue()

  async function saveQuietly(entries: Map<string, FailureEntry>): Promise<void> {
    // A full or read-only disk must not turn a right password into an error,
    // nor hide "wrong password" behind one; the count is then just not kept.
    await store.save(entries).catch(() => undefined)
  }

  return {
    async hashPassword({ password }) {
      return { hash: await hashPassword(password) }
    },

    verifyPassword({ account, password, hash }) {
      return queue.run(async () => {
        const now = ports.now().getTime()
        const entries = await store.load()
        let entry = entries.get(account)
        if (entry?.lockedUntil) {
          const remainingMs = Date.parse(entry.lockedUntil) - now
          if (remainingMs > 0) throw lockedFailure(remainingMs)
          // The lock ran out: the account gets a fresh set of attempts.
          entry = undefined
          entries.delete(account)
        }

        if (await passwordMatches(password, hash)) {
          if (entries.has(account)) {
            entries.delete(account)
            await saveQuietly(entries)
          }
          return { ok: true as const }
        }

        const failures = (entry?.failures ?? 0) + 1
        if (failures >= MAX_FAILED_ATTEMPTS) {
          entries.set(account, { failures, lockedUntil: new Date(now + LOCKOUT_MS).toISOString() })
          await saveQuietly(entries)
          throw lockedFailure(LOCKOUT_MS)
        }
        entries.set(account, { failures, lockedUntil: null })
        await saveQuietly(entries)
        throw new AppFailure('auth.wrongPassword', 'errors.auth.wrongPassword', {
          remaining: MAX_FAILED_ATTEMPTS - failures,
        })
      })
    },

    unlock({ account }) {
      return queue.run(async () => {
        const entries = await store.load()
        if (entries.delete(account)) await store.save(entries)
        return { ok: true as const }
      })
    },
  }
}

function lockedFailure(remainingMs: number): AppFailure {
  return new AppFailure('auth.locked', 'errors.auth.locked', { minutes: Math.ceil(remainingMs / 60_000) })
}
