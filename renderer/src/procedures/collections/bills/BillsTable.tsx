/**
 * Bills as the 票据交接 screens list them: receipt, customer, kind, number,
 * drawer, acceptor, the day received, maturity and amount, with the total.
 * On the waiting list each says when it is due with finance (overdue in
 * red) or which unsigned slip holds it; on a new slip each has a box to
 * tick and shows, at its row, why it cannot go on the slip.
 */
import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatFen } from '@shared/kernel/money'
import { handoverDueOn } from '@shared/procedures/collections/bills'
import type { BillHandoverRecord, ReceiptRecord } from '@shared/procedures/collections/records'

export interface BillLine {
  receipt: ReceiptRecord
  customerName: string
  overdue?: boolean
  slip?: Pick<BillHandoverRecord, 'id' | 'number'> | null
}

interface Props {
  label: string
  rows: readonly BillLine[]
  /** The waiting list's 状态 column: due day, overdue, or the slip holding it. */
  withState?: boolean
  /** Boxes to tick (a new slip): the ids ticked and how a tick changes them. */
  choice?: { chosen: readonly string[]; onChange: (ids: string[]) => void }
  /** The problem of a row, by its receipt's id. */
  errorOf?: (receiptId: string) => string | undefined
  /** 出票人 and 承兑人 too: the slip's own page shows them as the paper does; lists leave them out for room. */
  withParties?: boolean
}

/** Figures, numbers and days stay whole on their line; names wrap. */
const whole = { whiteSpace: 'nowrap' } as const

export function BillsTable({ label, rows, withState, choice, errorOf, withParties }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const total = rows.reduce((sum, r) => sum + r.receipt.amountFen, 0)
  const ids = rows.map((r) => r.receipt.id)
  const allChosen = !!choice && ids.length > 0 && ids.every((id) => choice.chosen.includes(id))
  const toggle = (id: string, on: boolean) =>
    choice?.onChange(
      on ? ids.filter((x) => x === id || choice.chosen.includes(x)) : choice.chosen.filter((x) => x !== id),
    )
  const field = (key: string) => t(`receiptFields.${key}`)
  return (
    <Table withTableBorder fz="sm" verticalSpacing={6} aria-label={label}>
      <Table.Thead style={whole}>
        <Table.Tr>
          {choice && (
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('billsScreen.chooseAll')}
                checked={allChosen}
                indeterminate={!allChosen && choice.chosen.length > 0}
                onChange={(e) => choice.onChange(e.currentTarget.checked ? ids : [])}
              />
            </Table.Th>
          )}
          <Table.Th>{field('number')}</Table.Th>
          <Table.Th>{field('customerId')}</Table.Th>
          <Table.Th>{field('method')}</Table.Th>
          <Table.Th>{field('billNo')}</Table.Th>
          {withParties && <Table.Th>{field('drawer')}</Table.Th>}
          {withParties && <Table.Th>{field('acceptor')}</Table.Th>}
          <Table.Th style={whole}>{field('receivedOn')}</Table.Th>
          <Table.Th style={whole}>{field('billDueOn')}</Table.Th>
          <Table.Th style={whole} ta="right">
            {field('amountFen')}
          </Table.Th>
          {withState && <Table.Th>{t('common.status')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ receipt: r, customerName, overdue, slip }) => {
          const error = errorOf?.(r.id)
          return (
            <Table.Tr
              key={r.id}
              data-testid="bill-row"
              bg={overdue ? 'var(--mantine-color-red-0)' : undefined}
            >
              {choice && (
                <Table.Td>
                  <Checkbox
                    aria-label={r.number}
                    checked={choice.chosen.includes(r.id)}
                    onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                  />
                </Table.Td>
              )}
              <Table.Td style={whole}>
                {r.number}
                {error && (
                  <Text c="red" size="xs" role="alert">
                    {error}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{customerName}</Table.Td>
              <Table.Td style={whole}>{t(`collections.methods.${r.method}`)}</Table.Td>
              <Table.Td style={whole}>{r.billNo}</Table.Td>
              {withParties && <Table.Td>{r.drawer}</Table.Td>}
              {withParties && <Table.Td>{r.acceptor || '—'}</Table.Td>}
              <Table.Td style={whole}>{r.receivedOn}</Table.Td>
              <Table.Td style={whole}>{r.billDueOn || '—'}</Table.Td>
              <Table.Td style={whole} ta="right">
                {formatFen(r.amountFen)}
              </Table.Td>
              {withState && (
                <Table.Td>
                  {slip ? (
                    <Anchor size="sm" onClick={() => navigate(`/bill-handovers/${slip.id}`)}>
                      {t('billsScreen.waiting.onSlip', { number: slip.number })}
                    </Anchor>
                  ) : overdue ? (
                    <Badge color="red" variant="filled" size="sm">
                      {t('billsScreen.waiting.overdue')}
                    </Badge>
                  ) : (
                    <Text size="sm">
                      {t('billsScreen.waiting.dueOn', { day: handoverDueOn(r.receivedOn) })}
                    </Text>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          )
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          {choice && <Table.Td />}
          <Table.Td colSpan={withParties ? 8 : 6} fw={600}>
            {t('billsScreen.total', { count: rows.length })}
          </Table.Td>
          <Table.Td ta="right" fw={600} data-testid="bills-total">
            {formatFen(total)}
          </Table.Td>
          {withState && <Table.Td />}
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}
