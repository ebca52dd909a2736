/**
 * The lines of a month's count: product, book quantity, what was found
 * (typed while counting), the difference and its reason. A problem the
 * count's machine names (a difference without a reason) shows at its cell.
 */
import { NumberInput, Table, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CountLineView } from './stockData'

/** What the clerk typed for a line, over what is stored. */
export interface LineDraft {
  countedQty: number | ''
  reason: string
}

export type LineErrors = Record<string, Partial<Record<keyof LineDraft, string>>>

interface Props {
  lines: readonly CountLineView[]
  drafts: Readonly<Record<string, LineDraft>>
  errors: LineErrors
  /** Absent: read-only. */
  onChange?: (productId: string, draft: LineDraft) => void
}

export const draftOf = (line: CountLineView, drafts: Readonly<Record<string, LineDraft>>): LineDraft =>
  drafts[line.productId] ?? { countedQty: line.countedQty, reason: line.reason }

function differenceText(n: number): string {
  return n === 0 ? '0' : n > 0 ? `+${n}` : `−${Math.abs(n)}`
}

export function CountLinesTable({ lines, drafts, errors, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <Table
      striped
      verticalSpacing={6}
      aria-label={t('stockCountLineFields.parentId')}
      data-testid="count-lines"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>#</Table.Th>
          <Table.Th>{t('shipping.counts.product')}</Table.Th>
          <Table.Th w={60}>{t('shipping.counts.unit')}</Table.Th>
          <Table.Th w={90} ta="right">
            {t('shipping.counts.book')}
          </Table.Th>
          <Table.Th w={130} ta="right">
            {t('shipping.counts.counted')}
          </Table.Th>
          <Table.Th w={70} ta="right">
            {t('shipping.counts.difference')}
          </Table.Th>
          <Table.Th w="34%">{t('shipping.counts.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, i) => {
          const d = draftOf(line, drafts)
          const counted = d.countedQty === '' ? null : d.countedQty
          const diff = counted === null ? null : counted - line.bookQty
          const err = errors[line.productId] ?? {}
          const name = [line.product.name, line.product.spec, line.product.model].filter(Boolean).join(' ')
          return (
            <Table.Tr key={line.id} data-product={line.productId}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Text size="sm">{name}</Text>
              </Table.Td>
              <Table.Td>{line.product.unit}</Table.Td>
              <Table.Td ta="right">{line.bookQty}</Table.Td>
              <Table.Td ta="right">
                {onChange ? (
                  <NumberInput
                    size="xs"
                    aria-label={t('shipping.counts.counted')}
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    hideControls
                    styles={{ input: { textAlign: 'right' } }}
                    value={d.countedQty}
                    error={err.countedQty}
                    onChange={(v) =>
                      onChange(line.productId, { ...d, countedQty: typeof v === 'number' ? v : '' })
                    }
                  />
                ) : (
                  line.countedQty
                )}
              </Table.Td>
              <Table.Td ta="right" data-testid="difference">
                <Text span size="sm" fw={diff ? 700 : 400} c={diff ? 'red' : 'dimmed'}>
                  {diff === null ? '' : differenceText(diff)}
                </Text>
              </Table.Td>
              <Table.Td>
                {onChange ? (
                  <TextInput
                    size="xs"
                    aria-label={t('shipping.counts.reason')}
                    maxLength={200}
                    value={d.reason}
                    error={err.reason}
                    onChange={(e) => onChange(line.productId, { ...d, reason: e.currentTarget.value })}
                  />
                ) : (
                  <Text size="sm">{line.reason}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
