/**
 * The share service main binds to IPC. It keeps the chosen share in
 * `<dataDir>/share.json` and hands every file operation to the worker
 * process with that root; only the config and the root's syntax are
 * handled here, so they answer even while the share hangs.
 */
import type { ShareConfig, ShareService } from '../../../../shared/ipc/shareContract'
import { SHARE_FORMAT_VERSION } from '../../../../shared/sync/syncOp'
import type { MainPorts } from '../mainPorts'
import { createShareConfigStore } from './shareConfigStore'
import { assertShareRoot } from './shareRoot'
import { shareFailure } from './shareFailures'
import { createShareWorkerClient } from './shareWorkerClient'
import { type OpTimeouts, SNAPSHOT_READ_TIMEOUT_MS } from './workerProtocol'

export interface ShareServiceOptions {
  /** Per-operation deadlines; tests shorten them. */
  timeouts?: Partial<OpTimeouts>
}

export type ShareServiceHandle = ShareService & {
  /** Stops the worker process (calls still waiting fail with share.offline). */
  dispose(): void
}

export function createShareService(
  ports: Pick<MainPorts, 'dataDir' | 'fs' | 'platform' | 'spawnShareWorker'>,
  options: ShareServiceOptions = {},
): ShareServiceHandle {
  const store = createShareConfigStore(ports.fs, ports.dataDir)
  const worker = createShareWorkerClient(() => ports.spawnShareWorker(), options.timeouts)
  let cached: ShareConfig | undefined

  async function config(): Promise<ShareConfig> {
    cached ??= await store.read()
    return cached
  }

  async function remember(next: ShareConfig): Promise<void> {
    await store.write(next)
    cached = next
  }

  async function configuredRoot(): Promise<string> {
    const { root } = await config()
    if (root === null) throw shareFailure('notConfigured')
    return root
  }

  return {
    config: () => config(),

    async probe({ root }) {
      assertShareRoot(root, ports.platform)
      return worker.call('probe', { root })
    },

    async create({ root }) {
      assertShareRoot(root, ports.platform)
      const format = await worker.call('create', { root })
      await remember({ root, shareId: format.shareId })
      return format
    },

    async join({ root }) {
      assertShareRoot(root, ports.platform)
      const format = await worker.call('format', { root })
      if (format.formatVersion > SHARE_FORMAT_VERSION) {
        throw shareFailure('tooNew', { formatVersion: format.formatVersion, supported: SHARE_FORMAT_VERSION })
      }
      await remember({ root, shareId: format.shareId })
      return format
    },

    async leave() {
      await remember({ root: null, shareId: null })
      return { ok: true }
    },

    async format() {
      return worker.call('format', { root: await configuredRoot() })
    },
    async list(req) {
      return worker.call('list', { ...req, root: await configuredRoot() })
    },
    async read(req) {
      const args = { ...req, root: await configuredRoot() }
      return req.path.endsWith('.gz')
        ? worker.call('read', args, SNAPSHOT_READ_TIMEOUT_MS)
        : worker.call('read', args)
    },
    async writeImmutable(req) {
      return worker.call('writeImmutable', { ...req, root: await configuredRoot() })
    },
    async replaceTorn(req) {
      return worker.call('replaceTorn', { ...req, root: await configuredRoot() })
    },
    async writeStatus(req) {
      return worker.call('writeStatus', { ...req, root: await configuredRoot() })
    },
    async cleanTemps(req) {
      return worker.call('cleanTemps', { ...req, root: await configuredRoot() })
    },
    async compactSegments(req) {
      return worker.call('compactSegments', { ...req, root: await configuredRoot() })
    },
    async publishBlob(req) {
      return worker.call('publishBlob', { ...req, root: await configuredRoot(), dataDir: ports.dataDir })
    },
    async fetchBlob(req) {
      return worker.call('fetchBlob', { ...req, root: await configuredRoot(), dataDir: ports.dataDir })
    },

    dispose: () => worker.dispose(),
  }
}
