/**
 * 浏览归档 (read-only): the manifest of one package — when and where it was
 * made, records per table, and its files; a file opens from the package in
 * the system viewer. Nothing here writes. The file list shows the first
 * matches of the filter: a package of 10,000 contracts lists 10,000 PDFs.
 */
import { Button, Group, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveManifest } from '@shared/archive/archiveManifest'
import { errorText } from '../../components/errorText'
import { api, unwrap } from '../../ipc/api'
import { formatBytes } from '../archives/AttachmentsSection'

const SHOWN = 300

export function ArchiveBrowser({ manifest }: { manifest: ArchiveManifest }) {
  const { t, i18n } = useTranslation()
  const [filter, setFilter] = useState('')
  const files = useMemo(
    () => manifest.files.filter((f) => f.path.toLowerCase().includes(filter.trim().toLowerCase())),
    [filter, manifest.files],
  )
  const counts = Object.entries(manifest.counts).filter(([, n]) => n > 0)
  const tableName = (table: string) =>
    i18n.exists(`archiveExport.table.${table}`) ? `${t(`archiveExport.table.${table}`)}（${table}）` : table

  const openFile = async (path: string) => {
    try {
      await unwrap(api().archive.openFile({ name: manifest.name, path }))
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  return (
    <Stack data-testid="archive-browser">
      <Text size="sm" c="dimmed">
        {t('archiveExport.browse.readOnly')}
      </Text>
      <Group gap="xl">
        <Text size="sm">
          {t('archiveExport.browse.createdAt', {
            at: dayjs(manifest.createdAt).format('YYYY-MM-DD HH:mm:ss'),
          })}
        </Text>
        <Text size="sm">{t('archiveExport.browse.device', { device: manifest.deviceId })}</Text>
        <Text size="sm">{t('archiveExport.browse.version', { version: manifest.appVersion })}</Text>
      </Group>
      <Title order={6}>{t('archiveExport.browse.counts')}</Title>
      <Table withTableBorder data-testid="archive-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('archiveExport.browse.table')}</Table.Th>
            <Table.Th>{t('archiveExport.browse.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {counts.map(([table, n]) => (
            <Table.Tr key={table} data-table={table}>
              <Table.Td>{tableName(table)}</Table.Td>
              <Table.Td>{n}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Title order={6}>{t('archiveExport.browse.files', { count: manifest.files.length })}</Title>
        <TextInput
          size="xs"
          placeholder={t('archiveExport.browse.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
      </Group>
      <ScrollArea.Autosize mah={320}>
        <Table data-testid="archive-files">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('archiveExport.browse.path')}</Table.Th>
              <Table.Th>{t('archiveExport.browse.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {files.slice(0, SHOWN).map((f) => (
              <Table.Tr key={f.path}>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {f.path}
                  </Text>
                </Table.Td>
                <Table.Td>{formatBytes(f.bytes)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => void openFile(f.path)}>
                    {t('archiveExport.browse.openFile')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  )
}
