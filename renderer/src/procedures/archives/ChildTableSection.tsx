/** A child table of an archive (联系人, 经营情况, …): rows in a table, edited in a modal. */
import { Badge, Button, Group, Paper, Switch, Table, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import type { AnyRecord } from '@shared/masterData/archiveRecords'
import { type ChildTable, archiveSpecs, childFieldsFor } from '@shared/masterData/archiveSpecs'
import { errorText } from '../../components/errorText'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import { type ParentRef, setChildArchived } from '../../data/repositories/childRowsRepo'
import { useActor, useWriteContext } from '../../stores/session'
import { ChildRowModal } from './ChildRowModal'
import { cellText, fieldLabel } from './labels'

interface Props {
  child: ChildTable
  parent: ParentRef
  parentArchived: boolean
}

export function ChildTableSection({ child, parent, parentArchived }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [editing, setEditing] = useState<AnyRecord | 'new' | null>(null)
  const [showArchived, setShowArchived] = useState(false)
  const fields = childFieldsFor(child, parent.table)
  const rows =
    useLiveQuery(
      () =>
        appDb().table(child).where('parentId').equals(parent.id).sortBy('createdAt') as Promise<AnyRecord[]>,
      [child, parent.id],
    ) ?? []
  const shown = rows.filter((r) => Boolean(r.deletedAt) === showArchived)
  const mayEdit = can(actor, archiveSpecs[parent.table].edit) && !parentArchived

  const setArchived = (row: AnyRecord, archived: boolean) => {
    const run = async () => {
      try {
        await setChildArchived(appDb(), { child, parent, id: row.id, archived }, write())
        notifications.show({
          color: 'green',
          message: t(archived ? 'archives.archivedDone' : 'archives.restoredDone'),
        })
      } catch (err) {
        notifications.show({ color: 'red', message: errorText(t, err) })
      }
    }
    if (!archived) return void run()
    modals.openConfirmModal({
      title: t('archives.childArchiveTitle'),
      children: <Text size="sm">{t('archives.archiveBody')}</Text>,
      labels: { confirm: t('common.archive'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void run(),
    })
  }

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('archives.count', { count: shown.length })}
        </Text>
        <Group gap="sm">
          <Switch
            size="sm"
            label={t('archives.showArchived')}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
          {mayEdit && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
              {t('archives.addChild', { what: t(`md.${child}.one`) })}
            </Button>
          )}
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover aria-label={t(`md.${child}.title`)}>
          <Table.Thead>
            <Table.Tr>
              {fields.map((f) => (
                <Table.Th key={f.key} style={{ minWidth: f.column }}>
                  {fieldLabel(t, child, f.key)}
                </Table.Th>
              ))}
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={fields.length + 1}>
                  <Text size="sm" c="dimmed" ta="center">
                    {t('archives.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {shown.map((row) => (
              <Table.Tr key={row.id}>
                {fields.map((f) => (
                  <Table.Td key={f.key}>{cellText(t, f, row[f.key])}</Table.Td>
                ))}
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {row.deletedAt ? (
                      <>
                        <Badge size="xs" color="gray">
                          {t('archives.archived')}
                        </Badge>
                        {can(actor, 'archives.restore') && !parentArchived && (
                          <Button size="compact-xs" variant="subtle" onClick={() => setArchived(row, false)}>
                            {t('common.restore')}
                          </Button>
                        )}
                      </>
                    ) : (
                      mayEdit && (
                        <>
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(row)}>
                            {t('common.edit')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setArchived(row, true)}
                          >
                            {t('common.archive')}
                          </Button>
                        </>
                      )
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <ChildRowModal
          child={child}
          parent={parent}
          row={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  )
}
