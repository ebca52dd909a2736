// Copies the four Noto SC faces the PDF engine uses from their npm packages
// into resources/fonts/, which electron-builder ships beside the app (see
// electron-builder.yml). The fonts are OFL and ~50 MB, so they are never
// committed; `npm run build` runs this first.
import { copyFile, mkdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'resources', 'fonts')

const FONTS = [
  ['@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-serif-sc', '700Bold/NotoSerifSC_700Bold.ttf'],
  ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'],
  ['@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'],
]

await mkdir(target, { recursive: true })
for (const [pkg, file] of FONTS) {
  const source = join(dirname(require.resolve(`${pkg}/package.json`)), file)
  const dest = join(target, file.split('/').pop())
  // Skip an identical copy so repeated builds stay fast.
  const [from, to] = await Promise.all([stat(source), stat(dest).catch(() => null)])
  if (to && to.size === from.size && to.mtimeMs >= from.mtimeMs) continue
  await copyFile(source, dest)
}
console.log(`fonts copied to ${target}`)
