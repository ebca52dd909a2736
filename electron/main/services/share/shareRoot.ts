/**
 * The share's root folder and the paths under it. Every path that came over
 * IPC is checked against its shape again and resolved inside <root>/AppSync
 * here, in the process that touches the files.
 */
import { join } from 'node:path'
import { SHARE_FOLDER } from '../../../../shared/ipc/shareContract'
import type { FsPort } from '../mainPorts'
import { resolveInside } from '../fsUtil/resolveInside'
import { errnoOf, shareFailure } from './shareFailures'

const UNC = /^\\\\[^\\/]+[\\/][^\\/]+/
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/

/**
 * Whether `root` may name a share: an absolute path of this platform or a UNC
 * path (`\\server\share\folder`), and no NUL. A UNC path is accepted on every
 * platform: the desktop app runs on Windows, where it is the normal form, and
 * on any other host (the test host on Linux) the first file call then fails
 * and the user sees share.offline — the same answer an unreachable server
 * gives — rather than a second validation rule that exists only off Windows.
 * Drive-relative Windows forms (`\folder`, `C:folder`) are refused: what they
 * name depends on the current drive and folder of the process.
 */
export function isShareRoot(root: string, platform: string): boolean {
  if (root.includes('\0') || root.trim() !== root || root === '') return false
  if (UNC.test(root)) return true
  return platform === 'win32' ? WINDOWS_DRIVE.test(root) : root.startsWith('/')
}

export function assertShareRoot(root: string, platform: string): void {
  if (!isShareRoot(root, platform)) throw shareFailure('badRoot', { root })
}

export function shareDir(root: string): string {
  return join(root, SHARE_FOLDER)
}

/**
 * `rel` as a path inside <root>/AppSync. The request schema has already
 * refused any other shape, so a refusal here is a bug in main, not a user
 * error: it stays an internal error.
 */
export function sharePath(root: string, rel: string, pattern: RegExp): string {
  const full = pattern.test(rel) ? resolveInside(shareDir(root), rel) : undefined
  if (!full) throw new Error(`share path refused: ${JSON.stringify(rel)}`)
  return full
}

/** Whether `path` is a folder; false when it is missing or not a folder. */
async function isFolder(fs: FsPort, path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory()
  } catch (err) {
    const code = errnoOf(err)
    if (code === 'ENOENT' || code === 'ENOTDIR') return false
    throw err
  }
}

/**
 * The root must be there: it is never created (a missing root is a
 * disconnected drive or a wrong path, never "no data").
 */
export async function assertRootThere(fs: FsPort, root: string): Promise<void> {
  if (!(await isFolder(fs, root))) throw shareFailure('offline', { reason: 'ENOENT' })
}

/**
 * Before a write: the root and <root>/AppSync must both be there. Only
 * create() makes AppSync; a write into an emptied share would otherwise
 * rebuild a share without FORMAT.json under someone else's feet.
 */
export async function assertShareThere(fs: FsPort, root: string): Promise<void> {
  await assertRootThere(fs, root)
  if (!(await isFolder(fs, shareDir(root)))) throw shareFailure('notAShare', { root })
}
