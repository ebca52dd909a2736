/**
 * Sign-in: the password is checked in main (scrypt, lockout after five
 * failures); a successful sign-in is written to the audit trail.
 *
 * Two PCs that each made an account of one name (`admin` on both) sync in
 * two live accounts of that name: nobody signs in under it until an
 * administrator renames one or merges them (重复编号与档案). The refusal
 * says so and gives each of them a name of its own for the meantime —
 * the name, `#` and the end of its record id (`admin#7K2Q9M`; `#` is never
 * part of an account) — so an administrator whose only account is one of
 * them is not locked out of the app and can settle it.
 */
import { AppFailure } from '@shared/errors/appFailure'
import type { UserRecord } from '@shared/types/records'
import { api, unwrap } from '../../ipc/api'
import type { DeskDb } from '../db'
import { runWrite } from '../unitOfWork'
import { usersByAccount } from './usersRepo'

export async function checkPassword(user: UserRecord, password: string): Promise<void> {
  await unwrap(api().auth.verifyPassword({ account: user.account, password, hash: user.passwordHash }))
}

/** The name an account that shares its name signs in with until that is settled. */
export function distinctSignInName(user: Pick<UserRecord, 'id' | 'account'>): string {
  return `${user.account}#${user.id.slice(-6).toUpperCase()}`
}

/** The live account a typed name signs in as, or the reason it cannot. */
async function accountToSignIn(db: DeskDb, typed: string): Promise<UserRecord> {
  const name = typed.trim()
  const hash = name.lastIndexOf('#')
  const account = hash > 0 ? name.slice(0, hash) : name
  const live = (await usersByAccount(db, account)).filter((u) => !u.deletedAt)
  if (hash > 0) {
    // A distinct name works only while the account's name is shared.
    const code = name.slice(hash + 1).toUpperCase()
    const user = live.length > 1 ? live.find((u) => u.id.slice(-6).toUpperCase() === code) : undefined
    if (user) return user
  } else if (live.length > 1) {
    const sorted = [...live].sort((a, b) => a.id.localeCompare(b.id))
    throw new AppFailure('auth.ambiguousAccount', 'sync.duplicates.signIn.ambiguous', {
      field: 'account',
      account,
      count: live.length,
      choices: sorted.map((u) => `${distinctSignInName(u)} (${u.name})`).join(' / '),
    })
  } else if (live.length === 1) return live[0]
  throw new AppFailure('auth.unknownAccount', 'errors.auth.unknownAccount', { field: 'password' })
}

export async function signIn(
  db: DeskDb,
  { account, password }: { account: string; password: string },
  now: Date,
): Promise<UserRecord> {
  const user = await accountToSignIn(db, account)
  if (!user.active) throw new AppFailure('auth.inactive', 'errors.auth.inactive', { field: 'account' })
  await checkPassword(user, password)
  await runWrite(db, { actor: { userId: user.id, name: user.name, roles: user.roles }, now }, (w) =>
    w.event('login', 'users', user.id, { account: user.account }),
  )
  return user
}

export async function hashPassword(password: string): Promise<string> {
  return (await unwrap(api().auth.hashPassword({ password }))).hash
}
