/**
 * Binds real Electron into the ports: the per-user data folder and the
 * packaged version. Later, native dialogs are bound here too. This is the one
 * place besides index/window/ipc/preload that imports electron.
 */
import { join } from 'node:path'
import { app, utilityProcess } from 'electron'
import type { MainPorts } from '../services/mainPorts'
import type { ShareWorkerProcess } from '../services/share/workerProtocol'
import { createElectronShell } from './electronShell'
import { createNodePorts } from './nodePorts'

export function createElectronPorts(): MainPorts {
  return createNodePorts({
    // userData is per OS user (%APPDATA%\商务部工作台 on Windows); Chromium keeps
    // its profile (IndexedDB) there too, beside main's own folders.
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    desktop: true,
    fontsDir: join(resourcesDir(), 'fonts'),
    shell: createElectronShell(),
    spawnShareWorker: spawnUtilityShareWorker,
  })
}

/**
 * The project's resources/ folder (fonts, copied there by `npm run build`;
 * the icons, committed). electron-builder puts resources/** beside the asar
 * (extraResources); unpackaged (electron-vite dev/preview) it is the one in
 * the project folder.
 */
export function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')
}

/**
 * The share worker as an Electron utility process (Chromium's process model,
 * killed with the app). electron.vite.config.ts builds its entry beside
 * main's: out/main/shareWorker.js inside the app folder or asar.
 */
function spawnUtilityShareWorker(): ShareWorkerProcess {
  const child = utilityProcess.fork(join(app.getAppPath(), 'out', 'main', 'shareWorker.js'), [], {
    serviceName: 'AppSync share worker',
    stdio: 'inherit',
  })
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => {
      child.on('message', listener)
    },
    onExit: (listener) => {
      child.once('exit', () => listener())
    },
    kill: () => {
      child.kill()
    },
  }
}
