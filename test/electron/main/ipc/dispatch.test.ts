import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MainServices } from '../../../../shared/ipc/contract'
import { dispatch } from '../../../../shared/ipc/dispatch'
import { methodList } from '../../../../shared/ipc/methods'
import { createMainServices } from '../../../../electron/main/services'
import { type TempPorts, createTempPorts } from '../../../harness/tempPorts'

describe('dispatch over the real main services', () => {
  let temp: TempPorts
  let services: MainServices
  beforeEach(async () => {
    temp = await createTempPorts()
    services = createMainServices(temp.ports)
  })
  afterEach(() => temp.cleanup())

  it('has an implementation for every channel in the method list', () => {
    for (const { service, method } of methodList) {
      expect(
        typeof (services[service] as unknown as Record<string, unknown>)[method],
        `${service}:${method}`,
      ).toBe('function')
    }
  })

  it('calls the service when the request is well-formed', async () => {
    const result = await dispatch(services, 'auth', 'hashPassword', { password: '密码' })
    expect(result).toMatchObject({ ok: true, value: { hash: expect.stringMatching(/^scrypt\$/) } })
  })

  it.each([
    ['a wrong type', { password: 123 }, 'password'],
    ['a missing field', {}, 'password'],
    ['an extra field', { password: 'x', admin: true }, ''],
    ['null', null, ''],
    ['a string', 'password', ''],
    ['an empty password', { password: '' }, 'password'],
  ])('refuses the request with ipc.badRequest when it has %s', async (_label, request, field) => {
    const result = await dispatch(services, 'auth', 'hashPassword', request)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ipc.badRequest',
        messageKey: 'errors.ipc.badRequest',
        params: { channel: 'auth:hashPassword', field },
      },
    })
  })

  it('refuses a backup name that leaves the folder before the service sees it', async () => {
    const result = await dispatch(services, 'backup', 'read', { name: '../auth-failures.json' })
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badRequest', params: { field: 'name' } } })
  })

  it.each([
    ['auth', 'deleteEverything'],
    ['shell', 'exec'],
    ['auth', '__proto__'],
    ['__proto__', 'constructor'],
    ['auth', 'toString'],
    ['app', 'hasOwnProperty'],
  ])('answers ipc.unknownMethod when asked for %s:%s', async (service, method) => {
    const result = await dispatch(services, service, method, {})
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ipc.unknownMethod',
        messageKey: 'errors.ipc.unknownMethod',
        params: { channel: `${service}:${method}` },
      },
    })
  })

  it('returns a service failure as data when the service throws an AppFailure', async () => {
    const result = await dispatch(services, 'auth', 'verifyPassword', {
      account: 'a',
      password: 'b',
      hash: 'garbage',
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'auth.badHash', messageKey: 'errors.auth.badHash', params: {} },
    })
  })

  it('returns an internal error without details when the service fails unexpectedly', async () => {
    await writeFile(join(temp.dataDir, 'backups'), 'a file where the folder should be')
    const result = await dispatch(services, 'backup', 'list', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal', params: {} },
    })
  })
})
