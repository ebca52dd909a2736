/**
 * Where Debian's Chromium is. Playwright must never download a browser here
 * (no internet on build and CI machines), so it always launches this one.
 */
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`)
  }
  const found = CANDIDATES.find((path) => existsSync(path))
  if (found) return found
  throw new Error(
    `No Chromium found (looked at ${CANDIDATES.join(', ')}). ` +
      'Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  )
}
