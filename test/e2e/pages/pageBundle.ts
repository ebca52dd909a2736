/**
 * Runs a function of the app's own modules in the page: the entry is bundled
 * with esbuild (the repositories and Dexie, as the app has them) and its
 * export called there. Seeds records through the very repositories the
 * screens use, each step with its role's checks and audit entries.
 */
import { build } from 'esbuild'
import type { Page } from '@playwright/test'

const bundles = new Map<string, Promise<string>>()

function bundle(file: string, exportName: string): Promise<string> {
  const key = `${file}#${exportName}`
  let text = bundles.get(key)
  if (!text) {
    text = build({
      stdin: {
        contents: `export { ${exportName} } from './${file}'`,
        resolveDir: 'test/e2e/pages',
        loader: 'ts',
      },
      // The page's CSP allows no eval, and zod decides whether to compile its
      // parsers when the schemas are built: tell the bundle's zod before its modules load.
      banner: {
        js: 'globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });',
      },
      bundle: true,
      format: 'iife',
      globalName: `__pageBundle_${exportName}`,
      platform: 'browser',
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      write: false,
      logLevel: 'silent',
    }).then((out) => out.outputFiles[0].text)
    bundles.set(key, text)
  }
  return text
}

/** Calls `exportName(arg)` of `test/e2e/pages/<file>` in the page and returns its result. */
export async function runInPage<A, R>(page: Page, file: string, exportName: string, arg: A): Promise<R> {
  await page.evaluate(await bundle(file, exportName))
  return page.evaluate(
    ({ name, a }) =>
      (window as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[
        `__pageBundle_${name}`
      ][name](a),
    { name: exportName, a: arg as unknown },
  ) as Promise<R>
}
