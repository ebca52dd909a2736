/**
 * A test-only share worker entry: the production core and message loop over
 * the fault-injecting file system, so a test can hang or kill the worker
 * *process* (SYNC.md case 11) while the production entry has no fault
 * switches. The rules come as JSON in argv[2]: `{ op, path, fault }` with
 * `path` a substring; besides shareFaultFs's faults, `{ kind: 'crash' }`
 * ends the process on the spot, as a crash of the worker would.
 */
import { createShareCore } from '../../electron/main/services/share/createShareCore'
import { currentProcessChannel, serveShareCore } from '../../electron/main/services/share/serveShareCore'
import { type Fault, type FsOp, createFaultFs } from './shareFaultFs'

export type WorkerFault = Fault | { kind: 'crash' }
export interface WorkerFaultRule {
  op: FsOp
  path: string
  fault: WorkerFault
}

const rules = JSON.parse(process.argv[2] ?? '[]') as WorkerFaultRule[]
const faults = createFaultFs()
for (const { op, path, fault } of rules) {
  if (fault.kind === 'crash') {
    faults.add({
      op,
      path: (p) => {
        if (p.includes(path)) process.exit(70)
        return false
      },
      fault: { kind: 'hang' },
    })
  } else {
    faults.add({ op, path, fault })
  }
}

serveShareCore(createShareCore({ fs: faults.fs, now: () => new Date() }), currentProcessChannel())
