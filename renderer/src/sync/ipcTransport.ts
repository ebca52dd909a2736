/** The engine's share, through main's `share` service (electron/main/services/share). */
import { api, unwrap } from '../ipc/api'
import type { ShareTransport } from './shareTransport'

export function ipcTransport(): ShareTransport {
  const share = () => api().share
  return {
    format: () => unwrap(share().format({})),
    list: (dir) => unwrap(share().list({ dir })),
    read: (path) => unwrap(share().read({ path })),
    writeImmutable: async (path, text, deviceId) => {
      await unwrap(share().writeImmutable({ path, text, deviceId }))
    },
    replaceTorn: async (path, text, deviceId, tornSha256) => {
      await unwrap(share().replaceTorn({ path, text, deviceId, tornSha256 }))
    },
    publishBlob: async (sha256, deviceId) => {
      await unwrap(share().publishBlob({ sha256, deviceId }))
    },
    fetchBlob: async (sha256) => (await unwrap(share().fetchBlob({ sha256 }))).outcome,
    compactSegments: async (deviceId, upTo) => {
      await unwrap(share().compactSegments({ deviceId, upTo }))
    },
    writeStatus: async (deviceId, text) => {
      await unwrap(share().writeStatus({ deviceId, text }))
    },
  }
}

/** Share clock minus this PC's, measured with a probe file on the configured share. */
export async function measureClockOffset(): Promise<number | null> {
  const config = await unwrap(api().share.config({}))
  if (!config.root) return null
  return (await unwrap(api().share.probe({ root: config.root }))).clockOffsetMs
}
