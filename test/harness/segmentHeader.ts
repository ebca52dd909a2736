import type { SegmentHeader } from '@shared/sync/segment'

/** The header of a device's first segment carrying one op and no audit entries. */
export function firstSegmentHeader(deviceId: string): SegmentHeader {
  return {
    format: 1,
    deviceId,
    incarnation: 1,
    writerNonce: 'n',
    segNo: 1,
    seqFrom: 1,
    seqTo: 1,
    auditFrom: 1,
    auditTo: 0,
    prevSegHash: null,
  }
}
