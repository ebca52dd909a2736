/**
 * The approvals a contract, change agreement or phone order requires, and
 * the decisions on them: in the app by the approver, or entered from the
 * signed paper form with its scan. The decision buttons are open to whoever
 * looks; the rules decide who may approve (shared/approvals), so a clerk who
 * tries is refused with the reason.
 */
import { Badge, Button, Group, Modal, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApprovalRule, RequiredApproval } from '@shared/approvals/approvalRules'
import { approvalProgress, decidableBy, type ApprovalDecision } from '@shared/approvals/approvalStatus'
import { can } from '@shared/auth/permissions'
import type { ApprovalRow, ApprovalSubjectTable } from '@shared/procedures/contracts/records'
import { liveRows } from '@shared/types/records'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { listAttachments } from '../../../data/repositories/attachmentsRepo'
import {
  allApprovals,
  decideApproval,
  recordPaperApproval,
} from '../../../data/repositories/contracts/approvalsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { ruleText } from './ruleText'
import { waitsForApprovals } from './waitsForApprovals'

export interface ApprovalSubject {
  id: string
  step: string
  requiredApprovals: RequiredApproval[]
  approvalRound: number
}

interface Props {
  table: ApprovalSubjectTable
  subject: ApprovalSubject
}

/** When a decision was taken: in the app to the minute; on paper the day signed (no made-up time). */
function decidedAt(row: ApprovalRow): string {
  return row.mode === 'paper' ? row.at.slice(0, 10) : dayjs(row.at).format('YYYY-MM-DD HH:mm')
}

function DecisionCell({ row }: { row: ApprovalRow | undefined }) {
  const { t } = useTranslation()
  if (!row) return <Badge color="yellow">{t('contracts.approvals.pending')}</Badge>
  return (
    <Badge color={row.decision === 'approved' ? 'green' : 'red'}>
      {t(`contracts.approvals.decisions.${row.decision}`)}
    </Badge>
  )
}

