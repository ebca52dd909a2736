/**
 * What the main services need from the outside world. Electron binds these to
 * real paths (platform/electronPorts.ts); the test host and vitest bind them to
 * plain Node over temporary folders (platform/nodePorts.ts). Services never
 * reach for a global clock, path or file system themselves.
 */
import type * as fsPromises from 'node:fs/promises'
import type { ShareWorkerProcess } from './share/workerProtocol'

/** The subset of node:fs/promises the services use; a test can wrap it to inject a disk failure. */
export type FsPort = Pick<
  typeof fsPromises,
  'link' | 'mkdir' | 'open' | 'readFile' | 'readdir' | 'rename' | 'rm' | 'stat' | 'writeFile'
>

/**
 * Handing a saved file to the operating system. Electron opens it in the
 * system viewer and sends it to the print verb; the test host and vitest
 * record the calls instead (platform/recordingShell.ts), so no viewer or
 * printer is ever started by a test.
 */
export interface ShellPort {
  /** Opens the file in the program the system associates with it. */
  openPath(path: string): Promise<void>
  /** Sends the file to the system's print verb (default printer). */
  printFile(path: string): Promise<void>
}

export interface MainPorts {
  /** Folder that main owns: backups, auth failure counts, later PDFs and scans. */
  dataDir: string
  appVersion: string
  platform: string
  /** True only inside the real Electron shell. */
  desktop: boolean
  now(): Date
  fs: FsPort
  /**
   * Folder holding the Noto SC font files (resources/fonts in the desktop
   * app); null reads them from node_modules (the test host, tests).
   */
  fontsDir: string | null
  shell: ShellPort
  /**
   * Starts the process that does all shared-folder I/O (services/share):
   * Electron's utilityProcess in the app, a Node child elsewhere. Called
   * again after a worker hung and was killed.
   */
  spawnShareWorker(): ShareWorkerProcess
}
