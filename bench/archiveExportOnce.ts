/** `tsx bench/archiveExportOnce.ts [contracts]`: the archive export bench alone, printed. */
import { benchArchiveExport } from './archiveExport'

const contracts = Number(process.argv[2] ?? 10_000)
const figures = await benchArchiveExport(contracts)
console.log(
  `archive export of ${contracts} contracts with their PDFs: ${figures.ms} ms, peak RSS ${figures.peakMb} MB`,
)
