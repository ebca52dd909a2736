/** The change agreements of a contract, and starting the next one. */
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { contractInForce } from '@shared/procedures/contracts/machines/contract'
import type { ContractRecord } from '@shared/procedures/contracts/records'
import { liveRows } from '@shared/types/records'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { startChange } from '../../../data/repositories/contracts/changesRepo'
import { useActor, useWriteContext } from '../../../stores/session'

export function ChangesSection({ contract }: { contract: ContractRecord }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const navigate = useNavigate()
  const changes =
    useLiveQuery(
      () =>
        appDb()
          .contractChanges.where('contractId')
          .equals(contract.id)
          .toArray()
          .then((rows) => liveRows(rows).sort((a, b) => a.version - b.version)),
      [contract.id],
    ) ?? []
  const start = async () => {
    try {
      const change = await startChange(appDb(), { contractId: contract.id }, write())
      navigate(`/contract-changes/${change.id}`)
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }
  return (
    <Stack gap="sm">
      {changes.length === 0 ? (
        <Text c="dimmed">{t('contracts.changes.empty')}</Text>
      ) : (
        <Table withTableBorder highlightOnHover fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contracts.changes.number')}</Table.Th>
              <Table.Th>{t('contracts.changes.reason')}</Table.Th>
              <Table.Th ta="right">{t('contracts.changes.before')}</Table.Th>
              <Table.Th ta="right">{t('contracts.changes.after')}</Table.Th>
              <Table.Th>{t('contracts.step')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((ch) => (
              <Table.Tr
                key={ch.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(`/contract-changes/${ch.id}`)}
              >
                <Table.Td>{ch.number}</Table.Td>
                <Table.Td>{ch.reason}</Table.Td>
                <Table.Td ta="right">{formatFen(ch.totalBeforeFen)}</Table.Td>
                <Table.Td ta="right">{formatFen(ch.totalAfterFen)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`contracts.changes.steps.${ch.step}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {/* Only a contract in force is amended; one change open at a time is the repository's to say. */}
      {contractInForce(contract.step) && can(actor, 'contracts.edit') && (
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => void start()}>
            {t('contracts.changes.start')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
