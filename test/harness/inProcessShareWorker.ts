/**
 * A share "worker" that runs the core in the test's own process, behind the
 * same message protocol (requests and replies go through a JSON round trip,
 * as over Node's IPC channel). For service tests that need no second
 * process; the process boundary itself is tested with forkNodeShareWorker.
 */
import type { ShareCore } from '../../electron/main/services/share/shareCore'
import { serveShareCore } from '../../electron/main/services/share/serveShareCore'
import type { ShareWorkerProcess } from '../../electron/main/services/share/workerProtocol'

export interface InProcessWorkers {
  spawn(): ShareWorkerProcess
  /** How many workers have been started. */
  readonly started: number
}

export function inProcessShareWorkers(makeCore: () => ShareCore): InProcessWorkers {
  let started = 0
  return {
    get started() {
      return started
    },
    spawn() {
      started += 1
      let alive = true
      const toParent: ((message: unknown) => void)[] = []
      const toWorker: ((message: unknown) => void)[] = []
      const exited: (() => void)[] = []
      serveShareCore(makeCore(), {
        onMessage: (listener) => toWorker.push(listener),
        send: (reply) => {
          if (alive) toParent.forEach((listener) => listener(JSON.parse(JSON.stringify(reply))))
        },
      })
      return {
        send: (message) => {
          const copy: unknown = JSON.parse(JSON.stringify(message))
          queueMicrotask(() => toWorker.forEach((listener) => listener(copy)))
        },
        onMessage: (listener) => toParent.push(listener),
        onExit: (listener) => exited.push(listener),
        kill: () => {
          if (!alive) return
          alive = false
          exited.forEach((listener) => listener())
        },
      }
    },
  }
}
