/**
 * The documents service as the renderer reaches it (shared/ipc/contract.ts
 * DocumentsService): the PDF as base64 for the in-app preview, or saved into
 * the documents folder, and a saved one opened or printed by the system.
 * Fonts come from the ports: resources/fonts in the
 * desktop app, node_modules for the test host and tests.
 */
import type { DocumentsService as DocumentsApi } from '../../../../shared/ipc/contract'
import type { MainPorts } from '../mainPorts'
import { createDocumentsService } from './createDocumentsService'
import { fontsInFolder, fontsInNodeModules } from './fontFaces'

export function createDocumentsIpcService(ports: MainPorts): DocumentsApi {
  const documents = createDocumentsService(ports, {
    fonts: ports.fontsDir ? fontsInFolder(ports.fontsDir) : fontsInNodeModules(),
  })
  return {
    async preview({ model }) {
      const { pdf, sha256, pages } = await documents.render(model)
      return { dataBase64: Buffer.from(pdf).toString('base64'), sha256, pages }
    },
    save: ({ model }) => documents.write(model),
    open: ({ path }) => documents.open(path),
    print: ({ path }) => documents.print(path),
  }
}
