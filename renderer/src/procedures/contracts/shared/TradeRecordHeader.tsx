/**
 * The head of a trade record's form: its number (or 新…) with the status
 * badge, and the actions on the right. The buttons both procedures offer
 * there (作废, 转为合同) are here too, so they look and behave alike.
 */
import { Badge, Button, Group, Title } from '@mantine/core'
import { IconBan, IconSignature } from '@tabler/icons-react'
import type { ReactNode } from 'react'

interface Props {
  title: string
  status: string
  statusColor: string
  children: ReactNode
}

export function TradeRecordHeader({ title, status, statusColor, children }: Props) {
  return (
    <Group justify="space-between" align="flex-start">
      <Group gap="sm">
        <Title order={3}>{title}</Title>
        <Badge variant="light" color={statusColor} data-testid="status">
          {status}
        </Badge>
      </Group>
      <Group gap="xs">{children}</Group>
    </Group>
  )
}

/** Opens the record's 作废 dialog. */
export function VoidButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="light" color="red" leftSection={<IconBan size={16} />} onClick={onClick}>
      {label}
    </Button>
  )
}

/** Makes the contract draft from the record. */
export function ToContractButton({
  label,
  busy,
  onClick,
}: {
  label: string
  busy: boolean
  onClick: () => void
}) {
  return (
    <Button leftSection={<IconSignature size={16} />} loading={busy} onClick={onClick}>
      {label}
    </Button>
  )
}
