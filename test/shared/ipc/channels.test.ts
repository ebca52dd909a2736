/**
 * The three doors to main name the same channels, and each one reaches
 * `dispatch`: the preload's window.api (Electron), the handlers registerIpc
 * binds on ipcMain, and the test host's bridge script with its HTTP server.
 * Electron cannot run here, so its two objects the code touches are
 * recording stand-ins: contextBridge/ipcRenderer keep what the preload
 * exposes and invokes, ipcMain keeps the handlers. The preload, registerIpc,
 * the host and the services are the real ones.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { runInNewContext } from 'node:vm'
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Result } from '../../../shared/errors/appFailure'
import { dispatch } from '../../../shared/ipc/dispatch'
import { requestSchemas } from '../../../shared/ipc/schemas'
import { registerIpc } from '../../../electron/main/ipc/registerIpc'
import { createMainServices } from '../../../electron/main/services'
import { type TestHost, createTestHost } from '../../harness/createTestHost'
import { BRIDGE_PATH, IPC_PREFIX } from '../../harness/bridgeScript'
import { type TempPorts, createTempPorts } from '../../harness/tempPorts'

type Handler = (event: IpcMainInvokeEvent, request: unknown) => Promise<Result<unknown>>
type Api = Record<string, Record<string, (request: unknown) => Promise<Result<unknown>>>>

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
  exposed: new Map<string, unknown>(),
  /** Where the preload's ipcRenderer.invoke goes: set by each test. */
  invoke: (_channel: string, _request: unknown): Promise<unknown> => Promise.reject(new Error('no main')),
}))

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) => {
      if (electron.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      electron.handlers.set(channel, handler)
    },
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (channel: string, request: unknown) => electron.invoke(channel, request),
  },
}))

const appUrl = 'file:///app/out/renderer/index.html'
const win = {
  isDestroyed: () => false,
  webContents: { id: 7, mainFrame: { processId: 3, routingId: 1 } },
} as unknown as BrowserWindow
/** A call from our window's main frame, which registerIpc lets through. */
const trusted = {
  senderFrame: { url: `${appUrl}#/`, processId: 3, routingId: 1 },
  sender: { id: 7 },
} as unknown as IpcMainInvokeEvent

/** Every function of an api object as `service:method`. */
function channelsOf(api: Api): string[] {
  return Object.entries(api).flatMap(([service, methods]) =>
    Object.entries(methods).map(([method, fn]) => {
      expect(typeof fn, `${service}.${method}`).toBe('function')
      return `${service}:${method}`
    }),
  )
}

const schemaChannels = Object.entries(requestSchemas)
  .flatMap(([service, methods]) => Object.keys(methods).map((method) => `${service}:${method}`))
  .sort()

/** A request every schema refuses: requests are objects. */
const WRONG = 42

describe('IPC channels', () => {
  let temp: TempPorts
  let rendererDir: string
  let host: TestHost
  let preloadApi: Api
  let bridgeApi: Api
  /** `service:method` of every call the bridge made over HTTP. */
  const bridgeCalls: string[] = []

  beforeAll(async () => {
    temp = await createTempPorts()
    registerIpc(createMainServices(temp.ports), { appUrl, getWindow: () => win })
    await import('../../../electron/preload/index')
    preloadApi = electron.exposed.get('api') as Api

    rendererDir = await mkdtemp(join(tmpdir(), 'commerce-desk-renderer-'))
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
    host = await createTestHost({
      rendererDir: relative(join(import.meta.dirname, '..', '..', '..'), rendererDir),
    })
    // The bridge exactly as the host serves it to the page, run in a window of its own.
    const script = await (await fetch(new URL(BRIDGE_PATH, host.url))).text()
    const window: { api?: Api } = {}
    const hostFetch = (path: string, init: RequestInit) => {
      const [service, method] = path.slice(IPC_PREFIX.length).split('/')
      bridgeCalls.push(`${service}:${method}`)
      return fetch(new URL(path, host.url), init)
    }
    runInNewContext(script, { window, fetch: hostFetch })
    bridgeApi = window.api as Api
  })
  afterAll(async () => {
    await host?.close()
    await rm(rendererDir, { recursive: true, force: true })
    await temp?.cleanup()
  })

  it('exposes exactly the channels that have request schemas when the preload runs', () => {
    expect([...electron.exposed.keys()]).toEqual(['api'])
    expect(channelsOf(preloadApi).sort()).toEqual(schemaChannels)
  })

  it('registers exactly those channels on ipcMain', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(schemaChannels)
  })

  it('serves a test-host bridge with exactly those channels', () => {
    expect(channelsOf(bridgeApi).sort()).toEqual(schemaChannels)
  })

  it('carries each preload method to its own ipcMain handler, which validates the request', async () => {
    const invoked: string[] = []
    electron.invoke = (channel, request) => {
      invoked.push(channel)
      const handler = electron.handlers.get(channel) as Handler | undefined
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`))
      return handler(trusted, request)
    }
    for (const [service, methods] of Object.entries(preloadApi)) {
      for (const [method, call] of Object.entries(methods)) {
        const result = await call(WRONG)
        expect(result, `${service}.${method}`).toMatchObject({
          ok: false,
          error: { code: 'ipc.badRequest', params: { channel: `${service}:${method}` } },
        })
        expect(invoked.at(-1)).toBe(`${service}:${method}`)
      }
    }
  })

  it('carries each bridge method to the test host, which validates the request', async () => {
    for (const [service, methods] of Object.entries(bridgeApi)) {
      for (const [method, call] of Object.entries(methods)) {
        const result = await call(WRONG)
        expect(result, `${service}.${method}`).toMatchObject({
          ok: false,
          error: { code: 'ipc.badRequest', params: { channel: `${service}:${method}` } },
        })
        expect(bridgeCalls.at(-1)).toBe(`${service}:${method}`)
      }
    }
  })

  it('answers an unknown channel with ipc.unknownMethod as data at the test host', async () => {
    for (const path of ['shell/exec', 'share/dispose', 'auth/constructor']) {
      const res = await fetch(new URL(`${IPC_PREFIX}${path}`, host.url), { method: 'POST', body: '{}' })
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({
        ok: false,
        error: {
          code: 'ipc.unknownMethod',
          messageKey: 'errors.ipc.unknownMethod',
          params: { channel: path.replace('/', ':') },
        },
      })
    }
  })

  it('refuses, as data, a method the service has but the contract does not name', async () => {
    // share.dispose stops the share worker: main calls it on quit, the page never may.
    const services = createMainServices(temp.ports)
    expect(typeof (services.share as unknown as Record<string, unknown>).dispose).toBe('function')
    await expect(dispatch(services, 'share', 'dispose', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.unknownMethod', params: { channel: 'share:dispose' } },
    })
    await expect(dispatch(services, 'share', 'config', {})).resolves.toMatchObject({ ok: true })
  })
})
