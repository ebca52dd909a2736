/** Every main service, built from one set of ports. Electron and the test host both call this. */
import type { MainServices } from '../../../shared/ipc/contract'
import type { MainPorts } from './mainPorts'
import { createAppService } from './app/createAppService'
import { createAuthService } from './auth/createAuthService'
import { createBackupService } from './backup/createBackupService'

export type { MainPorts } from './mainPorts'

export function createMainServices(ports: MainPorts): MainServices {
  return {
    app: createAppService(ports),
    auth: createAuthService(ports),
    backup: createBackupService(ports),
  } satisfies MainServices
}
