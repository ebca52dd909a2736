/** 归档记录: the packages in the archive folder, newest first, with 校验 / 浏览 / 恢复. */
import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { ArchiveInfo } from '@shared/ipc/archiveContract'
import { formatBytes } from '../archives/AttachmentsSection'

interface Props {
  items: ArchiveInfo[]
  busy: boolean
  canRestore: boolean
  onVerify: (name: string) => void
  onOpen: (name: string) => void
  onRestore: (name: string) => void
}

export function ArchiveTable({ items, busy, canRestore, onVerify, onOpen, onRestore }: Props) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={5} mb="sm">
        {t('archiveExport.list.title')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('archiveExport.list.empty')}</Text>
      ) : (
        <Table verticalSpacing="sm" data-testid="archive-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('archiveExport.list.name')}</Table.Th>
              <Table.Th>{t('archiveExport.list.at')}</Table.Th>
              <Table.Th>{t('archiveExport.list.records')}</Table.Th>
              <Table.Th>{t('archiveExport.list.documents')}</Table.Th>
              <Table.Th>{t('archiveExport.list.attachments')}</Table.Th>
              <Table.Th>{t('archiveExport.list.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.name} data-archive={a.name}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {a.name}
                  </Text>
                </Table.Td>
                {a.readable ? (
                  <>
                    <Table.Td>{dayjs(a.createdAt).format('YYYY-MM-DD HH:mm:ss')}</Table.Td>
                    <Table.Td>{a.records}</Table.Td>
                    <Table.Td>{a.documents}</Table.Td>
                    <Table.Td>{a.attachments}</Table.Td>
                    <Table.Td>{formatBytes(a.bytes)}</Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={5}>
                    <Badge color="red" variant="light">
                      {t('archiveExport.list.unreadable')}
                    </Badge>
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="light" disabled={busy} onClick={() => onVerify(a.name)}>
                      {t('archiveExport.list.verify')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={busy || !a.readable}
                      onClick={() => onOpen(a.name)}
                    >
                      {t('archiveExport.list.open')}
                    </Button>
                    {canRestore && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        disabled={busy || !a.readable}
                        onClick={() => onRestore(a.name)}
                      >
                        {t('archiveExport.list.restore')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
