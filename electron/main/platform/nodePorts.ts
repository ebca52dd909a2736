/**
 * Ports made of plain Node (fs/promises and the system clock). Electron uses
 * them with its own data folder; the test host and vitest use them with a
 * temporary one. No electron import here, so this runs in any Node process.
 */
import * as fs from 'node:fs/promises'
import type { MainPorts } from '../services/mainPorts'

export interface NodePortsOptions {
  dataDir: string
  appVersion: string
  desktop: boolean
  /** See MainPorts.fontsDir; absent means node_modules. */
  fontsDir?: string | null
}

export function createNodePorts({
  dataDir,
  appVersion,
  desktop,
  fontsDir = null,
}: NodePortsOptions): MainPorts {
  return {
    dataDir,
    appVersion,
    desktop,
    fontsDir,
    platform: process.platform,
    now: () => new Date(),
    fs,
  }
}
