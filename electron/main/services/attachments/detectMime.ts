/**
 * The type of a file from its first bytes ("magic numbers"), never from its
 * name: a renamed .exe stays refused, a scan saved as .dat is still a PDF.
 */
import type { AttachmentMime } from '../../../../shared/ipc/contract'

const signatures: readonly (readonly [AttachmentMime, readonly number[]])[] = [
  // %PDF-
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  // II*\0 (little-endian) and MM\0* (big-endian)
  ['image/tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['image/tiff', [0x4d, 0x4d, 0x00, 0x2a]],
]

export function detectMime(data: Uint8Array): AttachmentMime | undefined {
  for (const [mime, magic] of signatures) {
    if (data.length >= magic.length && magic.every((byte, i) => data[i] === byte)) return mime
  }
  return undefined
}
