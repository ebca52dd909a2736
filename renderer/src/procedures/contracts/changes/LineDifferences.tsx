/** What a change agreement changes, line by line, against the contract as it stands. */
import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { amountChangeFen, lineDifferences } from '@shared/procedures/contracts/documents/lineDifferences'
import type { DocumentLine } from '@shared/procedures/contracts/documents/tradeLines'
import { formatFen } from '@shared/kernel/money'
import type { LineInput } from '@shared/procedures/contracts/schema'
import type { FrozenLine } from '@shared/procedures/contracts/records'

const colors = { added: 'green', removed: 'red', changed: 'blue' } as const

export function LineDifferences({ before, after }: { before: readonly FrozenLine[]; after: LineInput[] }) {
  const { t } = useTranslation()
  const valid = after.filter(
    (l) => Number.isSafeInteger(l.qty) && Number.isSafeInteger(l.unitFen) && l.unitFen >= 0,
  )
  const changes = lineDifferences(before, valid)
  if (changes.length === 0) return <Text c="dimmed">{t('contracts.changes.noDifference')}</Text>
  const describe = (l: DocumentLine) =>
    `${l.qty} ${l.unit} × ${formatFen(l.unitFen)}${l.discountBp ? ` −${l.discountBp / 100}%` : ''}`
  return (
    <Table withTableBorder fz="sm" data-testid="line-differences">
      <Table.Tbody>
        {changes.map((c, i) => {
          const line = c.kind === 'removed' ? c.before : c.after
          const delta = amountChangeFen(c)
          return (
            <Table.Tr key={i}>
              <Table.Td w={70}>
                <Badge color={colors[c.kind]} variant="light">
                  {t(`contracts.changes.diff.${c.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{[line.name, line.spec].filter(Boolean).join(' ')}</Table.Td>
              <Table.Td>
                {c.kind === 'changed' ? `${describe(c.before)} → ${describe(c.after)}` : describe(line)}
              </Table.Td>
              <Table.Td ta="right" c={delta < 0 ? 'red' : undefined}>
                {delta >= 0 ? '+' : ''}
                {formatFen(delta)}
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
