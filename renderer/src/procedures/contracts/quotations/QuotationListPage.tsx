/** 报价单 list: number, customer, dates, total and status, newest first. */
import { Badge } from '@mantine/core'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import {
  type QuotationRecord,
  type QuotationStatus,
  quotationStatuses,
} from '@shared/procedures/contracts/records'
import type { VirtualColumn } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useTableRows } from '../../../data/tableRows'
import { useActor } from '../../../stores/session'
import { useRefNames } from '../../archives/useRefOptions'
import { TradeRecordList } from './TradeRecordList'

/** The badge colour of each status, here and on the quotation's page. */
export const quotationStatusColors: Record<QuotationStatus, string> = {
  draft: 'gray',
  issued: 'blue',
  accepted: 'green',
  voided: 'red',
}

export function QuotationListPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const rows = useTableRows(appDb(), 'quotations') as readonly QuotationRecord[] | undefined
  const customerName = useRefNames('customers')

  const columns = useMemo<VirtualColumn<QuotationRecord>[]>(
    () => [
      { key: 'number', header: t('quotations.number'), width: 150, render: (r) => r.number },
      {
        key: 'customer',
        header: t('quotations.customer'),
        width: 260,
        grow: 1,
        render: (r) => customerName('customers', r.customerId),
      },
      { key: 'quotedOn', header: t('quotations.quotedOn'), width: 110, render: (r) => r.quotedOn },
      { key: 'validUntil', header: t('quotations.validUntil'), width: 110, render: (r) => r.validUntil },
      {
        key: 'total',
        header: t('quotations.total'),
        width: 140,
        align: 'right',
        render: (r) => formatFen(r.totalFen),
      },
      {
        key: 'status',
        header: t('quotations.status'),
        width: 100,
        render: (r) => (
          <Badge variant="light" color={quotationStatusColors[r.status]}>
            {t(`quotations.statuses.${r.status}`)}
          </Badge>
        ),
      },
    ],
    [t, customerName],
  )
  const searchText = useCallback(
    (r: QuotationRecord) => `${r.number} ${customerName('customers', r.customerId)}`,
    [customerName],
  )
  const status = useMemo(
    () => ({
      of: (r: QuotationRecord) => r.status,
      options: quotationStatuses.map((s) => ({ value: s, label: t(`quotations.statuses.${s}`) })),
      allLabel: t('quotations.allStatuses'),
    }),
    [t],
  )

  return (
    <TradeRecordList
      title={t('quotations.title')}
      rows={rows}
      columns={columns}
      route="/quotations"
      searchText={searchText}
      searchHint={t('quotations.search')}
      dateOf={quotedOn}
      status={status}
      create={can(actor, 'quotations.edit') ? { label: t('quotations.create') } : undefined}
      emptyText={t('quotations.empty')}
    />
  )
}

const quotedOn = (r: QuotationRecord) => r.quotedOn
