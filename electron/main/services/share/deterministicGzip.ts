/**
 * gzip whose bytes depend only on the text: zlib writes no name and a zero
 * mtime already, but the OS byte of the header is 3 on Unix and 10 on
 * Windows, so a snapshot written on the test host and on a PC would differ.
 * It is set to 255 ("unknown", RFC 1952) everywhere.
 */
import { gunzipSync, gzipSync } from 'node:zlib'

const OS_BYTE = 9
const OS_UNKNOWN = 255

export function deterministicGzip(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 })
  gz[OS_BYTE] = OS_UNKNOWN
  return gz
}

/** The text inside, or undefined when the bytes are not a complete gzip stream. */
export function gunzipText(data: Buffer): string | undefined {
  try {
    return gunzipSync(data).toString('utf8')
  } catch {
    return undefined
  }
}
