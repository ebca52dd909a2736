/**
 * The renderer's only door to main: `window.api`, built from the contract's
 * method list, each method one `ipcRenderer.invoke`. Nothing else is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../../shared/ipc/bridge'
import type { Result } from '../../shared/errors/appFailure'

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>),
)
