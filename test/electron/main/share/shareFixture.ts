/**
 * A share in a fresh temp folder: `<tmp>/server` is the root the user picked
 * (made a share by create()), `<tmp>/data` is main's data folder with its
 * attachment store. The core runs in-process over a fault-injecting fs.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { createShareCore } from '../../../../electron/main/services/share/createShareCore'
import type { ShareCore } from '../../../../electron/main/services/share/shareCore'
import type { RenameRetry } from '../../../../electron/main/services/share/renameWithRetry'
import { type FaultFs, createFaultFs } from '../../../harness/shareFaultFs'

export const DEVICE_A = '01JA0000000000000000000AAA'
export const DEVICE_B = '01JB0000000000000000000BBB'

export const segPath = (device: string, n: number) =>
  `devices/${device}/seg/${String(n).padStart(12, '0')}.jsonl`

/** Short windows so a blocked rename gives up in a test's time. */
export const TEST_RETRY: RenameRetry = { windowMs: 2_000, firstDelayMs: 20, maxDelayMs: 200 }

export interface ShareFixture {
  dir: string
  root: string
  share: string
  dataDir: string
  faults: FaultFs
  core: ShareCore
  /** Another core on the same folder, as a restarted worker or another PC would have. */
  newCore(options?: { now?: () => Date; renameRetry?: RenameRetry }): ShareCore
  /** Writes a file on the share behind the core's back (a crash's leftovers, another PC's work, damage). */
  put(rel: string, data: string | Buffer): Promise<void>
  /** Every file under `dir` (default: the share), relative, sorted. */
  files(dir?: string): Promise<string[]>
  cleanup(): Promise<void>
}

export async function createShareFixture(options: { created?: boolean } = {}): Promise<ShareFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'commerce-desk-share-'))
  const root = join(dir, 'server')
  const dataDir = join(dir, 'data')
  await mkdir(root)
  await mkdir(dataDir)
  const faults = createFaultFs()
  const newCore: ShareFixture['newCore'] = (o = {}) =>
    createShareCore({
      fs: faults.fs,
      now: o.now ?? (() => new Date()),
      renameRetry: o.renameRetry ?? TEST_RETRY,
      probeRenameRetry: TEST_RETRY,
    })
  const core = newCore()
  if (options.created !== false) await core.create({ root })
  // Tests count the calls of what they do, not of the setup.
  faults.calls.length = 0
  const share = join(root, 'AppSync')
  return {
    dir,
    root,
    share,
    dataDir,
    faults,
    core,
    newCore,
    async put(rel, data) {
      await mkdir(dirname(join(share, rel)), { recursive: true })
      await writeFile(join(share, rel), data)
    },
    async files(under = share) {
      try {
        const entries = await readdir(under, { recursive: true, withFileTypes: true })
        return entries
          .filter((e) => e.isFile())
          .map((e) => relative(under, join(e.parentPath, e.name)).split('\\').join('/'))
          .sort()
      } catch {
        return []
      }
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}

/** The AppFailure data a promise rejects with. */
export async function failureOf(promise: Promise<unknown>): Promise<{ code: string; params: unknown }> {
  try {
    await promise
  } catch (err) {
    const { code, params } = err as { code?: unknown; params?: unknown }
    if (typeof code === 'string') return { code, params }
    throw err
  }
  throw new Error('expected a failure')
}
