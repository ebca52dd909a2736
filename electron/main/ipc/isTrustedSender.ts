/**
 * Decides whether an IPC call may reach the services: only the main frame of
 * our own window, showing our own page. An iframe, a second window or a page
 * that somehow navigated elsewhere is refused. Pure, so it is unit-tested
 * without Electron.
 */
export interface SenderFacts {
  /** URL of the frame that sent the message ('' when the frame is gone). */
  url: string
  /** The frame is the top-level frame of its page. */
  isMainFrame: boolean
  /** The page belongs to the app's main window. */
  fromAppWindow: boolean
}

/**
 * `appUrl` is either the file:// URL of out/renderer/index.html (compared by
 * path, ignoring the #route and ?query) or the dev server's URL (compared by
 * origin).
 */
export function isTrustedSender(sender: SenderFacts, appUrl: string): boolean {
  if (!sender.isMainFrame || !sender.fromAppWindow) return false
  const from = parseUrl(sender.url)
  const app = parseUrl(appUrl)
  if (!from || !app) return false
  if (app.protocol === 'file:') {
    return from.protocol === 'file:' && from.host === app.host && from.pathname === app.pathname
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    return from.origin === app.origin
  }
  return false
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}
