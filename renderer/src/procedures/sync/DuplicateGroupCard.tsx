/**
 * Records sharing a business key, side by side: what each holds, where and
 * when it was made, and the settlements its table offers (改用新编号, 改名,
 * 保留此条 停用其他, 都保留), each for whoever may edit that kind of record.
 */
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { DuplicateSettlement } from '@shared/procedures/kit/tableSpec'
import { fieldLabel, recordName, tableName, timeText, valueText } from '../audit/recordText'
import { pcName } from './conflictText'
import type { DuplicateView, ShownRecord } from './duplicateView'

export type DuplicateAction =
  | { how: 'renumber'; id: string }
  | { how: 'rename'; id: string }
  | { how: 'merge'; keepId: string }
  | { how: 'keepBoth' }

interface Props {
  view: DuplicateView
  self: string | undefined
  allowed: boolean
  busy: boolean
  /** Where a record opens, or null where it has no page of its own. */
  placeOf(id: string): string | null
  onAction(action: DuplicateAction): void
  onOpen(path: string): void
}

/** The key's name as its fields' labels (合同编号, 统一社会信用代码). */
export function keyLabel(t: TFunction, view: Pick<DuplicateView, 'group'>): string {
  const { group } = view
  return group.key.fields.map((f) => fieldLabel(t, group.t, '', f)).join(' + ')
}

function MadeCell({ r, self, n }: { r: ShownRecord; self: string | undefined; n: number }) {
  const { t } = useTranslation()
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Text fw={600} size="sm">
          {t('sync.duplicates.record', { n })}
        </Text>
        {Boolean(r.row.deletedAt) && (
          <Badge size="xs" color="gray">
            {t('sync.duplicates.archived')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('sync.duplicates.made', {
          pc: r.madeOn ? pcName(t, r.madeOn, self) : t('sync.conflicts.unknownPc'),
          at: typeof r.row.createdAt === 'string' ? timeText(r.row.createdAt) : '—',
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('sync.duplicates.madeBy', { name: r.madeByName ?? t('sync.duplicates.unknownUser') })}
      </Text>
    </Stack>
  )
}

const perRecord: readonly DuplicateSettlement[] = ['renumber', 'rename', 'merge']

export function DuplicateGroupCard({ view, self, allowed, busy, placeOf, onAction, onOpen }: Props) {
  const { t } = useTranslation()
  const { group, fields, records, lookup } = view
  const settle = group.key.settle
  return (
    <Paper withBorder p="md" radius="md" data-testid="duplicate-group">
      <Stack gap="sm">
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Badge variant="light">{tableName(t, group.t)}</Badge>
            <Title order={5}>
              {t('sync.duplicates.shared', { field: keyLabel(t, view), value: group.valueText })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('sync.duplicates.records', { count: records.length })}
            </Text>
          </Group>
          {settle.includes('keepBoth') && (
            <Button
              size="xs"
              variant="default"
              disabled={!allowed || busy}
              onClick={() => onAction({ how: 'keepBoth' })}
            >
              {t('sync.duplicates.keepBoth')}
            </Button>
          )}
        </Group>
        <Table withTableBorder withColumnBorders verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150} />
              {records.map((r, i) => (
                <Table.Th key={String(r.row.id)}>
                  <MadeCell r={r} self={self} n={i + 1} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((f) => (
              <Table.Tr key={f}>
                <Table.Td fw={600}>
                  <Text size="sm">{fieldLabel(t, group.t, '', f)}</Text>
                </Table.Td>
                {records.map((r) => (
                  <Table.Td key={String(r.row.id)} data-testid="duplicate-value">
                    <Text size="sm">
                      {valueText(t, group.t, f, r.row[f], { records: lookup, row: r.row })}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td />
              {records.map((r) => {
                const id = String(r.row.id)
                const place = placeOf(id)
                return (
                  <Table.Td key={id} data-testid="duplicate-actions" data-record={id}>
                    <Group gap={6}>
                      {perRecord
                        .filter((how) => settle.includes(how))
                        .map((how) => (
                          <Button
                            key={how}
                            size="compact-sm"
                            variant={how === 'merge' ? 'light' : 'filled'}
                            disabled={!allowed || busy}
                            onClick={() => onAction(how === 'merge' ? { how, keepId: id } : { how, id })}
                          >
                            {t(`sync.duplicates.${how}`)}
                          </Button>
                        ))}
                      {place && (
                        <Anchor size="sm" onClick={() => onOpen(place)}>
                          {t('sync.duplicates.open')}
                        </Anchor>
                      )}
                    </Group>
                  </Table.Td>
                )
              })}
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Stack gap={2}>
          {settle.map((how) => (
            <Text key={how} size="xs" c="dimmed">
              · {t(`sync.duplicates.how.${how}`, { field: keyLabel(t, view) })}
            </Text>
          ))}
          {!allowed && (
            <Text size="xs" c="orange">
              {t('sync.duplicates.noRight')}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  )
}

/** A record of a group as a clerk names it (for the merge and rename dialogs). */
export function shownName(view: DuplicateView, id: string): string {
  const r = view.group.rows.find((row) => row.id === id)
  return recordName(view.group.t, r, id)
}
