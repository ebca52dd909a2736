/**
 * The contract PDF (issue 4): the 3-page sample contract with a 40-line table.
 * Cold: a fresh Node process per run (bench/documents/renderOnce.ts), median
 * of 3. Warm: the same service rendering it again, p50 of 20 after 2 unmeasured.
 */
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createNodePorts } from '../electron/main/platform/nodePorts'
import { createDocumentsService } from '../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../electron/main/services/documents/fontFaces'
import { sampleContract } from '../test/electron/main/services/documents/sampleContract'
import { type Figures, round } from './figures'
import { median } from './stats'

const root = resolve(import.meta.dirname, '..')
const COLD_RUNS = 3
const WARM_RUNS = 20

function coldRun(): { ms: number; bytes: number; pages: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench/documents/renderOnce.ts')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { ms: number; bytes: number; pages: number }
}

export async function benchContractPdf(): Promise<Figures> {
  const cold = Array.from({ length: COLD_RUNS }, coldRun)
  const service = createDocumentsService(
    createNodePorts({ dataDir: tmpdir(), appVersion: 'bench', desktop: false }),
    {
      fonts: fontsInNodeModules(),
    },
  )
  const model = sampleContract(40)
  const warm: number[] = []
  let bytes = 0
  for (let k = 0; k < WARM_RUNS + 2; k++) {
    const t0 = performance.now()
    const rendered = await service.render(model)
    if (k >= 2) warm.push(performance.now() - t0)
    bytes = rendered.pdf.length
  }
  console.log(
    `contract PDF (${cold[0].pages} pages, 40-line table): cold ${cold.map((c) => `${round(c.ms, 0)} ms`).join(', ')}; ` +
      `warm p50 ${round(median(warm), 1)} ms (min ${round(Math.min(...warm), 1)}, max ${round(Math.max(...warm), 1)}); ${bytes} bytes`,
  )
  return {
    'pdf.contract.warm_p50_ms': { value: round(median(warm), 1), unit: 'ms', goal: 150 },
    'pdf.contract.cold_ms': { value: round(median(cold.map((c) => c.ms)), 0), unit: 'ms', goal: 1500 },
    'pdf.contract.bytes': { value: bytes, unit: 'bytes', goal: 120 * 1024 },
  }
}
