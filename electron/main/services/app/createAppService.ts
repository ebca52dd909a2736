import type { AppService } from '../../../../shared/ipc/contract'
import type { MainPorts } from '../mainPorts'

/** The product name users see; window title and installer use the same words. */
export const APP_NAME = '商务部工作台'

export function createAppService(
  ports: Pick<MainPorts, 'appVersion' | 'platform' | 'desktop' | 'dataDir'>,
): AppService {
  return {
    async info() {
      return {
        name: APP_NAME,
        version: ports.appVersion,
        platform: ports.platform,
        desktop: ports.desktop,
        dataDir: ports.dataDir,
      }
    },
  }
}
