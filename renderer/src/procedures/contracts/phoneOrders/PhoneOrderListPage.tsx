/** 电话/传真订货 list: newest first, the ones waiting for leadership marked so. */
import { Badge } from '@mantine/core'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import {
  type PhoneOrderRecord,
  type PhoneOrderStep,
  phoneOrderSteps,
} from '@shared/procedures/contracts/records'
import type { VirtualColumn } from '../../../components/virtualTable/VirtualTable'
import { appDb } from '../../../data/db'
import { useTableRows } from '../../../data/tableRows'
import { useActor } from '../../../stores/session'
import { useRefNames } from '../../archives/useRefOptions'
import { TradeRecordList } from '../quotations/TradeRecordList'

/** The badge colour of each step, here and on the order's page: red while nothing may ship. */
export const phoneOrderStepColors: Record<PhoneOrderStep, string> = {
  waiting: 'red',
  approved: 'green',
  rejected: 'orange',
  converted: 'blue',
  voided: 'gray',
}

export function PhoneOrderListPage() {
  const { t } = useTranslation()
  const actor = useActor()
  const rows = useTableRows(appDb(), 'phoneOrders') as readonly PhoneOrderRecord[] | undefined
  const customerName = useRefNames('customers')

  const columns = useMemo<VirtualColumn<PhoneOrderRecord>[]>(
    () => [
      { key: 'number', header: t('phoneOrders.number'), width: 150, render: (r) => r.number },
      {
        key: 'channel',
        header: t('phoneOrders.channel'),
        width: 70,
        render: (r) => t(`phoneOrders.channels.${r.channel}`),
      },
      {
        key: 'customer',
        header: t('phoneOrders.customer'),
        width: 240,
        grow: 1,
        render: (r) => customerName('customers', r.customerId),
      },
      { key: 'receivedOn', header: t('phoneOrders.receivedOn'), width: 110, render: (r) => r.receivedOn },
      { key: 'caller', header: t('phoneOrders.caller'), width: 140, render: (r) => r.caller },
      {
        key: 'total',
        header: t('phoneOrders.total'),
        width: 130,
        align: 'right',
        render: (r) => formatFen(r.totalFen),
      },
      {
        key: 'step',
        header: t('phoneOrders.step'),
        width: 120,
        render: (r) => (
          <Badge variant="light" color={phoneOrderStepColors[r.step]}>
            {t(`phoneOrders.steps.${r.step}`)}
          </Badge>
        ),
      },
    ],
    [t, customerName],
  )
  const searchText = useCallback(
    (r: PhoneOrderRecord) => `${r.number} ${customerName('customers', r.customerId)} ${r.caller}`,
    [customerName],
  )
  const status = useMemo(
    () => ({
      of: (r: PhoneOrderRecord) => r.step,
      options: phoneOrderSteps.map((s) => ({ value: s, label: t(`phoneOrders.steps.${s}`) })),
      allLabel: t('phoneOrders.allSteps'),
    }),
    [t],
  )

  return (
    <TradeRecordList
      title={t('phoneOrders.title')}
      rows={rows}
      columns={columns}
      route="/phone-orders"
      searchText={searchText}
      searchHint={t('phoneOrders.search')}
      dateOf={receivedOn}
      status={status}
      create={can(actor, 'contracts.edit') ? { label: t('phoneOrders.create') } : undefined}
      emptyText={t('phoneOrders.empty')}
    />
  )
}

const receivedOn = (r: PhoneOrderRecord) => r.receivedOn
