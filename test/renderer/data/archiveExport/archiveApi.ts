/**
 * window.api for data-layer tests: the real main services over a temporary
 * folder, reached through the same dispatch as the desktop app (requests
 * validated, results as data, JSON across the boundary).
 */
import { buildApi } from '../../../../shared/ipc/bridge'
import { dispatch } from '../../../../shared/ipc/dispatch'
import type { MainServices } from '../../../../shared/ipc/contract'
import { createMainServices } from '../../../../electron/main/services'
import { type TempPorts, createTempPorts } from '../../../harness/tempPorts'

export interface MainSide {
  temp: TempPorts
  services: MainServices
}

/** Binds window.api to fresh main services; call again for a second PC. */
export async function installMain(): Promise<MainSide> {
  const temp = await createTempPorts()
  // The real clock: jobs and names need it to move.
  const ports = { ...temp.ports, now: () => new Date() }
  const services = createMainServices(ports)
  ;(globalThis as Record<string, unknown>).window = {
    api: buildApi((channel, request) => {
      const [service, method] = channel.split(':')
      return dispatch(services, service, method, JSON.parse(JSON.stringify(request)) as unknown)
    }),
  }
  return { temp, services }
}
