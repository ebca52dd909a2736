/**
 * Ports made of plain Node (fs/promises and the system clock). Electron uses
 * them with its own data folder; the test host and vitest use them with a
 * temporary one. No electron import here, so this runs in any Node process.
 */
import * as fs from 'node:fs/promises'
import type { MainPorts, ShellPort } from '../services/mainPorts'
import { forkNodeShareWorker } from '../services/share/forkNodeShareWorker'
import { createRecordingShell } from './recordingShell'

export interface NodePortsOptions {
  dataDir: string
  appVersion: string
  desktop: boolean
  /** See MainPorts.fontsDir; absent means node_modules. */
  fontsDir?: string | null
  /** What opening and printing a file does; absent: recorded, nothing started (test host, tests). */
  shell?: ShellPort
  /** How the share worker starts; absent: a Node child process of services/share/shareWorker. */
  spawnShareWorker?: MainPorts['spawnShareWorker']
}

export function createNodePorts({
  dataDir,
  appVersion,
  desktop,
  fontsDir = null,
  shell = createRecordingShell(),
  spawnShareWorker = () => forkNodeShareWorker(),
}: NodePortsOptions): MainPorts {
  return {
    dataDir,
    appVersion,
    desktop,
    fontsDir,
    shell,
    spawnShareWorker,
    platform: process.platform,
    now: () => new Date(),
    fs,
  }
}
