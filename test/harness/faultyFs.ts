/**
 * The real file system with one injected failure, for the disk errors a test
 * cannot cause on demand (a full disk; permission errors when running as
 * root). Everything else is the real node:fs/promises on a real folder.
 */
import * as fs from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import type { FsPort } from '../../electron/main/services/mainPorts'

export type FaultPoint = 'write' | 'sync' | 'rename'

function failure(code: string, op: string): Error {
  return Object.assign(new Error(`${code}: simulated failure, ${op}`), { code, syscall: op })
}

/** Fails `point` for files whose path matches `when` (default: every temp file). */
export function faultyFs(
  point: FaultPoint,
  code: string,
  when: (path: string) => boolean = (p) => p.endsWith('.tmp'),
): FsPort {
  return {
    ...fs,
    async open(path, flags, mode) {
      const handle = await fs.open(path, flags, mode)
      return when(String(path)) ? faultyHandle(handle, point, code) : handle
    },
    async rename(from, to) {
      if (point === 'rename' && when(String(from))) throw failure(code, 'rename')
      return fs.rename(from, to)
    },
  }
}

function faultyHandle(handle: FileHandle, point: FaultPoint, code: string): FileHandle {
  return new Proxy(handle, {
    get(target, prop) {
      if (prop === 'writeFile' && point === 'write') {
        // Half the bytes reach the disk before it fills up, as in real life.
        return async (data: string | Uint8Array) => {
          const bytes = typeof data === 'string' ? Buffer.from(data) : data
          await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)))
          throw failure(code, 'write')
        }
      }
      if (prop === 'sync' && point === 'sync') return async () => Promise.reject(failure(code, 'fsync'))
      const value: unknown = Reflect.get(target, prop, target)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
}
