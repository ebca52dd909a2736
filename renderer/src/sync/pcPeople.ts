/**
 * Who works on each PC, to name it as 张三的电脑: the person of its newest
 * audit entry made by a person (not the system, not the set-up wizard).
 * Every PC holds the others' audit entries, so any PC can tell.
 */
import type { DeskDb } from '../data/db'

const notAPerson = new Set(['system', 'setup'])

export async function pcPeople(db: DeskDb, deviceIds: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const id of new Set(deviceIds)) {
    const entry = await db._audit
      .where('[deviceId+seq]')
      .between([id, 0], [id, Infinity], true, true)
      .reverse()
      .filter((e) => !notAPerson.has(e.actorId))
      .first()
    if (entry) out[id] = entry.actorName
  }
  return out
}
