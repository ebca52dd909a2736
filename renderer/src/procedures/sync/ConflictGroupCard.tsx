/** One record's conflicts: each field's 当前值 against 被覆盖的值, or a delete against an edit, with the buttons that settle it. */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import dayjs from 'dayjs'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Settlement } from '../../sync/conflicts'
import type { ConflictGroup, ShownConflict } from './conflictGroups'
import { recordName, tableName } from '../audit/recordText'
import { conflictFieldLabel, conflictValueText, pcName } from './conflictText'

interface Props {
  group: ConflictGroup
  self: string | undefined
  allowed: boolean
  busy: string | null
  onSettle(c: ShownConflict, how: Settlement): void
}

/** The delete's PC and time; the engine keeps the time, and in newer rows the PC that edited, in the conflict's value. */
function deletedText(t: TFunction, c: ShownConflict, self: string | undefined): string {
  const v = c.v as { deletedAt?: unknown; editedBy?: unknown } | string | null
  const at = typeof v === 'object' && v !== null ? v.deletedAt : v
  const editor = typeof v === 'object' && v !== null && typeof v.editedBy === 'string' ? v.editedBy : null
  return t('sync.conflicts.deleted', {
    pc: pcName(t, c.deviceId, self),
    at: dayjs(String(at)).format('YYYY-MM-DD HH:mm'),
    editor: editor ? pcName(t, editor, self) : t('sync.conflicts.unknownPc'),
  })
}

export function conflictKey(c: ShownConflict): string {
  return `${c.t}|${c.r}|${c.f}|${c.h}`
}

export function ConflictGroupCard({ group, self, allowed, busy, onSettle }: Props) {
  const { t } = useTranslation()
  const name = recordName(group.t, group.row, group.r, t)
  const from = (id: string | null) =>
    id === null ? '' : t('sync.conflicts.from', { pc: pcName(t, id, self) })
  const values = group.conflicts.filter((c) => c.kind === 'value')
  const deletes = group.conflicts.filter((c) => c.kind === 'deleteEdit')

  return (
    <Paper withBorder p="md" radius="md" data-testid="conflict-group">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light">{tableName(t, group.t)}</Badge>
          <Title order={5}>{name}</Title>
        </Group>
        {deletes.map((c) => (
          <Group key={conflictKey(c)} justify="space-between" data-testid="conflict" wrap="nowrap">
            <Text size="sm">{deletedText(t, c, self)}</Text>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                disabled={!allowed}
                loading={busy === conflictKey(c)}
                onClick={() => onSettle(c, 'restore')}
              >
                {t('sync.conflicts.restore')}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={!allowed}
                onClick={() => onSettle(c, 'keepDeleted')}
              >
                {t('sync.conflicts.keepDeleted')}
              </Button>
            </Group>
          </Group>
        ))}
        {values.length > 0 && (
          <Table withTableBorder verticalSpacing="xs" aria-label={name}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="18%" />
                <Table.Th w="28%">{t('sync.conflicts.current')}</Table.Th>
                <Table.Th w="28%">{t('sync.conflicts.losing')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.map((c) => {
                // When this PC is one side, the buttons say whose value they keep (保留本机 / 采用对方).
                const mineCurrent = c.currentFrom !== null && c.currentFrom === self
                const mineLosing = c.deviceId === self
                const keepLabel = mineCurrent ? 'keepMine' : mineLosing ? 'takeTheirs' : 'keepCurrent'
                const takeLabel = mineLosing ? 'keepMine' : mineCurrent ? 'takeTheirs' : 'takeLosing'
                return (
                  <Table.Tr key={conflictKey(c)} data-testid="conflict">
                    <Table.Td fw={600}>{conflictFieldLabel(t, c.t, c.r, c.f)}</Table.Td>
                    <Table.Td data-testid="conflict-current">
                      <Text size="sm">{conflictValueText(t, c.t, c.f, c.current)}</Text>
                      <Text size="xs" c="dimmed">
                        {from(c.currentFrom)}
                      </Text>
                    </Table.Td>
                    <Table.Td data-testid="conflict-losing">
                      <Text size="sm">{conflictValueText(t, c.t, c.f, c.v)}</Text>
                      <Text size="xs" c="dimmed">
                        {from(c.deviceId)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          disabled={!allowed}
                          onClick={() => onSettle(c, 'keepCurrent')}
                        >
                          {t(`sync.conflicts.${keepLabel}`)}
                        </Button>
                        <Button
                          size="xs"
                          disabled={!allowed}
                          loading={busy === conflictKey(c)}
                          onClick={() => onSettle(c, 'takeLosing')}
                        >
                          {t(`sync.conflicts.${takeLabel}`)}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  )
}
