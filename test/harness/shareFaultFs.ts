/**
 * A fault-injecting file system for the share transport (SYNC.md acceptance
 * harness: "a file-system adapter that can fail, hang, tear and delay"). It is
 * the real node:fs/promises on a real folder; rules added at run time make a
 * chosen operation fail, hang, tear or wait for chosen paths, and every call
 * is recorded. faultyFs.ts does one fixed failure for the other services;
 * this one is for tests that change the faults while they run.
 */
import * as realFs from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import type { FsPort } from '../../electron/main/services/mainPorts'

export type FsOp =
  | 'mkdir'
  | 'open'
  | 'readFile'
  | 'readdir'
  | 'rename'
  | 'rm'
  | 'stat'
  | 'writeFile'
  /** A file handle's writeFile/write. */
  | 'write'
  /** A file handle's sync (fsync). */
  | 'sync'
  | 'close'

export type Fault =
  /** Throws an error with this errno code (ENOSPC, EPERM, EIO…). */
  | { kind: 'fail'; code: string }
  /** Never settles, like a call into a dead SMB share. */
  | { kind: 'hang' }
  /** Waits, then does the real operation. */
  | { kind: 'delay'; ms: number }
  /** write only: the first half of the bytes reach the disk, then the call fails with `code` or hangs. */
  | { kind: 'tear'; code?: string }
  /** readFile only: returns the bytes with the first one changed (a share handing back damaged data). */
  | { kind: 'garble' }

export interface FaultRule {
  op: FsOp
  /** Which paths: a substring of the path, or a test. rename matches its source or its target. */
  path: string | ((path: string) => boolean)
  fault: Fault
  /** How many matching calls it hits before it is spent; forever when absent. */
  times?: number
}

export interface FsCall {
  op: FsOp
  path: string
}

export interface FaultFs {
  fs: FsPort
  /** Adds a rule; the returned function removes it again. */
  add(rule: FaultRule): () => void
  clear(): void
  /** Every call made, in order. */
  readonly calls: FsCall[]
}

function errnoError(code: string, op: string, path: string): Error {
  return Object.assign(new Error(`${code}: simulated failure, ${op} '${path}'`), { code, syscall: op, path })
}

const never = () => new Promise<never>(() => undefined)
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

export function createFaultFs(base: FsPort = realFs): FaultFs {
  const rules: FaultRule[] = []
  const calls: FsCall[] = []

  /** The fault for this call, if a rule hits it (and counts the hit). */
  function faultFor(op: FsOp, ...paths: string[]): Fault | undefined {
    for (const path of paths.slice(0, 1)) calls.push({ op, path })
    const rule = rules.find(
      (r) =>
        r.op === op &&
        paths.some((p) => (typeof r.path === 'string' ? p.includes(r.path) : r.path(p))) &&
        (r.times === undefined || r.times > 0),
    )
    if (!rule) return undefined
    if (rule.times !== undefined) rule.times -= 1
    return rule.fault
  }

  /** Runs `real` under `fault`: fail, hang, delay; tear and garble are handled by their callers. */
  async function under<T>(
    fault: Fault | undefined,
    op: FsOp,
    path: string,
    real: () => Promise<T>,
  ): Promise<T> {
    if (fault?.kind === 'fail') throw errnoError(fault.code, op, path)
    if (fault?.kind === 'hang') return never()
    if (fault?.kind === 'delay') await sleep(fault.ms)
    return real()
  }

  function wrapHandle(handle: FileHandle, path: string): FileHandle {
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writeFile' || prop === 'write') {
          return async (data: string | Uint8Array, ...rest: unknown[]) => {
            const fault = faultFor('write', path)
            if (fault?.kind === 'tear') {
              const bytes = typeof data === 'string' ? Buffer.from(data) : data
              await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)))
              if (fault.code) throw errnoError(fault.code, 'write', path)
              return never()
            }
            const real = Reflect.get(target, prop, target) as (...args: unknown[]) => Promise<unknown>
            return under(fault, 'write', path, () => real.call(target, data, ...rest))
          }
        }
        if (prop === 'sync' || prop === 'close') {
          return async () => under(faultFor(prop, path), prop, path, () => target[prop]())
        }
        const value: unknown = Reflect.get(target, prop, target)
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
      },
    })
  }

  const fs: FsPort = {
    ...base,
    mkdir: ((path, options) =>
      under(faultFor('mkdir', String(path)), 'mkdir', String(path), () =>
        base.mkdir(path, options),
      )) as FsPort['mkdir'],
    open: async (path, flags, mode) => {
      const handle = await under(faultFor('open', String(path)), 'open', String(path), () =>
        base.open(path, flags, mode),
      )
      return wrapHandle(handle, String(path))
    },
    readFile: (async (path: string, options?: unknown) => {
      const fault = faultFor('readFile', String(path))
      const data = await under(fault, 'readFile', String(path), () =>
        (base.readFile as (p: string, o?: unknown) => Promise<Buffer | string>)(path, options),
      )
      if (fault?.kind !== 'garble' || typeof data === 'string' || data.length === 0) return data
      const copy = Buffer.from(data)
      copy[0] ^= 0xff
      return copy
    }) as FsPort['readFile'],
    readdir: ((path: string, options?: unknown) =>
      under(faultFor('readdir', String(path)), 'readdir', String(path), () =>
        (base.readdir as (p: string, o?: unknown) => Promise<unknown>)(path, options),
      )) as FsPort['readdir'],
    rename: (from, to) =>
      under(faultFor('rename', String(from), String(to)), 'rename', String(from), () =>
        base.rename(from, to),
      ),
    rm: (path, options) =>
      under(faultFor('rm', String(path)), 'rm', String(path), () => base.rm(path, options)),
    stat: ((path: string, options?: unknown) =>
      under(faultFor('stat', String(path)), 'stat', String(path), () =>
        (base.stat as (p: string, o?: unknown) => Promise<unknown>)(path, options),
      )) as FsPort['stat'],
    writeFile: (path, data, options) =>
      under(faultFor('writeFile', String(path)), 'writeFile', String(path), () =>
        base.writeFile(path, data, options),
      ),
  }

  return {
    fs,
    add(rule) {
      const own = { ...rule }
      rules.push(own)
      return () => {
        const i = rules.indexOf(own)
        if (i >= 0) rules.splice(i, 1)
      }
    },
    clear() {
      rules.length = 0
    },
    calls,
  }
}
