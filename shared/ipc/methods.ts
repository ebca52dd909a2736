/**
 * The run-time list of `service:method` channels. A plain literal, not derived
 * from the zod schemas, so the sandboxed preload does not bundle zod; the
 * mapped type makes it exactly the contract's methods (a missing or extra name
 * fails `tsc`), and schemas.ts is held to the same contract.
 */
import type { MethodName, ServiceName } from './contract'

const methodNames = {
  app: { info: true },
  auth: { hashPassword: true, verifyPassword: true, unlock: true },
  backup: { write: true, list: true, read: true },
  attachments: { put: true, read: true, has: true },
  spreadsheet: { write: true, read: true },
  documents: { preview: true, save: true, open: true, print: true },
  archive: {
    settings: true,
    saveSettings: true,
    begin: true,
    appendRecords: true,
    addWorkbook: true,
    finish: true,
    cancel: true,
    progress: true,
    list: true,
    verify: true,
    open: true,
    openFile: true,
    readRecords: true,
    restoreFiles: true,
  },
  share: {
    config: true,
    probe: true,
    create: true,
    join: true,
    leave: true,
    format: true,
    list: true,
    read: true,
    writeImmutable: true,
    replaceTorn: true,
    writeStatus: true,
    cleanTemps: true,
    compactSegments: true,
    publishBlob: true,
    fetchBlob: true,
  },
} as const satisfies { [S in ServiceName]: Record<MethodName<S>, true> }

export interface MethodRef {
  service: ServiceName
  method: string
  channel: string
}

export const serviceNames = Object.keys(methodNames) as ServiceName[]

export const methodList: readonly MethodRef[] = serviceNames.flatMap((service) =>
  Object.keys(methodNames[service]).map((method) => ({
    service,
    method,
    channel: `${service}:${method}`,
  })),
)

export function channelOf<S extends ServiceName>(service: S, method: MethodName<S>): string {
  return `${service}:${method}`
}
