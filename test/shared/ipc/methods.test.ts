import { describe, expect, it } from 'vitest'
import type { MainServices, MethodName, ServiceName } from '../../../shared/ipc/contract'
import { channelOf, methodList, serviceNames } from '../../../shared/ipc/methods'
import { requestSchemas } from '../../../shared/ipc/schemas'

/**
 * Every method of every service, spelled out. The type makes this literal
 * incomplete or overfull the moment MainServices changes, so `tsc` fails
 * before the run-time checks below even start.
 */
type EveryMethod = { [S in ServiceName]: Record<MethodName<S>, true> }
const everyMethod = {
  app: { info: true },
  auth: { hashPassword: true, verifyPassword: true, unlock: true },
  backup: { write: true, list: true, read: true },
  attachments: { put: true, read: true, has: true },
  spreadsheet: { write: true, read: true },
  documents: { preview: true, save: true, open: true, print: true },
  archive: {
    settings: true,
    saveSettings: true,
    begin: true,
    appendRecords: true,
    addWorkbook: true,
    finish: true,
    cancel: true,
    progress: true,
    list: true,
    verify: true,
    open: true,
    openFile: true,
    readRecords: true,
    restoreFiles: true,
  },
  share: {
    config: true,
    probe: true,
    create: true,
    join: true,
    leave: true,
    format: true,
    list: true,
    read: true,
    writeImmutable: true,
    replaceTorn: true,
    writeStatus: true,
    cleanTemps: true,
    compactSegments: true,
    publishBlob: true,
    fetchBlob: true,
  },
} satisfies EveryMethod

const expectedChannels = Object.entries(everyMethod).flatMap(([service, methods]) =>
  Object.keys(methods).map((method) => `${service}:${method}`),
)

describe('methodList', () => {
  it('lists every MainServices method exactly once', () => {
    const channels = methodList.map((m) => m.channel)
    expect(new Set(channels).size).toBe(channels.length)
    expect([...channels].sort()).toEqual([...expectedChannels].sort())
  })

  it('names exactly the methods that have request schemas', () => {
    const schemaChannels = Object.entries(requestSchemas).flatMap(([service, methods]) =>
      Object.keys(methods).map((method) => `${service}:${method}`),
    )
    expect(methodList.map((m) => m.channel).sort()).toEqual(schemaChannels.sort())
  })

  it('has a request schema for every method when the contract is complete', () => {
    const schemas = requestSchemas as unknown as Record<string, Record<string, { safeParse: unknown }>>
    for (const channel of expectedChannels) {
      const [service, method] = channel.split(':')
      expect(typeof schemas[service]?.[method]?.safeParse, channel).toBe('function')
    }
  })

  it('names channels service:method when built', () => {
    for (const { service, method, channel } of methodList) expect(channel).toBe(`${service}:${method}`)
    expect(channelOf('backup', 'read')).toBe('backup:read')
  })

  it('lists the services of MainServices when derived', () => {
    const services: Record<keyof MainServices, true> = {
      app: true,
      auth: true,
      backup: true,
      attachments: true,
      spreadsheet: true,
      documents: true,
      archive: true,
      share: true,
    }
    expect([...serviceNames].sort()).toEqual(Object.keys(services).sort())
  })
})
