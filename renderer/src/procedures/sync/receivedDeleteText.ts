/** A received mass delete in the department's words: 张三的电脑 停用了 200 个客户. */
import type { TFunction } from 'i18next'
import type { ReceivedMassDelete } from '../../sync/receivedDeletes'
import { noun } from '../audit/recordText'
import { pcName } from './conflictText'

export function receivedDeleteText(t: TFunction, n: ReceivedMassDelete, self: string | undefined): string {
  return t('sync.receivedDeletes.row', {
    pc: pcName(t, n.deviceId, self, n.by),
    count: n.count,
    noun: noun(t, n.table),
  })
}
