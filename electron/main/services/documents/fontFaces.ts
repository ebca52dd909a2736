/**
 * Which font file each document style uses, and where to find it. Contracts
 * are set in Noto Serif SC, forms in Noto Sans SC (both OFL, from the
 * @expo-google-fonts npm packages). The packaged app finds them in
 * resources/fonts (copied there by scripts/copyFonts.mjs at build time);
 * tests and the test host read them straight from node_modules.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { DocumentStyle } from '../../../../shared/documents/documentModel'

export type FontWeight = 'regular' | 'bold'

/** Gives the path of a font file by its name, e.g. NotoSerifSC_400Regular.ttf. */
export type FontLocator = (fileName: string) => string

const PACKAGES = {
  contract: '@expo-google-fonts/noto-serif-sc',
  form: '@expo-google-fonts/noto-sans-sc',
} as const satisfies Record<DocumentStyle, string>

const FILES = {
  contract: { regular: 'NotoSerifSC_400Regular.ttf', bold: 'NotoSerifSC_700Bold.ttf' },
  form: { regular: 'NotoSansSC_400Regular.ttf', bold: 'NotoSansSC_700Bold.ttf' },
} as const satisfies Record<DocumentStyle, Record<FontWeight, string>>

const WEIGHT_FOLDERS: Record<FontWeight, string> = { regular: '400Regular', bold: '700Bold' }

export function fontFileName(style: DocumentStyle, weight: FontWeight): string {
  return FILES[style][weight]
}

/** Fonts copied flat into one folder (resources/fonts in the packaged app). */
export function fontsInFolder(dir: string): FontLocator {
  return (fileName) => join(dir, fileName)
}

/** Fonts read where npm installed them; needs no build step. */
export function fontsInNodeModules(): FontLocator {
  const require = createRequire(import.meta.url)
  return (fileName) => {
    const style = (Object.keys(FILES) as DocumentStyle[]).find((s) =>
      Object.values(FILES[s]).includes(fileName as never),
    )
    if (!style) throw new Error(`unknown font file ${fileName}`)
    const weight = (Object.keys(FILES[style]) as FontWeight[]).find((w) => FILES[style][w] === fileName)!
    const pkgDir = dirname(require.resolve(`${PACKAGES[style]}/package.json`))
    return join(pkgDir, WEIGHT_FOLDERS[weight], fileName)
  }
}
