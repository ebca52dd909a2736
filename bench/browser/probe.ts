/**
 * Injected before the app's own scripts (bundled by bench/browser/bundle.ts,
 * added with addInitScript): sees every React commit through the hook React
 * DevTools uses (production builds call it too), and times what a user sees.
 *
 * - first row: from the click on a menu entry to the first animation frame
 *   after the first list row is in the DOM;
 * - keystroke: from the key's first event (keydown, or input for text typed
 *   without a key) to the first animation frame after the last React commit
 *   it caused, so the search, React rendering the visible rows and the
 *   virtualiser's follow-up commits are all inside.
 */

interface Commit {
  at: number
  /** The animation frame after the commit; 0 until it runs. */
  frameAt: number
}

const commits: Commit[] = []
const MAX_COMMITS = 2000

const hook = {
  supportsFiber: true,
  renderers: new Map<number, unknown>(),
  inject: () => 1,
  onCommitFiberRoot: () => {
    const commit: Commit = { at: performance.now(), frameAt: 0 }
    commits.push(commit)
    if (commits.length > MAX_COMMITS) commits.splice(0, commits.length - MAX_COMMITS)
    requestAnimationFrame(() => (commit.frameAt = performance.now()))
  },
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  checkDCE: () => {},
}
Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', { value: hook, configurable: true })

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())))
const lastCommitAt = () => commits.at(-1)?.at ?? 0

/** Resolves once no React commit happened for `ms` (and at least one after `since`, if given). */
async function quiet(ms: number, since = -1, timeoutMs = 30_000): Promise<void> {
  const until = performance.now() + timeoutMs
  while (performance.now() < until) {
    const last = lastCommitAt()
    if (last > since && performance.now() - last >= ms) return
    await sleep(Math.min(50, ms))
  }
  throw new Error(`no quiet ${ms} ms within ${timeoutMs} ms`)
}

/** The earliest timestamp of any of `types` on window from now on (capture phase, before React). */
function firstEvent(types: readonly string[]): { at: () => number; stop: () => void } {
  let at = Infinity
  const listener = (e: Event) => (at = Math.min(at, e.timeStamp))
  for (const type of types) window.addEventListener(type, listener, true)
  return {
    at: () => at,
    stop: () => {
      for (const type of types) window.removeEventListener(type, listener, true)
    },
  }
}

export interface FirstRow {
  clickAt: number
  rowAt: number
  frameAt: number
  ms: number
}

let firstRow: Promise<FirstRow> | null = null

/** Arms the first-row timer; the next click starts it. */
function armFirstRow(selector = '[data-testid="list-row"]'): void {
  const click = firstEvent(['click'])
  firstRow = new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return
      observer.disconnect()
      click.stop()
      const rowAt = performance.now()
      void nextFrame().then((frameAt) =>
        done({ clickAt: click.at(), rowAt, frameAt, ms: frameAt - click.at() }),
      )
    })
    observer.observe(document.body, { childList: true, subtree: true })
  })
}

async function firstRowDone(): Promise<FirstRow> {
  if (!firstRow) throw new Error('armFirstRow first')
  return firstRow
}

export interface Keystroke {
  /** From the key's first event to the frame after the last commit it caused. */
  ms: number
  commits: number
  /** From the key to the frame after the count text last changed; null when it did not change. */
  countMs: number | null
  countText: string
  /** The focused input's value once done: the query the list searched. */
  inputValue: string
}

let keystroke: {
  events: ReturnType<typeof firstEvent>
  observer: MutationObserver
  countFrameAt: number | null
  since: number
} | null = null

/** Arms the keystroke timer; call before pressing the key. */
function armKey(countSelector = '[data-testid="list-count"]'): void {
  const count = document.querySelector(countSelector)
  if (!count) throw new Error(`${countSelector} not found`)
  const state = {
    events: firstEvent(['keydown', 'beforeinput', 'input']),
    observer: new MutationObserver(() => {
      state.countFrameAt = null
      void nextFrame().then((t) => (state.countFrameAt = t))
    }),
    countFrameAt: null as number | null,
    since: performance.now(),
  }
  state.observer.observe(count, { childList: true, characterData: true, subtree: true })
  keystroke = state
}

/** Waits until the keystroke's work is done (no commit for `quietMs`) and returns its timing. */
async function keyDone(quietMs = 250, countSelector = '[data-testid="list-count"]'): Promise<Keystroke> {
  const k = keystroke
  if (!k) throw new Error('armKey first')
  await quiet(quietMs, k.since)
  // The frame after the last commit has run by now (quietMs ≫ one frame).
  k.events.stop()
  k.observer.disconnect()
  keystroke = null
  const keyAt = k.events.at()
  const mine = commits.filter((c) => c.at >= keyAt)
  const last = mine.at(-1)
  if (!Number.isFinite(keyAt) || !last) throw new Error('the key caused no event or no commit')
  return {
    ms: last.frameAt - keyAt,
    commits: mine.length,
    countMs: k.countFrameAt === null ? null : k.countFrameAt - keyAt,
    countText: document.querySelector(countSelector)?.textContent ?? '',
    inputValue: document.activeElement instanceof HTMLInputElement ? document.activeElement.value : '',
  }
}

/** Resolves to the animation frame after `selector`'s text first contains `text`. */
function textFrame(selector: string, text: string): Promise<number> {
  return new Promise((done) => {
    const check = () => {
      if (!(document.querySelector(selector)?.textContent ?? '').includes(text)) return false
      observer.disconnect()
      void nextFrame().then(done)
      return true
    }
    const observer = new MutationObserver(check)
    if (!check()) observer.observe(document.body, { childList: true, characterData: true, subtree: true })
  })
}

const deskProbe = {
  quiet,
  armFirstRow,
  firstRowDone,
  armKey,
  keyDone,
  textFrame,
  commitCount: () => commits.length,
}

declare global {
  interface Window {
    deskProbe: typeof deskProbe
  }
}

window.deskProbe = deskProbe
