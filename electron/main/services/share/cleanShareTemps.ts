/**
 * Removes one device's leftover temp files: what a crash, a power cut or a
 * lost share left between a temp write and its rename (SYNC.md case 8).
 * Readers already ignore them; this only gives the space back. Another
 * device's temps are never touched (it may be writing them right now), nor
 * are this process's own temps still in flight.
 *
 * The blob shards are walked folder by folder: thousands of readdirs over SMB
 * on a share with many attachments, which is why this runs once at start-up
 * under the long (write) timeout, not on every cycle.
 */
import { join } from 'node:path'
import type { FsPort } from '../mainPorts'
import { BLOBS_FOLDER } from './shareBlobs'
import { assertRootThere, shareDir } from './shareRoot'
import { errnoOf } from './shareFailures'
import { type TempsInFlight, isTempOf } from './shareTemps'

async function namesIn(fs: FsPort, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (err) {
    const code = errnoOf(err)
    if (code === 'ENOENT' || code === 'ENOTDIR') return []
    throw err
  }
}

async function removeOwnTemps(fs: FsPort, dir: string, deviceId: string, inFlight: TempsInFlight) {
  let removed = 0
  for (const name of await namesIn(fs, dir)) {
    const path = join(dir, name)
    if (!isTempOf(name, deviceId) || inFlight.has(path)) continue
    await fs.rm(path, { force: true })
    removed += 1
  }
  return removed
}

export async function cleanShareTemps(
  fs: FsPort,
  root: string,
  deviceId: string,
  inFlight: TempsInFlight,
): Promise<{ removed: number }> {
  await assertRootThere(fs, root)
  const share = shareDir(root)
  const device = join(share, 'devices', deviceId)
  const dirs = [device, join(device, 'seg'), join(device, 'snap'), join(device, 'blocks')]
  const blobs = join(share, BLOBS_FOLDER)
  for (const first of await namesIn(fs, blobs)) {
    for (const second of await namesIn(fs, join(blobs, first))) dirs.push(join(blobs, first, second))
  }
  let removed = 0
  for (const dir of dirs) removed += await removeOwnTemps(fs, dir, deviceId, inFlight)
  return { removed }
}
