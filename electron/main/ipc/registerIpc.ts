/**
 * Binds the whole contract to Electron IPC in one loop over the method list.
 * The only file that imports ipcMain. Each call is checked for its sender
 * before `dispatch` validates the request and calls the service.
 */
import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron'
import type { MainServices } from '../../../shared/ipc/contract'
import { dispatch } from '../../../shared/ipc/dispatch'
import type { Result } from '../../../shared/errors/appFailure'
import { methodList } from '../../../shared/ipc/methods'
import { type SenderFacts, isTrustedSender } from './isTrustedSender'

export interface IpcTrust {
  /** file:// URL of the built index.html, or the dev server URL. */
  appUrl: string
  /** The app's main window, once it exists. */
  getWindow(): BrowserWindow | null
}

/** Binds every channel; returns a function that unbinds them again. */
export function registerIpc(services: MainServices, trust: IpcTrust): () => void {
  for (const { service, method, channel } of methodList) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(senderFacts(event, trust.getWindow()), trust.appUrl)) {
        return {
          ok: false,
          error: { code: 'ipc.forbidden', messageKey: 'errors.ipc.forbidden', params: { channel } },
        }
      }
      return dispatch(services, service, method, request)
    })
  }
  return () => {
    for (const { channel } of methodList) ipcMain.removeHandler(channel)
  }
}

function senderFacts(event: IpcMainInvokeEvent, win: BrowserWindow | null): SenderFacts {
  const frame = event.senderFrame
  const contents = win && !win.isDestroyed() ? win.webContents : null
  const main = contents?.mainFrame
  return {
    url: frame?.url ?? '',
    // Compared by ids rather than object identity: Electron may hand out a
    // new wrapper object for the same frame.
    isMainFrame:
      frame != null &&
      main != null &&
      frame.processId === main.processId &&
      frame.routingId === main.routingId,
    fromAppWindow: contents != null && event.sender.id === contents.id,
  }
}
