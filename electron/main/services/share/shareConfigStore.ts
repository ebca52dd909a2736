/**
 * Which share this PC uses: `<dataDir>/share.json`, on the local disk, read
 * and written by main itself (never through the worker: it must answer even
 * while the share hangs). Written atomically; forgetting the share writes
 * nulls rather than deleting the file.
 */
import { join } from 'node:path'
import type { ShareConfig } from '../../../../shared/ipc/shareContract'
import type { FsPort } from '../mainPorts'
import { writeFileAtomic } from '../fsUtil/writeFileAtomic'
import { errnoOf } from './shareFailures'

export const SHARE_CONFIG_FILE = 'share.json'

const NONE: ShareConfig = { root: null, shareId: null }

export interface ShareConfigStore {
  read(): Promise<ShareConfig>
  write(config: ShareConfig): Promise<void>
}

export function createShareConfigStore(fs: FsPort, dataDir: string): ShareConfigStore {
  const path = join(dataDir, SHARE_CONFIG_FILE)
  return {
    async read() {
      let text: string
      try {
        text = await fs.readFile(path, 'utf8')
      } catch (err) {
        if (errnoOf(err) === 'ENOENT') return NONE
        throw err
      }
      let value: Partial<ShareConfig>
      try {
        value = JSON.parse(text) as Partial<ShareConfig>
      } catch {
        // Written atomically, so only a hand edit gets here: the user picks the folder again.
        return NONE
      }
      const root = typeof value.root === 'string' ? value.root : null
      const shareId = typeof value.shareId === 'string' ? value.shareId : null
      // Both or neither: a half-written config means "not configured".
      return root && shareId ? { root, shareId } : NONE
    },
    async write(config) {
      await fs.mkdir(dataDir, { recursive: true })
      await writeFileAtomic(fs, path, `${JSON.stringify(config, null, 2)}\n`)
    },
  }
}
