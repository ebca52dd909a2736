/**
 * The whole app without Electron: serves the built renderer over HTTP on
 * 127.0.0.1 with the same CSP as the desktop shell, installs `window.api`
 * before the page's own scripts, and answers it with the same main services
 * (`createMainServices` over plain Node ports) through the same `dispatch`.
 * Playwright drives Debian's Chromium against it.
 */
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { MainServices } from '../../shared/ipc/contract'
import { badRequest, dispatch } from '../../shared/ipc/dispatch'
import type { Result } from '../../shared/errors/appFailure'
import { methodList } from '../../shared/ipc/methods'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp'
import { createNodePorts } from '../../electron/main/platform/nodePorts'
import { type RecordingShell, createRecordingShell } from '../../electron/main/platform/recordingShell'
import { createMainServices } from '../../electron/main/services'
import { resolveInside } from '../../electron/main/services/fsUtil/resolveInside'
import { BRIDGE_PATH, IPC_PREFIX, bridgeScript, injectBridge } from './bridgeScript'
import { contentTypeOf } from './contentTypes'
import { BodyTooLarge, readBody } from './readBody'

/** Backup exports travel in one request; refuse anything larger than any real one. */
export const MAX_BODY_BYTES = 256 * 1024 * 1024
const HOST = '127.0.0.1'
const repoRoot = resolve(import.meta.dirname, '..', '..')

export interface TestHostOptions {
  /** Built renderer folder, relative to the repository root. */
  rendererDir?: string
  /** Main's data folder; a fresh temp folder (removed on close) when absent. */
  dataDir?: string
  /** 0 picks a free port. */
  port?: number
}

export interface TestHost {
  /** `http://127.0.0.1:<port>/` */
  url: string
  dataDir: string
  /** The very services the page talks to, for seeding and checking from a test. */
  services: MainServices
  /** Every file the app asked the system to open or print (documents.open/print), in order; nothing is started. */
  shell: RecordingShell
  close(): Promise<void>
}

export async function createTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const rendererDir = resolve(repoRoot, options.rendererDir ?? 'out/renderer')
  await assertBuilt(rendererDir)
  const ownsDataDir = options.dataDir === undefined
  const dataDir = options.dataDir
    ? resolve(options.dataDir)
    : await mkdtemp(join(tmpdir(), 'commerce-desk-host-'))
  await mkdir(dataDir, { recursive: true })
  const appVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
    .version
  const shell = createRecordingShell()
  const services = createMainServices(createNodePorts({ dataDir, appVersion, desktop: false, shell }))
  const bridge = bridgeScript(methodList)

  let origin = ''
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error')
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only our own origin: a page elsewhere, or a DNS-rebound name, gets nothing.
    if (req.headers.host !== new URL(origin).host) return send(res, 403, 'text/plain', 'forbidden host')
    const rawPath = (req.url ?? '/').split(/[?#]/)[0]
    if (rawPath.startsWith(IPC_PREFIX)) return handleIpc(req, res, rawPath.slice(IPC_PREFIX.length))
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'method not allowed')
    if (rawPath === BRIDGE_PATH) return send(res, 200, contentTypeOf('bridge.js'), bridge, req.method)
    return serveStatic(req, res, rawPath)
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed')
    if (req.headers.origin !== undefined && req.headers.origin !== origin)
      return send(res, 403, 'text/plain', 'forbidden origin')
    const [service, method, ...extra] = rest.split('/')
    if (extra.length > 0 || !service || !method) return send(res, 404, 'text/plain', 'not found')
    let body: Buffer
    try {
      body = await readBody(req, MAX_BODY_BYTES)
    } catch (err) {
      if (!(err instanceof BodyTooLarge)) throw err
      res.setHeader('Connection', 'close')
      return sendResult(res, 413, badRequest(service, method, 'body'))
    }
    let request: unknown
    try {
      request = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'))
    } catch {
      return sendResult(res, 200, badRequest(service, method, ''))
    }
    return sendResult(res, 200, await dispatch(services, service, method, request))
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    let path: string
    try {
      path = decodeURIComponent(rawPath)
    } catch {
      return send(res, 400, 'text/plain', 'bad path')
    }
    const file = resolveInside(rendererDir, `.${path === '/' ? '/index.html' : path}`)
    if (!file || !(await isFile(file))) return send(res, 404, 'text/plain', 'not found')
    const content = await readFile(file)
    if (file === join(rendererDir, 'index.html')) {
      return send(res, 200, contentTypeOf(file), injectBridge(content.toString('utf8')), req.method)
    }
    return send(res, 200, contentTypeOf(file), content, req.method)
  }

  await listen(server, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  origin = `http://${HOST}:${port}`

  return {
    url: `${origin}/`,
    dataDir,
    services,
    shell,
    async close() {
      await new Promise<void>((done) => {
        server.close(() => done())
        // Chromium keeps connections alive; without this close() waits for them.
        server.closeAllConnections()
      })
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true })
    },
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  method = 'GET',
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  })
  res.end(method === 'HEAD' ? undefined : body)
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result))
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

async function assertBuilt(rendererDir: string): Promise<void> {
  if (!(await isFile(join(rendererDir, 'index.html')))) {
    throw new Error(`No built renderer at ${rendererDir} (index.html missing): run \`npm run build\` first.`)
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail)
    // 127.0.0.1 only: the host writes to disk on request and must not be reachable from the network.
    server.listen(port, HOST, () => {
      server.off('error', fail)
      done()
    })
  })
}
