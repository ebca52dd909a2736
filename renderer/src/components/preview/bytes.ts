/**
 * Byte helpers for the preview. Attachments arrive as a `Uint8Array` that may
 * be a window onto a larger buffer (or, in principle, a shared one); the
 * browser APIs we feed want plain `ArrayBuffer`s of exactly the file.
 */

/** The same bytes typed for Blob, ImageData and friends; copies only when backed by a SharedArrayBuffer. */
export function plainBytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  if (data.buffer instanceof ArrayBuffer) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return new Uint8Array(data)
}

/** An `ArrayBuffer` holding exactly the file: the backing buffer itself when the view spans all of it, else a copy. */
export function exactArrayBuffer(data: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = data
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer
  return new Uint8Array(data).buffer
}
