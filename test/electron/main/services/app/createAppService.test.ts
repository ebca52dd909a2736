import { describe, expect, it } from 'vitest'
import { createAppService } from '../../../../../electron/main/services/app/createAppService'

describe('createAppService', () => {
  it('reports name, version, platform, shell and data folder from the ports when asked for info', async () => {
    const app = createAppService({
      appVersion: '1.2.3',
      platform: 'win32',
      desktop: true,
      dataDir: 'C:\\data',
    })
    await expect(app.info({})).resolves.toEqual({
      name: '商务部工作台',
      version: '1.2.3',
      platform: 'win32',
      desktop: true,
      dataDir: 'C:\\data',
    })
  })
})
