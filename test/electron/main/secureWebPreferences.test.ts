import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from '../../../electron/main/secureWebPreferences'

describe('secureWebPreferences', () => {
  it('sandboxes the page, isolates the preload and gives no Node when the window is created', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    })
  })
})
