/**
 * An application's lines: each contract line it invoices with the amount
 * (tax included, editable while a draft), the tax rate, and the net and tax
 * the kernel splits it into; what the line still has open beside it.
 */
import { ActionIcon, Paper, Table, Text, Title } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/kernel/money'
import { splitTax } from '@shared/kernel/tax'
import { type InvoiceLineInput, invoiceTotals } from '@shared/procedures/invoicing/amounts'
import { ScaledTextInput } from '../contracts/shared/ScaledTextInput'

interface Props {
  lines: InvoiceLineInput[]
  onChange: (lines: InvoiceLineInput[]) => void
  /** Per contract line, what no other application holds. */
  open: ReadonlyMap<string, number>
  editable: boolean
  err: (field: string) => string | undefined
}

export function InvoiceLinesTable({ lines, onChange, open, editable, err }: Props) {
  const { t } = useTranslation()
  const totals = invoiceTotals(lines)
  const set = (i: number, patch: Partial<InvoiceLineInput>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)))
  return (
    <Paper withBorder p="md" data-testid="invoice-lines">
      <Title order={5} mb="sm">
        {t('invoicing.lines')}
      </Title>
      <Table withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t('invoiceLineFields.position')}</Table.Th>
            <Table.Th>{t('invoiceLineFields.name')}</Table.Th>
            <Table.Th>{t('invoiceLineFields.spec')}</Table.Th>
            <Table.Th w={80} ta="right">
              {t('invoiceLineFields.qty')}
            </Table.Th>
            <Table.Th w={70} ta="right">
              {t('invoiceLineFields.taxRateBp')}
            </Table.Th>
            <Table.Th w={170} ta="right">
              {t('invoiceLineFields.amountFen')}
            </Table.Th>
            <Table.Th w={130} ta="right">
              {t('invoicing.net')}
            </Table.Th>
            <Table.Th w={110} ta="right">
              {t('invoicing.tax')}
            </Table.Th>
            {editable && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => {
            const split = splitTax(Math.max(0, l.amountFen), l.taxRateBp)
            return (
              <Table.Tr key={l.sourceLineId} data-testid="invoice-line">
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  {l.name}
                  {err(`lines.${i}.name`) && (
                    <Text c="red" size="xs">
                      {err(`lines.${i}.name`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{l.spec}</Table.Td>
                <Table.Td ta="right">
                  {l.qty} {l.unit}
                </Table.Td>
                <Table.Td ta="right">{l.taxRateBp / 100}%</Table.Td>
                <Table.Td ta="right">
                  {editable ? (
                    <ScaledTextInput
                      size="xs"
                      scale="money"
                      aria-label={`${t('invoiceLineFields.amountFen')} ${i + 1}`}
                      description={t('invoicing.lineOpen', {
                        amount: formatFen(open.get(l.sourceLineId) ?? 0),
                      })}
                      value={l.amountFen}
                      error={err(`lines.${i}.amountFen`)}
                      onValue={(v) => set(i, { amountFen: v ?? 0 })}
                    />
                  ) : (
                    formatFen(l.amountFen)
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatFen(split.netFen)}</Table.Td>
                <Table.Td ta="right">{formatFen(split.taxFen)}</Table.Td>
                {editable && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('contracts.line.remove', { n: i + 1 })}
                      onClick={() => onChange(lines.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            )
          })}
          <Table.Tr fw={600}>
            <Table.Td />
            <Table.Td colSpan={4}>{t('invoicing.total')}</Table.Td>
            <Table.Td ta="right" data-testid="invoice-total">
              {formatFen(totals.totalFen)}
            </Table.Td>
            <Table.Td ta="right">{formatFen(totals.netFen)}</Table.Td>
            <Table.Td ta="right" data-testid="invoice-tax">
              {formatFen(totals.taxFen)}
            </Table.Td>
            {editable && <Table.Td />}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {err('lines') && (
        <Text c="red" size="sm" mt="xs">
          {err('lines')}
        </Text>
      )}
    </Paper>
  )
}
