/** Every main service, built from one set of ports. Electron and the test host both call this. */
import type { MainServices } from '../../../shared/ipc/contract'
import type { MainPorts } from './mainPorts'
import { createAppService } from './app/createAppService'
import { createArchiveService } from './archive/createArchiveService'
import { createAttachmentsService } from './attachments/createAttachmentsService'
import { createAuthService } from './auth/createAuthService'
import { createBackupService } from './backup/createBackupService'
import { createDocumentsIpcService } from './documents/documentsIpcService'
import { createShareService } from './share/createShareService'
import { createSpreadsheetService } from './spreadsheet/createSpreadsheetService'

export type { MainPorts } from './mainPorts'

export function createMainServices(ports: MainPorts): MainServices {
  return {
    app: createAppService(ports),
    auth: createAuthService(ports),
    backup: createBackupService(ports),
    attachments: createAttachmentsService(ports),
    spreadsheet: createSpreadsheetService(ports),
    documents: createDocumentsIpcService(ports),
    archive: createArchiveService(ports),
    share: createShareService(ports),
  } satisfies MainServices
}
