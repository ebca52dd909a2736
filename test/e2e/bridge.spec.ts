/**
 * Proves the test host end to end in real Chromium: the bridge exists before
 * the page's own script runs, calls reach the real main services, the CSP
 * header is enforced. Uses a tiny page of its own, not the app.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { type TestHost, createTestHost } from '../harness/createTestHost'

const page = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>bridge</title>
  <script src="/probe.js"></script>
  <script>document.documentElement.dataset.inline = 'ran'</script>
</head>
<body><pre id="info">…</pre><pre id="bad">…</pre><pre id="verify">…</pre></body>
</html>`

// A classic script in <head>: it runs before the body exists, so it can only
// see window.api if the bridge really came first.
const probe = `
window.apiSeenEarly = typeof window.api === 'object' && window.api !== null;
const show = (id, value) => { document.getElementById(id).textContent = JSON.stringify(value) };
addEventListener('DOMContentLoaded', async () => {
  show('info', await window.api.app.info({}));
  show('bad', await window.api.auth.hashPassword({ password: 42 }));
  const { value } = await window.api.auth.hashPassword({ password: '正确的密码' });
  show('verify', await window.api.auth.verifyPassword({ account: 'zhang', password: '正确的密码', hash: value.hash }));
});
`

let rendererDir: string
let host: TestHost

test.beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'commerce-desk-bridge-'))
  await writeFile(join(rendererDir, 'index.html'), page)
  await writeFile(join(rendererDir, 'probe.js'), probe)
  host = await createTestHost({ rendererDir })
})

test.afterAll(async () => {
  await host?.close()
  await rm(rendererDir, { recursive: true, force: true })
})

test('window.api reaches the real main services through the test host', async ({ page: tab }) => {
  await tab.goto(host.url)
  await expect(tab.locator('#info')).toContainText('商务部工作台')
  const info = JSON.parse((await tab.locator('#info').textContent()) ?? '') as unknown
  expect(info).toEqual({
    ok: true,
    value: {
      name: '商务部工作台',
      version: expect.any(String),
      platform: process.platform,
      desktop: false,
      dataDir: host.dataDir,
    },
  })
  expect(await tab.evaluate(() => (window as unknown as { apiSeenEarly: boolean }).apiSeenEarly)).toBe(true)

  await expect(tab.locator('#bad')).toContainText('ipc.badRequest')
  await expect(tab.locator('#verify')).toHaveText('{"ok":true,"value":{"ok":true}}')

  // The CSP header forbids inline script, as in the desktop shell.
  expect(await tab.evaluate(() => document.documentElement.dataset.inline)).toBeUndefined()
  // window.api cannot be replaced by page code.
  expect(await tab.evaluate(() => Object.isFrozen((window as unknown as { api: object }).api))).toBe(true)
})
