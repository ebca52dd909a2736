import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MainServices } from '../../../../shared/ipc/contract'
import { dispatch } from '../../../../shared/ipc/dispatch'
import { shareRequestSchemas as schemas } from '../../../../shared/ipc/shareSchemas'
import { createMainServices } from '../../../../electron/main/services'
import { type TempPorts, createTempPorts } from '../../../harness/tempPorts'
import { DEVICE_A, DEVICE_B, segPath } from './shareFixture'

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success

describe('share request schemas', () => {
  it.each([
    'FORMAT.json',
    `devices/${DEVICE_A}/status.json`,
    segPath(DEVICE_A, 42),
    `devices/${DEVICE_A}/snap/0193a1b2c3-0001.jsonl.gz`,
    `devices/${DEVICE_A}/blocks/000001.json`,
  ])('lets read have %s', (path) => {
    expect(ok(schemas.read, { path })).toBe(true)
  })

  it.each([
    ['a parent folder', '../x'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows absolute path', 'C:\\AppSync\\FORMAT.json'],
    ['a way out through ..', `devices/${DEVICE_A}/seg/../../FORMAT.json`],
    ['backslashes', `devices\\${DEVICE_A}\\status.json`],
    ['eleven digits', `devices/${DEVICE_A}/seg/00000000042.jsonl`],
    ['thirteen digits', `devices/${DEVICE_A}/seg/0000000000042.jsonl`],
    ['a lower-case device id', `devices/${DEVICE_A.toLowerCase()}/status.json`],
    ['an I in the device id', `devices/${DEVICE_A.slice(0, 25)}I/status.json`],
    ['a temp file', `${segPath(DEVICE_A, 1)}.tmp-${DEVICE_A}-abc`],
    ['an upper-case snapshot name', `devices/${DEVICE_A}/snap/ABC.jsonl.gz`],
    ['a blob', `blobs/ab/cd/${'ab'.padEnd(64, '0')}`],
    ['a trailing newline', 'FORMAT.json\n'],
    ['NUL', 'FORMAT.json\0'],
    ['nothing', ''],
  ])('refuses a read path with %s', (_label, path) => {
    expect(ok(schemas.read, { path })).toBe(false)
  })

  it('lets list have only the share folders', () => {
    for (const dir of [
      'devices',
      `devices/${DEVICE_A}`,
      `devices/${DEVICE_A}/seg`,
      `devices/${DEVICE_A}/snap`,
      `devices/${DEVICE_A}/blocks`,
    ])
      expect(ok(schemas.list, { dir }), dir).toBe(true)
    for (const dir of [
      '',
      '.',
      '..',
      'blobs',
      'devices/',
      `devices/${DEVICE_A}/seg/..`,
      `devices/${DEVICE_A}/x`,
    ])
      expect(ok(schemas.list, { dir }), dir).toBe(false)
  })

  it('lets a device write immutably only into its own seg, snap and blocks folders', () => {
    const write = (path: string, deviceId = DEVICE_A) =>
      ok(schemas.writeImmutable, { path, text: 'x', deviceId })
    expect(write(segPath(DEVICE_A, 1))).toBe(true)
    expect(write(`devices/${DEVICE_A}/snap/1.jsonl.gz`)).toBe(true)
    expect(write(`devices/${DEVICE_A}/blocks/000002.json`)).toBe(true)
    expect(write(`devices/${DEVICE_B}/blocks/000002.json`)).toBe(false)
    expect(write(`devices/${DEVICE_A}/blocks/2.json`)).toBe(false)
    expect(write(segPath(DEVICE_B, 1))).toBe(false)
    expect(write(`devices/${DEVICE_A}/status.json`)).toBe(false)
    expect(write('FORMAT.json')).toBe(false)
    expect(write(segPath(DEVICE_A, 1), 'not-a-device')).toBe(false)
  })

  it('lets replaceTorn touch only segments of its own device', () => {
    const torn = (path: string, deviceId = DEVICE_A) =>
      ok(schemas.replaceTorn, { path, text: 'x', deviceId, tornSha256: 'a'.repeat(64) })
    expect(torn(segPath(DEVICE_A, 1))).toBe(true)
    expect(torn(segPath(DEVICE_B, 1))).toBe(false)
    expect(torn(`devices/${DEVICE_A}/snap/1.jsonl.gz`)).toBe(false)
  })

  it('refuses extra fields and bad hashes', () => {
    expect(ok(schemas.config, { root: '/x' })).toBe(false)
    expect(ok(schemas.fetchBlob, { sha256: 'A'.repeat(64) })).toBe(false)
    expect(ok(schemas.publishBlob, { sha256: 'a'.repeat(64), deviceId: DEVICE_A, extra: 1 })).toBe(false)
  })
})

describe('share requests through dispatch', () => {
  let temp: TempPorts
  let services: MainServices
  beforeEach(async () => {
    temp = await createTempPorts()
    services = createMainServices(temp.ports)
  })
  afterEach(() => temp.cleanup())

  it('refuses a path that leaves the share with ipc.badRequest naming the field', async () => {
    const result = await dispatch(services, 'share', 'read', {
      path: `devices/${DEVICE_A}/seg/../../FORMAT.json`,
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ipc.badRequest',
        messageKey: 'errors.ipc.badRequest',
        params: { channel: 'share:read', field: 'path' },
      },
    })
  })

  it('answers share:config without a share', async () => {
    await expect(dispatch(services, 'share', 'config', {})).resolves.toEqual({
      ok: true,
      value: { root: null, shareId: null },
    })
  })
})
