/**
 * Builds the `window.api` object from the method list and one transport
 * function. The preload passes `ipcRenderer.invoke`; the test host's browser
 * bridge passes an HTTP POST. Same loop, same shape.
 */
import type { Api } from './contract'
import type { Result } from '../errors/appFailure'
import { methodList } from './methods'

export type Transport = (channel: string, request: unknown) => Promise<Result<unknown>>

export function buildApi(transport: Transport): Api {
  const api: Record<string, Record<string, (req: unknown) => Promise<Result<unknown>>>> = {}
  for (const { service, method, channel } of methodList) {
    api[service] ??= {}
    api[service][method] = (req: unknown) => transport(channel, req)
  }
  return api as unknown as Api
}
