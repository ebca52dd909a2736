/**
 * The database export read back in pieces for a restore, each cut on a
 * character boundary so every piece is valid UTF-8 text on its own.
 */
import { join } from 'node:path'
import { RECORDS_FILE } from '../../../../shared/archive/archiveManifest'
import type { FsPort } from '../mainPorts'

/** 4 MB: small for IPC, large enough that a 100 MB export is 25 requests. */
export const RECORDS_PIECE_BYTES = 4 * 1024 * 1024

export async function readRecordsPiece(
  fs: FsPort,
  dir: string,
  offset: number,
  pieceBytes = RECORDS_PIECE_BYTES,
): Promise<{ text: string; nextOffset: number | null }> {
  const handle = await fs.open(join(dir, ...RECORDS_FILE.split('/')), 'r')
  try {
    const size = (await handle.stat()).size
    if (offset >= size) return { text: '', nextOffset: null }
    const buffer = Buffer.allocUnsafe(Math.min(pieceBytes, size - offset))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
    let end = bytesRead
    const atEnd = offset + bytesRead >= size
    if (!atEnd) {
      // Back up to the first byte of the last character (continuation bytes are 10xxxxxx) and leave it for the next piece.
      let lead = end - 1
      while (lead > 0 && (buffer[lead] & 0xc0) === 0x80) lead--
      end = lead
    }
    return { text: buffer.subarray(0, end).toString('utf8'), nextOffset: atEnd ? null : offset + end }
  } finally {
    await handle.close().catch(() => undefined)
  }
}
