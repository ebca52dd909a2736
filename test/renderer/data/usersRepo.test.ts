import { afterEach, describe, expect, it } from 'vitest'
import { emptyCompany } from '@shared/company/companySchema'
import { usccCheckChar } from '@shared/kernel/uscc'
import type { DeskDb } from '../../../renderer/src/data/db'
import { completeSetup } from '../../../renderer/src/data/repositories/setupRepo'
import { saveSettings, readSettings } from '../../../renderer/src/data/repositories/settingsRepo'
import { archiveUser, createUser, updateUser } from '../../../renderer/src/data/repositories/usersRepo'
import { admin, at, clerk, freshDb } from './dbFixture'

let db: DeskDb
afterEach(() => db?.close())
const now = at('2026-11-26T08:00:00Z')
const validUscc = `91330100MA2B3C4D5${usccCheckChar('91330100MA2B3C4D5')}`

const company = { ...emptyCompany, name: '杭州示例贸易有限公司', uscc: validUscc }
const profile = { account: 'li', name: '李内勤', roles: ['clerk' as const], phone: '', active: true }

async function setUp() {
  return completeSetup(db, { company, admin: { account: 'admin', name: '王管理', passwordHash: 'h' } }, now)
}

describe('users repository', () => {
  it('refuses a clerk who tries to create an account, whatever the UI shows', async () => {
    db = freshDb()
    await setUp()
    await expect(
      createUser(db, { ...profile, passwordHash: 'h' }, { actor: clerk, now }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    expect(await db.users.count()).toBe(1)
  })

  it('refuses a second account with the same login name at the account field', async () => {
    db = freshDb()
    await setUp()
    await createUser(db, { ...profile, passwordHash: 'h' }, { actor: admin, now })
    await expect(
      createUser(db, { ...profile, passwordHash: 'h' }, { actor: admin, now }),
    ).rejects.toMatchObject({
      code: 'users.accountTaken',
      params: { field: 'account' },
    })
  })

  it('keeps at least one active administrator', async () => {
    db = freshDb()
    const first = await setUp()
    const actor = { userId: first.id, name: first.name, roles: first.roles }
    await expect(
      updateUser(
        db,
        { id: first.id, input: { ...profile, account: 'admin', roles: ['clerk'] } },
        { actor, now },
      ),
    ).rejects.toMatchObject({ code: 'users.lastAdmin' })
    await expect(archiveUser(db, { id: first.id }, { actor, now })).rejects.toMatchObject({
      code: 'users.lastAdmin',
    })
  })

  it('refuses a wrong credit code at its field and writes nothing', async () => {
    db = freshDb()
    const bad = { ...company, uscc: validUscc.slice(0, 17) + (validUscc.endsWith('0') ? '1' : '0') }
    await expect(
      completeSetup(db, { company: bad, admin: { account: 'admin', name: '王', passwordHash: 'h' } }, now),
    ).rejects.toMatchObject({
      code: 'validation',
      messageKey: 'validation.uscc.checkChar',
      params: { field: 'uscc' },
    })
    expect(await db.company.count()).toBe(0)
    expect(await db.users.count()).toBe(0)
  })

  it('refuses setup a second time', async () => {
    db = freshDb()
    await setUp()
    await expect(setUp()).rejects.toMatchObject({ code: 'setup.done' })
  })
})

describe('settings repository', () => {
  it('saves a valid value and reads it back over the default', async () => {
    db = freshDb()
    await saveSettings(db, { 'security.idleLockMinutes': 30 }, { actor: admin, now })
    expect((await readSettings(db))['security.idleLockMinutes']).toBe(30)
    expect((await readSettings(db))['backup.reminderDays']).toBe(7)
  })

  it('writes and logs nothing for a value equal to the current one', async () => {
    db = freshDb()
    await saveSettings(db, { 'backup.autoDaily': true, 'backup.reminderDays': 7 }, { actor: admin, now })
    expect(await db.settings.count()).toBe(0)
    expect(await db._audit.count()).toBe(0)
  })

  it('refuses an out-of-range value and writes nothing', async () => {
    db = freshDb()
    await expect(
      saveSettings(db, { 'security.idleLockMinutes': 0 }, { actor: admin, now }),
    ).rejects.toMatchObject({ code: 'settings.invalid' })
    expect(await db.settings.count()).toBe(0)
  })

  it('refuses a clerk', async () => {
    db = freshDb()
    await expect(saveSettings(db, { 'backup.reminderDays': 3 }, { actor: clerk, now })).rejects.toMatchObject(
      { code: 'auth.forbidden' },
    )
  })
})
