/**
 * The real shell: Electron's shell.openPath for the system viewer, and the
 * OS print verb for printing — on Windows `Start-Process -Verb Print` (the
 * PDF reader's own print command), elsewhere CUPS `lp`. The path goes to
 * PowerShell through an environment variable and to lp as an argument, never
 * through a command line a file name could break out of.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { shell } from 'electron'
import type { ShellPort } from '../services/mainPorts'

const run = promisify(execFile)

export function createElectronShell(platform: NodeJS.Platform = process.platform): ShellPort {
  return {
    async openPath(path) {
      // openPath resolves to an error message, '' on success; it does not reject.
      const failure = await shell.openPath(path)
      if (failure) throw new Error(failure)
    },
    async printFile(path) {
      if (platform === 'win32') {
        await run(
          'powershell.exe',
          [
            '-NoProfile',
            '-NonInteractive',
            '-Command',
            'Start-Process -FilePath $env:COMMERCE_DESK_PRINT -Verb Print',
          ],
          { env: { ...process.env, COMMERCE_DESK_PRINT: path }, windowsHide: true },
        )
        return
      }
      await run('lp', ['--', path])
    },
  }
}
