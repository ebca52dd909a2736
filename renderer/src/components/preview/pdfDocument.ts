/**
 * pdf.js for the preview, loaded on first use so the app's entry chunk stays
 * small. Everything it needs ships inside the build; nothing is fetched:
 *
 * - the legacy build, not the modern one: pdf.js 5.5's modern build calls
 *   `Map.prototype.getOrInsertComputed` (Chromium 145+), and Electron 40 ships
 *   Chromium 144; the legacy build carries the polyfills;
 * - the worker is a same-origin module file (`?url`), allowed by
 *   `worker-src 'self'`; pdf.js falls back to parsing on the page if a worker
 *   cannot start;
 * - `isEvalSupported: false`: pdf.js would otherwise try `new Function` for
 *   PDF functions, which our CSP refuses (and reports);
 * - `useWasm: false`: WebAssembly needs `'wasm-unsafe-eval'`, which our CSP
 *   does not grant; JBIG2 and CCITT scans use pdf.js's JavaScript decoders;
 * - CMaps (needed by PDFs whose CJK fonts are not embedded, e.g. STSong-Light
 *   with UniGB-UCS2-H) and the two standard fonts pdf.js never takes from the
 *   system (Symbol, ZapfDingbats) are bundled as lazily loaded chunks and handed
 *   over from this page, so neither `connect-src` nor file:// fetching matters.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { DocumentInitParameters, PDFDocumentLoadingTask } from 'pdfjs-dist/types/src/display/api'

type PdfJs = typeof PdfJsModule

const CMAP_DIR = '../../../../node_modules/pdfjs-dist/cmaps/'
const FONT_DIR = '../../../../node_modules/pdfjs-dist/standard_fonts/'
const cMaps = import.meta.glob<string>('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&inline',
  import: 'default',
})
const standardFonts = import.meta.glob<string>(
  [
    '../../../../node_modules/pdfjs-dist/standard_fonts/FoxitSymbol.pfb',
    '../../../../node_modules/pdfjs-dist/standard_fonts/FoxitDingbats.pfb',
  ],
  { query: '?url&inline', import: 'default' },
)

let pdfjs: Promise<PdfJs> | null = null

/** pdf.js with its worker configured; one load per session (retried after a failure). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]).then(
    ([lib, worker]) => {
      lib.GlobalWorkerOptions.workerSrc = worker.default
      return lib
    },
    (err: unknown) => {
      pdfjs = null
      throw err
    },
  )
  return pdfjs
}

/**
 * Starts loading a document. pdf.js takes ownership of (transfers) the bytes
 * it is given, so it gets a copy: the caller's array stays usable.
 */
export async function openPdf(data: Uint8Array): Promise<PDFDocumentLoadingTask> {
  const lib = await loadPdfJs()
  return lib.getDocument(documentParams(data))
}

export function documentParams(data: Uint8Array): DocumentInitParameters {
  return {
    data: data.slice(),
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    CMapReaderFactory: BundledCMapReader,
    StandardFontDataFactory: BundledStandardFonts,
  }
}

/** Replaces pdf.js's DOMCMapReaderFactory: reads the bundled .bcmap chunks. */
class BundledCMapReader {
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const load = cMaps[`${CMAP_DIR}${name}.bcmap`]
    if (!load) throw new Error(`Unknown CMap ${name}`)
    return { cMapData: dataUrlBytes(await load()), isCompressed: true }
  }
}

/** Replaces pdf.js's DOMStandardFontDataFactory for the fonts it asks for. */
class BundledStandardFonts {
  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    const load = standardFonts[`${FONT_DIR}${filename}`]
    if (!load) throw new Error(`Unknown standard font ${filename}`)
    return dataUrlBytes(await load())
  }
}

/** The bytes of a base64 `data:` URL (what Vite's `?inline` yields). */
export function dataUrlBytes(url: string): Uint8Array {
  const comma = url.indexOf(',')
  if (!url.startsWith('data:') || comma < 0 || !url.slice(0, comma).endsWith(';base64')) {
    throw new Error('Not a base64 data URL')
  }
  const binary = atob(url.slice(comma + 1))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
