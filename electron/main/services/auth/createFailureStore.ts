/**
 * Consecutive failed sign-ins per account, kept in a small JSON file in the
 * data folder so that restarting the app does not lift a lock.
 */
import { join } from 'node:path'
import type { FsPort } from '../mainPorts'
import { writeFileAtomic } from '../fsUtil/writeFileAtomic'

export const FAILURE_FILE = 'auth-failures.json'

export interface FailureEntry {
  failures: number
  /** ISO time until which the account is locked. */
  lockedUntil: string | null
}

export interface FailureStore {
  load(): Promise<Map<string, FailureEntry>>
  save(entries: Map<string, FailureEntry>): Promise<void>
}

export function createFailureStore(fs: FsPort, dataDir: string): FailureStore {
  const path = join(dataDir, FAILURE_FILE)
  return {
    async load() {
      let text: string
      try {
        text = await fs.readFile(path, 'utf8')
      } catch {
        return new Map()
      }
      return parseEntries(text)
    },
    async save(entries) {
      await fs.mkdir(dataDir, { recursive: true })
      // Object.fromEntries defines own properties, so an account named
      // "__proto__" is stored as data, not as a prototype.
      const body = { version: 1, accounts: Object.fromEntries(entries) }
      await writeFileAtomic(fs, path, JSON.stringify(body, null, 2))
    },
  }
}

/**
 * A damaged file counts as no failures: the lock throttles guessing at the
 * keyboard; whoever can edit the data folder could delete the file anyway.
 */
function parseEntries(text: string): Map<string, FailureEntry> {
  const entries = new Map<string, FailureEntry>()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return entries
  }
  const accounts = (body as { accounts?: unknown } | null)?.accounts
  if (typeof accounts !== 'object' || accounts === null) return entries
  for (const [account, value] of Object.entries(accounts)) {
    const v = value as Partial<FailureEntry> | null
    if (typeof v?.failures !== 'number' || !Number.isInteger(v.failures) || v.failures < 0) continue
    const lockedUntil =
      typeof v.lockedUntil === 'string' && !Number.isNaN(Date.parse(v.lockedUntil)) ? v.lockedUntil : null
    entries.set(account, { failures: v.failures, lockedUntil })
  }
  return entries
}
