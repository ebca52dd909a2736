/**
 * `npm run host`: the built app in any Chromium or Chrome, backed by the real
 * main services over a data folder that survives restarts.
 */
import { resolve } from 'node:path'
import { createTestHost } from './createTestHost'

const port = Number(process.env.PORT ?? 5199)
const dataDir = resolve(process.env.DATA_DIR ?? '.tmp/host-data')

const host = await createTestHost({ port, dataDir })
console.log(`商务部工作台 test host: ${host.url}`)
console.log(`data folder: ${host.dataDir}`)
console.log('Open it in Chromium/Chrome. Ctrl+C stops the host.')

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    void host.close().then(() => process.exit(0))
  })
}
