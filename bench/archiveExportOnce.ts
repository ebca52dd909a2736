/**
 * `tsx bench/archiveExportOnce.ts [contracts] [--json]`: the archive export
 * bench alone. npm run bench runs it this way, in a process of its own, so
 * the peak memory is the export's (as in the app's main process), not the
 * bench harness's (its Vite build and browser driver take hundreds of MB).
 */
import { benchArchiveExport } from './archiveExport'

const contracts = Number(process.argv[2] ?? 10_000)
const figures = await benchArchiveExport(contracts)
if (process.argv.includes('--json')) console.log(JSON.stringify(figures))
else
  console.log(
    `archive export of ${contracts} contracts with their PDFs: ${figures.ms} ms, peak RSS ${figures.peakMb} MB`,
  )
