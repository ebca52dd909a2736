/**
 * Main ports over a fresh temporary folder with a manual clock: the real file
 * system, nothing mocked. `fs` can be swapped for a faulty one to simulate a
 * failing disk.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodePorts } from '../../electron/main/platform/nodePorts'
import type { FsPort, MainPorts } from '../../electron/main/services/mainPorts'
import { type ManualClock, createManualClock } from './manualClock'

export interface TempPorts {
  ports: MainPorts
  dataDir: string
  clock: ManualClock
  cleanup(): Promise<void>
}

export async function createTempPorts(options: { start?: Date; fs?: FsPort } = {}): Promise<TempPorts> {
  const dataDir = await mkdtemp(join(tmpdir(), 'commerce-desk-test-'))
  const clock = createManualClock(options.start)
  const base = createNodePorts({ dataDir, appVersion: '0.0.0-test', desktop: false })
  const ports: MainPorts = { ...base, now: clock.now, fs: options.fs ?? base.fs }
  return {
    ports,
    dataDir,
    clock,
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  }
}
