/**
 * The app's Content-Security-Policy. Sent as a header by Electron's session
 * and by the test host, and repeated in renderer/index.html's meta tag (a
 * file:// page gets no response headers). Nothing is loaded from outside the
 * app: no remote scripts, no remote connections. `style-src 'unsafe-inline'`
 * because Mantine writes style attributes and <style> tags at run time.
 * `worker-src 'self'` for the pdf.js worker of the attachment preview, a
 * module file of our own build: named outright so workers never follow a
 * loosened script-src, and so no blob: or data: worker can start. Neither
 * eval nor WebAssembly is allowed: the preview runs pdf.js without both.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
