/**
 * The share worker as a plain Node child process: the test host and vitest
 * (Electron binds utilityProcess instead, platform/electronPorts.ts). From
 * source, the .ts entry runs under tsx; from a build, the bundled .js.
 */
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ShareWorkerProcess } from './workerProtocol'

/**
 * The worker entry beside this module: shareWorker.ts in the source tree;
 * when this module is bundled into out/main (or a chunk folder below it),
 * the shareWorker.js entry electron-vite builds there.
 */
export function defaultShareWorkerEntry(): string {
  const here = import.meta.dirname
  const candidates = [
    join(here, 'shareWorker.ts'),
    join(here, 'shareWorker.js'),
    join(here, '..', 'shareWorker.js'),
  ]
  const found = candidates.find((path) => existsSync(path))
  if (!found) throw new Error(`share worker entry not found beside ${here}`)
  return found
}

/** `--import tsx` by absolute URL, so it resolves whatever the child's working folder. */
function tsxImport(): string[] {
  const loader = createRequire(import.meta.url).resolve('tsx')
  return ['--import', pathToFileURL(loader).href]
}

export function forkNodeShareWorker(
  entry = defaultShareWorkerEntry(),
  args: string[] = [],
): ShareWorkerProcess {
  const child = fork(entry, args, {
    // Not the parent's flags (vitest's, the inspector's): only what the entry needs.
    execArgv: entry.endsWith('.ts') ? tsxImport() : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  // An idle worker must not keep the test host or a test run alive; a call in
  // progress keeps the parent alive through its own deadline timer.
  child.unref()
  child.channel?.unref()
  // A child that could not start or lost its channel may emit 'error' without
  // 'exit'; either ends it for main (the client retires a worker only once).
  const ended: (() => void)[] = []
  const end = () => ended.forEach((listener) => listener())
  child.once('exit', end)
  child.on('error', end)
  return {
    send: (message) => {
      // The callback turns a send on a closed channel into nothing instead of an 'error' event.
      child.send(message, undefined, {}, () => undefined)
    },
    onMessage: (listener) => {
      child.on('message', listener)
    },
    onExit: (listener) => {
      ended.push(listener)
    },
    kill: () => {
      child.kill('SIGKILL')
    },
  }
}
