/**
 * The main window and everything that keeps its page locked in: no
 * navigation away, no new windows, no permissions, no webviews, and a strict
 * CSP on every response.
 */
import { BrowserWindow, dialog, type Session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from './csp'
import { secureWebPreferences } from './secureWebPreferences'
import { APP_NAME } from './services/app/createAppService'

export { secureWebPreferences } from './secureWebPreferences'

export const MIN_WIDTH = 1100
export const MIN_HEIGHT = 700

/**
 * `icon` is the PNG for the window on Linux; Windows takes the executable's
 * own multi-size icon (resources/icon.ico, set by electron-builder.yml).
 */
export function createMainWindow(preloadPath: string, icon?: string): BrowserWindow {
  const win = new BrowserWindow({
    title: APP_NAME,
    ...(icon ? { icon } : {}),
    width: 1366,
    height: 860,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // Shown once the first paint is ready, so the clerk never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  })
  // hardenWebContents reaches this window through app 'web-contents-created' (index.ts).
  win.once('ready-to-show', () => win.show())
  // A form with unsaved changes holds the close (useUnsavedGuard's beforeunload):
  // Electron shows no question of its own, so ask here; 离开 lets it close.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['离开', '留下'],
      defaultId: 1,
      cancelId: 1,
      title: APP_NAME,
      message: '有未保存的修改，是否离开？',
      detail: '离开后，本页未保存的修改会丢失。',
    })
    if (choice === 0) event.preventDefault()
  })
  return win
}

/** The page is the whole app: it never leaves it and never opens anything. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Applies the CSP header to every response and refuses every permission request. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
  // Camera, microphone, notifications, geolocation…: an office records app needs none.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}
