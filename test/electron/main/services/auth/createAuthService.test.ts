import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppFailure } from '../../../../../shared/errors/appFailure'
import {
  LOCKOUT_MS,
  MAX_FAILED_ATTEMPTS,
  createAuthService,
} from '../../../../../electron/main/services/auth/createAuthService'
import { FAILURE_FILE } from '../../../../../electron/main/services/auth/createFailureStore'
import { type TempPorts, createTempPorts } from '../../../../harness/tempPorts'

/** The AppFailure a promise rejects with, as data. */
async function failureOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (err) {
    if (err instanceof AppFailure) return err.toData()
    throw err
  }
  throw new Error('expected a failure')
}

describe('createAuthService', () => {
  let temp: TempPorts
  let hash: string
  beforeEach(async () => {
    temp = await createTempPorts()
    hash = (await createAuthService(temp.ports).hashPassword({ password: '正确的密码1' })).hash
  })
  afterEach(() => temp.cleanup())

  const wrong = (auth: ReturnType<typeof createAuthService>, account = 'zhang') =>
    failureOf(auth.verifyPassword({ account, password: 'wrong', hash }))

  it('encodes scrypt parameters, salt and key in the hash when hashing', () => {
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
  })

  it('uses a fresh salt when the same password is hashed twice', async () => {
    const again = await createAuthService(temp.ports).hashPassword({ password: '正确的密码1' })
    expect(again.hash).not.toBe(hash)
  })

  it('accepts the right password when the hash is ours', async () => {
    const auth = createAuthService(temp.ports)
    await expect(auth.verifyPassword({ account: 'zhang', password: '正确的密码1', hash })).resolves.toEqual({
      ok: true,
    })
  })

  it('counts down the remaining attempts when the password is wrong', async () => {
    const auth = createAuthService(temp.ports)
    for (let remaining = MAX_FAILED_ATTEMPTS - 1; remaining >= 1; remaining--) {
      expect(await wrong(auth)).toEqual({
        code: 'auth.wrongPassword',
        messageKey: 'errors.auth.wrongPassword',
        params: { remaining },
      })
    }
  })

  it('locks the account for five minutes when the fifth consecutive password is wrong', async () => {
    const auth = createAuthService(temp.ports)
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) await wrong(auth)
    expect(await wrong(auth)).toEqual({
      code: 'auth.locked',
      messageKey: 'errors.auth.locked',
      params: { minutes: 5 },
    })
    expect(LOCKOUT_MS).toBe(5 * 60_000)
  })

  it('refuses even the right password without checking it when the account is locked', async () => {
    const auth = createAuthService(temp.ports)
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await wrong(auth)
    const right = await failureOf(auth.verifyPassword({ account: 'zhang', password: '正确的密码1', hash }))
    expect(right.code).toBe('auth.locked')
    // A broken hash would be auth.badHash if it were looked at.
    const unchecked = await failureOf(
      auth.verifyPassword({ account: 'zhang', password: 'x', hash: 'garbage' }),
    )
    expect(unchecked.code).toBe('auth.locked')
  })

  it('keeps the lock when a new service starts over the same folder', async () => {
    const first = createAuthService(temp.ports)
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await wrong(first)
    const restarted = createAuthService(temp.ports)
    expect(
      (await failureOf(restarted.verifyPassword({ account: 'zhang', password: '正确的密码1', hash }))).code,
    ).toBe('auth.locked')
    const stored = JSON.parse(await readFile(join(temp.dataDir, FAILURE_FILE), 'utf8')) as unknown
    expect(stored).toMatchObject({ accounts: { zhang: { failures: 5 } } })
  })

  it('reports the minutes left rounded up when time moves on during a lock', async () => {
    const auth = createAuthService(temp.ports)
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await wrong(auth)
    temp.clock.advance(3 * 60_000 + 1)
    expect((await wrong(auth)).params).toEqual({ minutes: 2 })
    temp.clock.advance(60_000 + 59_000)
    expect((await wrong(auth)).params).toEqual({ minutes: 1 })
  })

  it('unlocks with a fresh set of attempts when the lock has run out', async () => {
    const auth = createAuthService(temp.ports)
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await wrong(auth)
    temp.clock.advance(LOCKOUT_MS)
    expect(await wrong(auth)).toMatchObject({ code: 'auth.wrongPassword', params: { remaining: 4 } })
    await expect(auth.verifyPassword({ account: 'zhang', password: '正确的密码1', hash })).resolves.toEqual({
      ok: true,
    })
  })

  it('resets the count when the right password follows wrong ones', async () => {
    const auth = createAuthService(temp.ports)
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) await wrong(auth)
    await auth.verifyPassword({ account: 'zhang', password: '正确的密码1', hash })
    expect((await wrong(auth)).params).toEqual({ remaining: 4 })
  })

  it('clears a lock when an administrator unlocks the account', async () => {
    const auth = createAuthService(temp.ports)
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await wrong(auth)
    await expect(auth.unlock({ account: 'zhang' })).resolves.toEqual({ ok: true })
    await expect(auth.verifyPassword({ account: 'zhang', password: '正确的密码1', hash })).resolves.toEqual({
      ok: true,
    })
  })

  it('counts each account separately when two accounts fail', async () => {
    const auth = createAuthService(temp.ports)
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await wrong(auth, 'zhang')
    expect((await wrong(auth, 'li')).params).toEqual({ remaining: 4 })
  })

  it('counts every guess when several arrive at once', async () => {
    const auth = createAuthService(temp.ports)
    const results = await Promise.all(Array.from({ length: MAX_FAILED_ATTEMPTS + 1 }, () => wrong(auth)))
    expect(results.map((r) => r.code)).toEqual([
      ...Array<string>(MAX_FAILED_ATTEMPTS - 1).fill('auth.wrongPassword'),
      'auth.locked',
      'auth.locked',
    ])
  })

  it('stores an account named like an object key as plain data when it fails', async () => {
    const auth = createAuthService(temp.ports)
    expect((await wrong(auth, '__proto__')).params).toEqual({ remaining: 4 })
    expect((await wrong(createAuthService(temp.ports), '__proto__')).params).toEqual({ remaining: 3 })
  })

  it('starts from no failures when the failure file is damaged', async () => {
    await writeFile(join(temp.dataDir, FAILURE_FILE), '{ not json')
    expect((await wrong(createAuthService(temp.ports))).params).toEqual({ remaining: 4 })
  })

  it.each([
    ['not a hash', 'garbage'],
    ['another algorithm', hashLike('bcrypt', 16384)],
    ['a cost too high to compute', hashLike('scrypt', 2 ** 24)],
    ['a cost that is not a power of two', hashLike('scrypt', 16000)],
    ['a salt that is not base64', 'scrypt$16384$8$1$!!!!$' + Buffer.alloc(32).toString('base64')],
  ])('reports auth.badHash when the stored hash is %s', async (_label, badHash) => {
    const auth = createAuthService(temp.ports)
    const failure = await failureOf(auth.verifyPassword({ account: 'zhang', password: 'x', hash: badHash }))
    expect(failure).toEqual({ code: 'auth.badHash', messageKey: 'errors.auth.badHash', params: {} })
  })
})

function hashLike(algorithm: string, N: number): string {
  return [algorithm, N, 8, 1, Buffer.alloc(16).toString('base64'), Buffer.alloc(32).toString('base64')].join(
    '$',
  )
}
