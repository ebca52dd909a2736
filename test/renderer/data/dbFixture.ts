/** A fresh DeskDb over fake-indexeddb per test, plus actors. */
import 'fake-indexeddb/auto'
import type { Actor } from '@shared/auth/permissions'
import { DeskDb } from '../../../renderer/src/data/db'

let n = 0
export function freshDb(): DeskDb {
  n += 1
  return new DeskDb(`test-${process.pid}-${n}-${Date.now()}`)
}

export const admin: Actor = { userId: 'U-ADMIN', name: '王管理', roles: ['admin'] }
export const clerk: Actor = { userId: 'U-CLERK', name: '李内勤', roles: ['clerk'] }
export const at = (iso: string) => new Date(iso)
