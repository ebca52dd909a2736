/**
 * Sign-in: the password is checked in main (scrypt, lockout after five
 * failures); a successful sign-in is written to the audit trail.
 */
import { AppFailure } from '@shared/errors/appFailure'
import type { UserRecord } from '@shared/types/records'
import { api, unwrap } from '../../ipc/api'
import type { DeskDb } from '../db'
import { runWrite } from '../unitOfWork'
import { findUserByAccount } from './usersRepo'

export async function checkPassword(user: UserRecord, password: string): Promise<void> {
  await unwrap(api().auth.verifyPassword({ account: user.account, password, hash: user.passwordHash }))
}

export async function signIn(
  db: DeskDb,
  { account, password }: { account: string; password: string },
  now: Date,
): Promise<UserRecord> {
  const user = await findUserByAccount(db, account)
  if (!user || user.deletedAt)
    throw new AppFailure('auth.unknownAccount', 'errors.auth.unknownAccount', { field: 'password' })
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
