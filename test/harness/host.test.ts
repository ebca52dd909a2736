import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp'
import { type TestHost, createTestHost } from './createTestHost'

/** A raw request, so paths like `/../x` reach the server unnormalised (fetch would clean them). */
function raw(
  url: string,
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = httpRequest(
      new URL(url),
      { path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        )
      },
    )
    req.on('error', fail)
    req.end(init.body)
  })
}

const post = (host: TestHost, path: string, body: string) =>
  fetch(new URL(path, host.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe('createTestHost', () => {
  let rendererDir: string
  let host: TestHost
  beforeAll(async () => {
    rendererDir = await mkdtemp(join(tmpdir(), 'commerce-desk-renderer-'))
    await writeFile(
      join(rendererDir, 'index.html'),
      '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>' +
        '<script type="module" src="/assets/main.js"></script></head><body>空</body></html>',
    )
    await writeFile(join(rendererDir, 'main.js'), 'export {}')
    // The host resolves rendererDir against the repository root, as the fixtures pass 'out/renderer'.
    host = await createTestHost({ rendererDir: relative(join(import.meta.dirname, '..', '..'), rendererDir) })
  })
  afterAll(async () => {
    await host.close()
    await rm(rendererDir, { recursive: true, force: true })
  })

  it('sends the same CSP header as the desktop shell when serving the page', async () => {
    const res = await fetch(host.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
  })

  it('injects the bridge as the first script in <head> when serving index.html', async () => {
    const html = await (await fetch(host.url)).text()
    const head = /<head>(.*)<\/head>/s.exec(html)?.[1] ?? ''
    expect(head.startsWith('<script src="/__harness/bridge.js"></script>')).toBe(true)
    expect(head.indexOf('/__harness/bridge.js')).toBeLessThan(head.indexOf('/assets/main.js'))
    expect(await (await fetch(new URL('/index.html', host.url))).text()).toBe(html)
  })

  it('serves the bridge as JavaScript that lists every channel when asked', async () => {
    const res = await fetch(new URL('/__harness/bridge.js', host.url))
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const text = await res.text()
    expect(text).toContain('"service":"backup","method":"read"')
    expect(text).toContain("Object.defineProperty(window, 'api'")
  })

  it('serves other files with their content type when they exist', async () => {
    const res = await fetch(new URL('/main.js', host.url))
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await res.text()).toBe('export {}')
  })

  it('answers a well-formed call with the service result', async () => {
    const res = await post(host, '/__ipc/auth/hashPassword', JSON.stringify({ password: '密码' }))
    const body = (await res.json()) as { ok: boolean; value: { hash: string } }
    expect(body.ok).toBe(true)
    expect(body.value.hash).toMatch(/^scrypt\$16384\$8\$1\$/)
  })

  it('answers share:config with no share chosen in a fresh data folder', async () => {
    const res = await post(host, '/__ipc/share/config', '{}')
    expect(await res.json()).toEqual({ ok: true, value: { root: null, shareId: null } })
  })

  it('uses the data folder it reports when a service writes', async () => {
    const res = await post(host, '/__ipc/app/info', '{}')
    expect(await res.json()).toMatchObject({ ok: true, value: { desktop: false, dataDir: host.dataDir } })
    await post(host, '/__ipc/backup/write', JSON.stringify({ content: '{"a":1}', reason: 'manual' }))
    expect((await host.services.backup.list({})).items).toHaveLength(1)
  })

  it('records the documents the page asks to open or print, starting nothing', async () => {
    const model = {
      style: 'form',
      type: '报价单',
      number: 'BJ-1',
      company: '公司',
      title: '报价单',
      issuedAt: '2025-03-18T09:30:00+08:00',
      blocks: [{ kind: 'paragraph', text: '报价' }],
    }
    const saved = (await (await post(host, '/__ipc/documents/save', JSON.stringify({ model }))).json()) as {
      value: { path: string; fullPath: string }
    }
    expect(saved.value.path).toBe('报价单/2025-03/BJ-1.pdf')
    await post(host, '/__ipc/documents/print', JSON.stringify({ path: saved.value.path }))
    await post(host, '/__ipc/documents/open', JSON.stringify({ path: '../x.pdf' }))
    expect(host.shell.calls).toEqual([{ verb: 'print', path: saved.value.fullPath }])
    host.shell.clear()
    expect(host.shell.calls).toEqual([])
  }, 60_000)

  it.each([
    ['not JSON', '{password:'],
    ['a wrong type', '{"password":1}'],
    ['an empty body', ''],
  ])('answers ipc.badRequest without crashing when the body is %s', async (_label, body) => {
    const res = await post(host, '/__ipc/auth/hashPassword', body)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'ipc.badRequest' } })
  })

  it('answers ipc.unknownMethod when the method does not exist', async () => {
    const res = await post(host, '/__ipc/auth/dropTables', '{}')
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'ipc.unknownMethod' } })
  })

  it('refuses a body over the limit before reading it', async () => {
    const res = await raw(host.url, '/__ipc/backup/write', {
      method: 'POST',
      headers: { 'content-length': String(256 * 1024 * 1024 + 1) },
    })
    expect(res.status).toBe(413)
  })

  it.each(['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/%00', '/nope.js'])(
    'answers 404 when the path %s is outside the renderer or missing',
    async (path) => {
      const res = await raw(host.url, path)
      expect(res.status).toBe(404)
      expect(res.body).not.toContain('"name"')
    },
  )

  it('refuses a call when it comes from another origin', async () => {
    const res = await raw(host.url, '/__ipc/app/info', {
      method: 'POST',
      body: '{}',
      headers: { origin: 'http://evil.test' },
    })
    expect(res.status).toBe(403)
  })

  it('refuses a request when the Host header names another host', async () => {
    const res = await raw(host.url, '/', { headers: { host: 'evil.test' } })
    expect(res.status).toBe(403)
  })

  it('listens on 127.0.0.1 only when started', async () => {
    const url = new URL(host.url)
    expect(url.hostname).toBe('127.0.0.1')
    // Another loopback address answers only if the server were bound to every
    // interface; the probe stays on this machine's loopback.
    for (const other of ['127.0.0.2', '[::1]']) {
      const reached = await raw(`http://${other}:${url.port}/`, '/').then(
        () => true,
        () => false,
      )
      expect(reached, other).toBe(false)
    }
  })
})
