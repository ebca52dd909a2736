/**
 * 发货凭证 / 收货凭证: the typed scans of a shipment (签收单, 发货凭证, 运单,
 * 其他), uploaded to main's store (api().attachments.put, by SHA-256) and
 * kept as a voucher of the shipment (addVoucher) in one step; and the list
 * of a shipment's or a whole contract's vouchers with their preview.
 * 制度：对用户的收货凭证或发货凭证要妥善保存，不得遗失.
 */
import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core'
import { Dropzone, type FileRejection } from '@mantine/dropzone'
import { notifications } from '@mantine/notifications'
import { IconUpload } from '@tabler/icons-react'
import dayjs from 'dayjs'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttachmentMime } from '@shared/ipc/contract'
import { type VoucherKind, voucherKinds } from '@shared/procedures/shipping/records'
import { errorText } from '../../../components/errorText'
import { PreviewModal } from '../../../components/preview/PreviewModal'
import { appDb } from '../../../data/db'
import { addVoucher, type VoucherRow } from '../../../data/repositories/shipping/shipmentsRepo'
import { api, unwrap } from '../../../ipc/api'
import { base64ToBytes, fileToBase64 } from '../../../ipc/base64'
import { useWriteContext } from '../../../stores/session'
import { MAX_ATTACHMENT_BYTES } from '../../archives/AttachmentsSection'

const ACCEPT: AttachmentMime[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']

interface Preview {
  data: Uint8Array
  mime: AttachmentMime
  fileName: string
}

/** The upload of one shipment's vouchers: the kind first, then the file dropped or chosen. */
export function VoucherUpload({ shipmentId, initialKind }: { shipmentId: string; initialKind: VoucherKind }) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const [kind, setKind] = useState<VoucherKind>(initialKind)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const upload = async (files: File[]) => {
    setProblem(null)
    setBusy(true)
    try {
      for (const file of files) {
        const stored = await unwrap(
          api().attachments.put({ fileName: file.name, dataBase64: await fileToBase64(file) }),
        )
        await addVoucher(appDb(), { shipmentId, kind, stored, fileName: file.name }, write())
      }
      notifications.show({ color: 'green', message: t('shippingOrders.vouchers.added') })
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

  return (
    <Group align="stretch" gap="sm" wrap="nowrap">
      <Select
        w={200}
        label={t('shippingOrders.vouchers.kind')}
        allowDeselect={false}
        data={voucherKinds.map((k) => ({ value: k, label: t(`shipping.vouchers.kinds.${k}`) }))}
        value={kind}
        onChange={(v) => v && setKind(v as VoucherKind)}
      />
      <Stack gap={4} style={{ flex: 1 }}>
        <Dropzone
          onDrop={(files) => void upload(files)}
          onReject={reject}
          maxSize={MAX_ATTACHMENT_BYTES}
          accept={ACCEPT}
          loading={busy}
          data-testid="voucher-dropzone"
          p="xs"
        >
          <Group justify="center" gap="sm" mih={44} style={{ pointerEvents: 'none' }}>
            <IconUpload size={22} stroke={1.5} />
            <div>
              <Text size="sm">{t('shippingOrders.vouchers.upload')}</Text>
              <Text size="xs" c="dimmed">
                {t('shippingOrders.vouchers.uploadHint')}
              </Text>
            </div>
          </Group>
        </Dropzone>
        {problem && (
          <Text c="red" size="sm" role="alert">
            {problem}
          </Text>
        )}
      </Stack>
    </Group>
  )
}

/** Vouchers with their kind, file, shipment and upload time; each previewed in the app. */
export function VoucherTable({ rows, withShipment }: { rows: readonly VoucherRow[]; withShipment: boolean }) {
  const { t } = useTranslation()
  const [preview, setPreview] = useState<Preview | null>(null)
  const open = async (row: VoucherRow) => {
    try {
      const file = await unwrap(api().attachments.read({ sha256: row.sha256 }))
      setPreview({ data: base64ToBytes(file.dataBase64), mime: file.mime, fileName: row.fileName })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('shipping.vouchers.empty')}
      </Text>
    )
  return (
    <>
      <Table withTableBorder fz="sm" verticalSpacing={4} aria-label={t('shipping.vouchers.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('shippingOrders.vouchers.kind')}</Table.Th>
            <Table.Th>{t('shippingOrders.vouchers.file')}</Table.Th>
            {withShipment && <Table.Th w={150}>{t('shippingOrders.vouchers.shipment')}</Table.Th>}
            <Table.Th w={140}>{t('shippingOrders.vouchers.at')}</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <Badge variant="light" color={v.kind === 'signedReceipt' ? 'green' : 'blue'}>
                  {t(`shipping.vouchers.kinds.${v.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{v.fileName}</Table.Td>
              {withShipment && <Table.Td>{v.shipmentNumber}</Table.Td>}
              <Table.Td>{dayjs(v.createdAt).format('YYYY-MM-DD HH:mm')}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" onClick={() => void open(v)}>
                  {t('shippingOrders.vouchers.preview')}
                </Button>
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
    </>
  )
}

/** A titled box around a list of vouchers (and the upload, when given). */
export function VoucherBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text fw={600} mb="sm">
        {title}
      </Text>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  )
}
