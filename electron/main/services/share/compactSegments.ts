/**
 * Compaction (SYNC.md "Snapshots/compaction"): a device removes its own
 * segments up to a number the caller has checked is covered by a snapshot
 * and acknowledged by every active PC. Only its own folder, only segment
 * files, and never its newest segment: the writer checks its chain on it at
 * every cycle, and an empty folder would read as a wiped share.
 */
import { join } from 'node:path'
import { segNoOf } from '../../../../shared/sync/segment'
import type { FsPort } from '../mainPorts'
import { assertShareThere, shareDir } from './shareRoot'
import { errnoOf } from './shareFailures'

export async function compactOwnSegments(
  fs: FsPort,
  root: string,
  deviceId: string,
  upTo: number,
): Promise<{ removed: number }> {
  await assertShareThere(fs, root)
  const dir = join(shareDir(root), 'devices', deviceId, 'seg')
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return { removed: 0 }
    throw err
  }
  const numbered = names
    .map((name) => ({ name, n: segNoOf(name) }))
    .filter((s): s is { name: string; n: number } => s.n !== null)
  const newest = Math.max(0, ...numbered.map((s) => s.n))
  let removed = 0
  for (const s of numbered) {
    if (s.n > upTo || s.n === newest) continue
    await fs.rm(join(dir, s.name), { force: true })
    removed += 1
  }
  return { removed }
}
