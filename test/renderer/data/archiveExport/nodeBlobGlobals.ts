/**
 * The two browser globals dexie-export-import needs, which Node 20 lacks:
 * `self` (read when the module loads) and FileReader (to read blobs). Import
 * this before anything that imports dexie-export-import.
 */
import 'fake-indexeddb/auto'
class NodeFileReader {
  result: ArrayBuffer | null = null
  onload: ((ev: { target: NodeFileReader }) => void) | null = null
  onerror: ((ev: { target: { error: unknown } }) => void) | null = null
  onabort: (() => void) | null = null
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer
        this.onload?.({ target: this })
      },
      (error: unknown) => this.onerror?.({ target: { error } }),
    )
  }
}

const g = globalThis as Record<string, unknown>
g.self ??= globalThis
g.FileReader ??= NodeFileReader
