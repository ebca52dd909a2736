/**
 * 附件: scans and signed documents of a record. Files go to main's store
 * (named by SHA-256, immutable); the row here says which record they belong
 * to. Dropped or chosen files over 50 MB or of another type are refused with
 * the reason, before anything is sent.
 */
import { Badge, Button, Group, Paper, Switch, Table, Text } from '@mantine/core'
import { Dropzone, type FileRejection } from '@mantine/dropzone'
import { notifications } from '@mantine/notifications'
import { IconPaperclip, IconUpload } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { can } from '@shared/auth/permissions'
import type { AttachmentMime } from '@shared/ipc/contract'
import type { AttachmentRecord } from '@shared/masterData/archiveRecords'
import { errorText } from '../../components/errorText'
import { PreviewModal } from '../../components/preview/PreviewModal'
import { appDb } from '../../data/db'
import { useLiveQuery } from '../../data/live'
import {
  addAttachment,
  listAttachments,
  editPermission,
  type OwnerRef,
  setAttachmentArchived,
} from '../../data/repositories/attachmentsRepo'
import { api, unwrap } from '../../ipc/api'
import { base64ToBytes, fileToBase64 } from '../../ipc/base64'
import { useActor, useWriteContext } from '../../stores/session'

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
const ACCEPT: AttachmentMime[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']

interface Preview {
  data: Uint8Array
  mime: AttachmentMime
  fileName: string
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

export function AttachmentsSection({ owner, ownerArchived }: { owner: OwnerRef; ownerArchived: boolean }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [showArchived, setShowArchived] = useState(false)
  const rows = useLiveQuery(() => listAttachments(appDb(), owner), [owner.table, owner.id]) ?? []
  const shown = rows
    .filter((r) => Boolean(r.deletedAt) === showArchived)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const users = useLiveQuery(() => appDb().users.toArray(), []) ?? []
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? ''
  const mayEdit = can(actor, editPermission(owner)) && !ownerArchived

  const upload = async (files: File[]) => {
    setProblem(null)
    setBusy(true)
    try {
      for (const file of files) {
        const stored = await unwrap(
          api().attachments.put({ fileName: file.name, dataBase64: await fileToBase64(file) }),
        )
        await addAttachment(appDb(), { owner, stored, fileName: file.name }, write())
      }
      notifications.show({ color: 'green', message: t('attachments.added', { count: files.length }) })
    } catch (err) {
      setProblem(errorText(t, err))
    } finally {
      setBusy(false)
    }
  }

  const reject = (rejections: FileRejection[]) => {
    const first = rejections[0]
    const tooBig = first.errors.some((e) => e.code === 'file-too-large')
    setProblem(
      tooBig
        ? t('errors.attachments.tooLarge', { maxMb: 50 })
        : t('errors.attachments.badType', { fileName: first.file.name }),
    )
  }

  const open = async (row: AttachmentRecord) => {
    try {
      const file = await unwrap(api().attachments.read({ sha256: row.sha256 }))
      setPreview({ data: base64ToBytes(file.dataBase64), mime: file.mime, fileName: row.fileName })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  const setArchived = async (row: AttachmentRecord, archived: boolean) => {
    try {
      await setAttachmentArchived(appDb(), { owner, id: row.id, archived }, write())
      notifications.show({
        color: 'green',
        message: t(archived ? 'archives.archivedDone' : 'archives.restoredDone'),
      })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  return (
    <Paper withBorder radius="md" p="md">
      {mayEdit && (
        <Dropzone
          onDrop={(files) => void upload(files)}
          onReject={reject}
          maxSize={MAX_ATTACHMENT_BYTES}
          accept={ACCEPT}
          loading={busy}
          mb="sm"
          data-testid="attachment-dropzone"
        >
          <Group justify="center" gap="sm" mih={70} style={{ pointerEvents: 'none' }}>
            <IconUpload size={28} stroke={1.5} />
            <div>
              <Text size="sm">{t('attachments.drop')}</Text>
              <Text size="xs" c="dimmed">
                {t('attachments.dropHint')}
              </Text>
            </div>
          </Group>
        </Dropzone>
      )}
      {problem && (
        <Text c="red" size="sm" mb="sm" role="alert">
          {problem}
        </Text>
      )}
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t('archives.count', { count: shown.length })}
        </Text>
        <Switch
          size="sm"
          label={t('archives.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.currentTarget.checked)}
        />
      </Group>
      <Table striped aria-label={t('attachments.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('attachments.fileName')}</Table.Th>
            <Table.Th w={90}>{t('attachments.size')}</Table.Th>
            <Table.Th w={100}>{t('attachments.by')}</Table.Th>
            <Table.Th w={140}>{t('attachments.at')}</Table.Th>
            <Table.Th w={150}>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <IconPaperclip size={14} />
                  <Text size="sm">{row.fileName}</Text>
                  {row.deletedAt && (
                    <Badge size="xs" color="gray">
                      {t('archives.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{formatBytes(row.bytes)}</Table.Td>
              <Table.Td>{nameOf(row.createdBy)}</Table.Td>
              <Table.Td>{dayjs(row.createdAt).format('YYYY-MM-DD HH:mm')}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" onClick={() => void open(row)}>
                    {t('attachments.preview')}
                  </Button>
                  {!row.deletedAt && mayEdit && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void setArchived(row, true)}
                    >
                      {t('common.archive')}
                    </Button>
                  )}
                  {row.deletedAt && can(actor, 'archives.restore') && (
                    <Button size="compact-xs" variant="subtle" onClick={() => void setArchived(row, false)}>
                      {t('common.restore')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview && (
        <PreviewModal
          opened
          onClose={() => setPreview(null)}
          data={preview.data}
          mime={preview.mime}
          fileName={preview.fileName}
        />
      )}
    </Paper>
  )
}
