/**
 * Electron cannot run on the machines that build this project, so ipcMain is
 * the one thing replaced here: a map that records the handlers. The services
 * and the sender check behind it are real.
 */
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { methodList } from '../../../../shared/ipc/methods'
import { registerIpc } from '../../../../electron/main/ipc/registerIpc'
import { createMainServices } from '../../../../electron/main/services'
import { type TempPorts, createTempPorts } from '../../../harness/tempPorts'

type Handler = (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>
const handlers = vi.hoisted(() => new Map<string, Handler>())

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, handler)
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}))

const appUrl = 'file:///app/out/renderer/index.html'
const mainFrame = { processId: 3, routingId: 1 }
const win = { isDestroyed: () => false, webContents: { id: 7, mainFrame } } as unknown as BrowserWindow

function event(over: { url?: string; routingId?: number; senderId?: number; frameGone?: boolean } = {}) {
  const frame = over.frameGone
    ? null
    : { url: over.url ?? `${appUrl}#/`, processId: 3, routingId: over.routingId ?? 1 }
  return { senderFrame: frame, sender: { id: over.senderId ?? 7 } } as unknown as IpcMainInvokeEvent
}

function handler(channel: string): Handler {
  const found = handlers.get(channel)
  if (!found) throw new Error(`no handler for ${channel}`)
  return found
}

describe('registerIpc', () => {
  let temp: TempPorts
  let unregister: () => void
  beforeEach(async () => {
    temp = await createTempPorts()
    unregister = registerIpc(createMainServices(temp.ports), { appUrl, getWindow: () => win })
  })
  afterEach(async () => {
    unregister()
    await temp.cleanup()
  })

  it('binds exactly one handler per channel of the method list', () => {
    expect([...handlers.keys()].sort()).toEqual(methodList.map((m) => m.channel).sort())
  })

  it('dispatches to the service when our window main frame calls', async () => {
    const result = await handler('app:info')(event(), {})
    expect(result).toMatchObject({ ok: true, value: { name: '商务部工作台', dataDir: temp.dataDir } })
  })

  it('validates the request when our window main frame calls', async () => {
    const result = await handler('auth:hashPassword')(event(), { password: 1 })
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } })
  })

  it.each([
    ['an iframe', { routingId: 2 }],
    ['another window', { senderId: 8 }],
    ['a foreign page', { url: 'https://example.com/' }],
    ['a frame that is gone', { frameGone: true }],
  ])('answers ipc.forbidden when %s calls', async (_label, over) => {
    const result = await handler('app:info')(event(over), {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'ipc.forbidden', messageKey: 'errors.ipc.forbidden', params: { channel: 'app:info' } },
    })
  })

  it('unbinds every channel when the returned function is called', () => {
    unregister()
    expect(handlers.size).toBe(0)
    unregister = () => undefined
  })
})
