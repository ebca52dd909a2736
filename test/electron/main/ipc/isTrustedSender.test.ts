import { describe, expect, it } from 'vitest'
import { type SenderFacts, isTrustedSender } from '../../../../electron/main/ipc/isTrustedSender'

const fileApp = 'file:///opt/%E5%95%86%E5%8A%A1%E9%83%A8/resources/app.asar/out/renderer/index.html'
const devApp = 'http://localhost:5173'
const ours = (url: string, over: Partial<SenderFacts> = {}): SenderFacts => ({
  url,
  isMainFrame: true,
  fromAppWindow: true,
  ...over,
})

describe('isTrustedSender', () => {
  it('trusts the main frame of our window when it shows our built page', () => {
    expect(isTrustedSender(ours(fileApp), fileApp)).toBe(true)
  })

  it('trusts our built page when it is on another #route or has a query', () => {
    expect(isTrustedSender(ours(`${fileApp}#/contracts/42`), fileApp)).toBe(true)
    expect(isTrustedSender(ours(`${fileApp}?x=1#/`), fileApp)).toBe(true)
  })

  it('trusts the dev server page when it runs under electron-vite dev', () => {
    expect(isTrustedSender(ours('http://localhost:5173/#/home'), devApp)).toBe(true)
    expect(isTrustedSender(ours('http://localhost:5173/index.html'), `${devApp}/`)).toBe(true)
  })

  it('refuses an iframe when it sends from inside our page', () => {
    expect(isTrustedSender(ours(fileApp, { isMainFrame: false }), fileApp)).toBe(false)
  })

  it('refuses a page when it is not in our window', () => {
    expect(isTrustedSender(ours(fileApp, { fromAppWindow: false }), fileApp)).toBe(false)
  })

  it.each([
    ['another local file', 'file:///tmp/evil.html'],
    [
      'a sibling of our page',
      'file:///opt/%E5%95%86%E5%8A%A1%E9%83%A8/resources/app.asar/out/renderer/other.html',
    ],
    [
      'a file on another host',
      'file://server/opt/%E5%95%86%E5%8A%A1%E9%83%A8/resources/app.asar/out/renderer/index.html',
    ],
    ['a web page', 'https://example.com/'],
    ['a blank page', 'about:blank'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['a gone frame', ''],
  ])('refuses %s when our app is the built file', (_label, url) => {
    expect(isTrustedSender(ours(url), fileApp)).toBe(false)
  })

  it.each([
    ['another port', 'http://localhost:5174/'],
    ['another host', 'http://127.0.0.2:5173/'],
    ['https on the same host', 'https://localhost:5173/'],
    ['a local file', fileApp],
  ])('refuses %s when our app is the dev server', (_label, url) => {
    expect(isTrustedSender(ours(url), devApp)).toBe(false)
  })

  it('refuses everything when the app URL is not a page URL', () => {
    expect(isTrustedSender(ours('about:blank'), 'about:blank')).toBe(false)
    expect(isTrustedSender(ours(fileApp), 'not a url')).toBe(false)
  })
})
