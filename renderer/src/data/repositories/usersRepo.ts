/**
 * Accounts and roles. Every command checks `users.manage` itself, so a clerk
 * is refused even if a button were shown. Password hashes come from main
 * (scrypt) before the transaction starts. An account name is unique for the
 * writes made here; two PCs that each made one may still sync in two of a
 * name (the index is a plain one, so an apply never fails on it): both are
 * kept, flagged, and nobody signs in under that name until an administrator
 * renames or merges them (duplicatesRepo.ts, signIn.ts).
 */
import { assertCan } from '@shared/auth/permissions'
import type { UserProfileInput } from '@shared/auth/userSchema'
import { AppFailure } from '@shared/errors/appFailure'
import type { Language, UserRecord } from '@shared/types/records'
import type { DeskDb } from '../db'
import { runWrite, type Writer, type WriteContext } from '../unitOfWork'

/** Every account of that name, 停用 ones too (more than one only after two PCs each made it). */
export function usersByAccount(db: DeskDb, account: string): Promise<UserRecord[]> {
  return db.users.where('account').equals(account.trim()).toArray()
}

/** An account name no other account holds, 停用 ones included (restoring one must not make two). */
async function assertAccountFree(db: DeskDb, account: string, exceptId?: string): Promise<void> {
  const others = (await usersByAccount(db, account)).filter((u) => u.id !== exceptId)
  if (others.length > 0) {
    throw new AppFailure('users.accountTaken', 'errors.users.accountTaken', { field: 'account', account })
  }
}

/** There must always be an active administrator who can sign in. */
async function assertAdminRemains(
  db: DeskDb,
  changedId: string,
  next: Pick<UserRecord, 'roles' | 'active' | 'deletedAt'>,
): Promise<void> {
  if (next.roles.includes('admin') && next.active && !next.deletedAt) return
  const others = await db.users
    .filter((u) => u.id !== changedId && u.roles.includes('admin') && u.active && !u.deletedAt)
    .count()
  if (others === 0) throw new AppFailure('users.lastAdmin', 'errors.users.lastAdmin', { field: 'roles' })
}

export async function createUser(
  db: DeskDb,
  input: UserProfileInput & { passwordHash: string },
  ctx: WriteContext,
): Promise<UserRecord> {
  return runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'users.manage')
    await assertAccountFree(db, input.account)
    return w.create('users', { ...input, language: 'zh-CN' })
  })
}

export async function updateUser(
  db: DeskDb,
  req: { id: string; input: UserProfileInput },
  ctx: WriteContext,
): Promise<UserRecord> {
  const { id, input } = req
  return runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'users.manage')
    const current = await mustGetUser(w, id)
    // Only a new name is checked: an account that sync left sharing its name can still be edited.
    if (input.account.trim() !== current.account) await assertAccountFree(db, input.account, id)
    await assertAdminRemains(db, id, { ...current, ...input })
    return w.update('users', id, input)
  })
}

export async function setUserPassword(
  db: DeskDb,
  req: { id: string; passwordHash: string },
  ctx: WriteContext,
): Promise<void> {
  const { id, passwordHash } = req
  await runWrite(db, ctx, async (w) => {
    // Anyone may change their own password; only administrators change others'.
    if (w.actor.userId !== id) assertCan(w.actor, 'users.manage')
    await w.update('users', id, { passwordHash })
  })
}

export async function setUserLanguage(
  db: DeskDb,
  req: { id: string; language: Language },
  ctx: WriteContext,
): Promise<void> {
  const { id, language } = req
  await runWrite(db, ctx, async (w) => {
    if (w.actor.userId !== id) assertCan(w.actor, 'users.manage')
    await w.update('users', id, { language })
  })
}

export async function archiveUser(db: DeskDb, { id }: { id: string }, ctx: WriteContext): Promise<void> {
  await runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'users.manage')
    const current = await mustGetUser(w, id)
    await assertAdminRemains(db, id, { ...current, deletedAt: w.nowIso })
    await w.archive('users', id)
  })
}

export async function restoreUser(db: DeskDb, { id }: { id: string }, ctx: WriteContext): Promise<void> {
  await runWrite(db, ctx, async (w) => {
    assertCan(w.actor, 'users.manage')
    await w.restore('users', id)
  })
}

async function mustGetUser(w: Writer, id: string): Promise<UserRecord> {
  const user = await w.get('users', id)
  if (!user) throw new AppFailure('data.notFound', 'errors.data.notFound', { table: 'users', id })
  return user
}
