/** One archive record: its form, then its child tables, attachments and history in tabs. */
import { Anchor, Badge, Breadcrumbs, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { type ArchiveTable, archiveSpecs } from '@shared/masterData/archiveSpecs'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { ArchiveForm } from './ArchiveForm'
import { AttachmentsSection } from './AttachmentsSection'
import { ChildTableSection } from './ChildTableSection'
import { RecordHistory } from './RecordHistory'
import { DuplicateWarning } from '../sync/DuplicateWarning'

export function ArchiveRecordPage({ table }: { table: ArchiveTable }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { id = 'new' } = useParams()
  const spec = archiveSpecs[table]
  const isNew = id === 'new'
  const row = useLiveQuery(
    async () => (isNew ? null : (((await appDb().table(table).get(id)) as AnyRecord | undefined) ?? false)),
    [table, id],
  )

  const title = isNew
    ? t('archives.create', { what: t(`archives.${table}.one`) })
    : row
      ? String(row.name)
      : t('common.loading')

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor onClick={() => navigate(spec.route)}>{t(`archives.${table}.title`)}</Anchor>
        <Text>{title}</Text>
      </Breadcrumbs>
      <Group gap="sm">
        <Title order={3}>{title}</Title>
        {row && row.deletedAt && <Badge color="gray">{t('archives.archived')}</Badge>}
      </Group>
      {row && <DuplicateWarning table={table} id={row.id} />}
      {row === undefined ? (
        <Loader />
      ) : row === false ? (
        <Text c="red">{t('errors.data.notFound')}</Text>
      ) : (
        <>
          <ArchiveForm key={row?.id ?? 'new'} table={table} record={row} />
          {row && (
            <Tabs defaultValue={spec.children[0] ?? 'attachments'} keepMounted={false}>
              <Tabs.List>
                {spec.children.map((c) => (
                  <Tabs.Tab key={c} value={c}>
                    {t(`md.${c}.title`)}
                  </Tabs.Tab>
                ))}
                <Tabs.Tab value="attachments">{t('attachments.title')}</Tabs.Tab>
                <Tabs.Tab value="history">{t('archives.history')}</Tabs.Tab>
              </Tabs.List>
              {spec.children.map((c) => (
                <Tabs.Panel key={c} value={c} pt="sm">
                  <ChildTableSection
                    child={c}
                    parent={{ table, id: row.id }}
                    parentArchived={Boolean(row.deletedAt)}
                  />
                </Tabs.Panel>
              ))}
              <Tabs.Panel value="attachments" pt="sm">
                <AttachmentsSection owner={{ table, id: row.id }} ownerArchived={Boolean(row.deletedAt)} />
              </Tabs.Panel>
              <Tabs.Panel value="history" pt="sm">
                <RecordHistory table={table} rowId={row.id} />
              </Tabs.Panel>
            </Tabs>
          )}
        </>
      )}
    </Stack>
  )
}
