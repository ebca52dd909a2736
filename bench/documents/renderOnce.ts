/**
 * One contract PDF in a fresh process, for `pdf.contract.cold_ms`: from
 * creating the service to the finished bytes, so it covers reading and
 * parsing the fonts and starting HarfBuzz (module loading is not counted).
 * Prints the milliseconds as JSON on stdout.
 */
import { tmpdir } from 'node:os'
import { createDocumentsService } from '../../electron/main/services/documents/createDocumentsService'
import { fontsInNodeModules } from '../../electron/main/services/documents/fontFaces'
import { createNodePorts } from '../../electron/main/platform/nodePorts'
import { sampleContract } from '../../test/electron/main/services/documents/sampleContract'

const model = sampleContract(40)
const t0 = performance.now()
const service = createDocumentsService(
  createNodePorts({ dataDir: tmpdir(), appVersion: 'bench', desktop: false }),
  {
    fonts: fontsInNodeModules(),
  },
)
const rendered = await service.render(model)
console.log(JSON.stringify({ ms: performance.now() - t0, bytes: rendered.pdf.length, pages: rendered.pages }))