export function ApprovalPanel({ table, subject }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const rows = useLiveQuery(() => allApprovals(appDb(), subject.id), [subject.id]) ?? []
  const current = rows.filter((r) => r.round === subject.approvalRound)
  const earlier = rows.filter((r) => r.round !== subject.approvalRound)
  const progress = approvalProgress(subject.requiredApprovals, current)
  const waiting = waitsForApprovals(table, subject.step)
  const [comments, setComments] = useState<Record<string, string>>({})
  const [paperOpen, paper] = useDisclosure(false)

  const decide = async (rule: ApprovalRule, decision: ApprovalDecision) => {
    try {
      await decideApproval(
        appDb(),
        { table, id: subject.id, decision: { rule, decision, comment: comments[rule] ?? '' } },
        write(),
      )
      notifications.show({ color: 'green', message: t(`contracts.approvals.done.${decision}`) })
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }

  if (subject.requiredApprovals.length === 0) return <Text c="dimmed">{t('contracts.approvals.none')}</Text>

  return (
    <Stack gap="sm" data-testid="approvals">
      <Table withTableBorder verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contracts.approvals.step')}</Table.Th>
            <Table.Th>{t('contracts.approvals.rule')}</Table.Th>
            <Table.Th>{t('contracts.approvals.role')}</Table.Th>
            <Table.Th>{t('contracts.approvals.decision')}</Table.Th>
            <Table.Th>{t('contracts.approvals.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subject.requiredApprovals.map((r) => {
            const row = current.find((c) => c.rule === r.rule)
            const open = waiting && !row && progress.state === 'pending'
            // Only who may decide now sees 同意 / 不同意; everyone else reads whose turn it is.
            const mine = open && decidableBy(progress, actor.roles).some((d) => d.rule === r.rule)
            return (
              <Table.Tr key={r.rule} data-rule={r.rule}>
                <Table.Td>{r.step}</Table.Td>
                <Table.Td>
                  <Text size="sm">{ruleText(t, r)}</Text>
                  {open && !mine && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {r.step !== progress.currentStep
                        ? t('contracts.approvals.afterStep', { step: progress.currentStep ?? '' })
                        : t('contracts.approvals.needsRole', { role: t(`roles.${r.role}`) })}
                    </Text>
                  )}
                  {mine && (
                    <Stack gap={4} mt={6}>
                      <Textarea
                        size="xs"
                        autosize
                        minRows={1}
                        aria-label={t('contracts.approvals.comment')}
                        placeholder={t('contracts.approvals.commentHint')}
                        value={comments[r.rule] ?? ''}
                        onChange={(e) => setComments({ ...comments, [r.rule]: e.currentTarget.value })}
                      />
                      <Group gap="xs">
                        <Button size="xs" color="green" onClick={() => void decide(r.rule, 'approved')}>
                          {t('contracts.approvals.approve')}
                        </Button>
                        <Button
                          size="xs"
                          color="red"
                          variant="light"
                          onClick={() => void decide(r.rule, 'rejected')}
                        >
                          {t('contracts.approvals.reject')}
                        </Button>
                      </Group>
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>{t(`roles.${r.role}`)}</Table.Td>
                <Table.Td>
                  <DecisionCell row={row} />
                  {row?.comment && (
                    <Text size="xs" mt={4}>
                      {row.comment}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {row && (
                    <Text size="xs">
                      {row.byName} · {decidedAt(row)} · {t(`contracts.approvals.modes.${row.mode}`)}
                      {row.recordedBy
                        ? ` · ${t('contracts.approvals.recordedBy', { name: row.recordedBy })}`
                        : ''}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {waiting && progress.state === 'pending' && can(actor, 'approvals.recordPaper') && (
        <Group>
          <Button size="xs" variant="default" onClick={paper.open}>
            {t('contracts.approvals.paper')}
          </Button>
        </Group>
      )}
      {earlier.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="earlier-rounds">
          {t('contracts.approvals.earlier')}：
          {earlier
            .map(
              (r) =>
                `${t('contracts.approvals.round', { n: r.round })} ${t(`roles.${r.role}`)} ${r.byName} ${t(
                  `contracts.approvals.decisions.${r.decision}`,
                )}${r.comment ? `（${r.comment}）` : ''}`,
            )
            .join('；')}
        </Text>
      )}
      <PaperApprovalModal
        opened={paperOpen}
        onClose={paper.close}
        table={table}
        subject={subject}
        open={progress.open.filter((r) => r.step === progress.currentStep)}
      />
    </Stack>
  )
}

function PaperApprovalModal({
  opened,
  onClose,
  table,
  subject,
  open,
}: {
  opened: boolean
  onClose: () => void
  table: ApprovalSubjectTable
  subject: ApprovalSubject
  open: RequiredApproval[]
}) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const scans =
    useLiveQuery(
      () => listAttachments(appDb(), { table, id: subject.id }).then(liveRows),
      [table, subject.id],
    ) ?? []
  const [rule, setRule] = useState<string | null>(null)
  const [decision, setDecision] = useState<ApprovalDecision>('approved')
  const [signer, setSigner] = useState('')
  const [signedOn, setSignedOn] = useState<string | null>(null)
  const [scanId, setScanId] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<{ field: string; text: string } | null>(null)
  const at = (field: string) => (error?.field === field ? error.text : undefined)

  const save = async () => {
    const chosen = rule ?? open[0]?.rule
    if (!chosen) return
    try {
      await recordPaperApproval(
        appDb(),
        {
          table,
          id: subject.id,
          decision: {
            rule: chosen as ApprovalRule,
            decision,
            comment,
            signer,
            signedOn: signedOn ?? '',
            scanId: scanId ?? '',
          },
        },
        write(),
      )
      notifications.show({ color: 'green', message: t(`contracts.approvals.done.${decision}`) })
      onClose()
    } catch (err) {
      const field =
        err instanceof Error && 'params' in err
          ? String((err as { params: { field?: string } }).params.field ?? '')
          : ''
      setError({ field: field || 'rule', text: errorText(t, err) })
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.approvals.paper')} size="lg">
      <Stack gap="sm">
        <Select
          label={t('contracts.approvals.rule')}
          data={open.map((r) => ({ value: r.rule, label: ruleText(t, r) }))}
          value={rule ?? open[0]?.rule ?? null}
          onChange={setRule}
          allowDeselect={false}
          error={at('rule')}
        />
        <Select
          label={t('contracts.approvals.decision')}
          data={(['approved', 'rejected'] as const).map((d) => ({
            value: d,
            label: t(`contracts.approvals.decisions.${d}`),
          }))}
          value={decision}
          onChange={(v) => v && setDecision(v as ApprovalDecision)}
          allowDeselect={false}
        />
        <TextInput
          label={t('contracts.approvals.signer')}
          value={signer}
          onChange={(e) => setSigner(e.currentTarget.value)}
          error={at('signer')}
          withAsterisk
        />
        <DateInput
          label={t('contracts.approvals.signedOn')}
          valueFormat="YYYY-MM-DD"
          value={signedOn}
          onChange={(v) => setSignedOn(v)}
          error={at('signedOn')}
          withAsterisk
        />
        <Select
          label={t('contracts.approvals.scan')}
          description={t('contracts.approvals.scanHint')}
          data={scans.map((a) => ({ value: a.id, label: a.fileName }))}
          value={scanId}
          onChange={setScanId}
          error={at('scanId')}
          withAsterisk
        />
        <Textarea
          label={t('contracts.approvals.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={at('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}
