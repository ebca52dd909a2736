/**
 * A shell that starts nothing: each open and print is kept in `calls`, in
 * order, so the test host and unit tests can see what the app asked the
 * operating system to do (TestHost.shell in test/harness).
 */
import type { ShellPort } from '../services/mainPorts'

export interface ShellCall {
  verb: 'open' | 'print'
  /** The absolute path main handed over. */
  path: string
}

export interface RecordingShell extends ShellPort {
  readonly calls: readonly ShellCall[]
  clear(): void
}

export function createRecordingShell(): RecordingShell {
  const calls: ShellCall[] = []
  return {
    calls,
    clear: () => void calls.splice(0),
    openPath: async (path) => void calls.push({ verb: 'open', path }),
    printFile: async (path) => void calls.push({ verb: 'print', path }),
  }
}
