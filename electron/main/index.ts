/**
 * Process lifecycle: one instance per user, services built from real ports,
 * the contract bound to IPC, then the window.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type BrowserWindow, app, session } from 'electron'
import { registerIpc } from './ipc/registerIpc'
import { createElectronPorts, resourcesDir } from './platform/electronPorts'
import { createMainServices } from './services'
import { createMainWindow, hardenSession, hardenWebContents } from './window'

const outDir = join(import.meta.dirname, '..')
const preloadPath = join(outDir, 'preload', 'index.cjs')

/**
 * The page the window shows. The dev server URL is honoured only in an
 * unpackaged build: an installed app must never be pointed elsewhere by an
 * environment variable.
 */
function appUrl(): string {
  const devUrl = process.env.ELECTRON_RENDERER_URL
  if (devUrl && !app.isPackaged) return devUrl
  return pathToFileURL(join(outDir, 'renderer', 'index.html')).href
}

let mainWindow: BrowserWindow | null = null

// Two copies over one data folder would write the same backups and locks.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })

  // Covers every web contents, including any a bug might create besides ours.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))

  app.on('window-all-closed', () => app.quit())

  void app.whenReady().then(async () => {
    const url = appUrl()
    hardenSession(session.defaultSession)
    const services = createMainServices(createElectronPorts())
    registerIpc(services, { appUrl: url, getWindow: () => mainWindow })
    const icon = process.platform === 'linux' ? join(resourcesDir(), 'icon.png') : undefined
    mainWindow = createMainWindow(preloadPath, icon)
    mainWindow.on('closed', () => {
      mainWindow = null
    })
    // loadURL with the exact URL the IPC sender check compares against.
    await mainWindow.loadURL(url)
  })
}
