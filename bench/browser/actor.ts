/** The signed-in administrator as the unit of work's actor, read from the app's own database. */
import type { Actor } from '@shared/auth/permissions'
import type { DeskDb } from '../../renderer/src/data/db'

export async function accountActor(db: DeskDb, account: string): Promise<Actor> {
  const user = await db.users.where('account').equals(account).first()
  if (!user) throw new Error(`no user ${account}: complete the wizard first`)
  return { userId: user.id, name: user.name, roles: user.roles }
}
