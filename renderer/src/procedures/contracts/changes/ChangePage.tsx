/**
 * 变更协议: the contract's next version. The lines and milestones start as
 * the contract's and are edited here; the difference (per line and in
 * total) is shown against the contract as it stands. Submitting asks the
 * approvals the rules require of the new version; signing makes it the
 * contract.
 */
import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { can } from '@shared/auth/permissions'
import { formatFen } from '@shared/kernel/money'
import { changeMachine } from '@shared/procedures/contracts/machines/change'
import { type ChangeInput, changeInputSchema } from '@shared/procedures/contracts/schema'
import type { ContractChangeRecord, ContractRecord, FrozenLine } from '@shared/procedures/contracts/records'
import { appDb } from '../../../data/db'
import { useLandingTab } from '../../../components/useLandingTab'
import { useLiveQuery } from '../../../data/live'
import {
  saveChange,
  signChange,
  submitChange,
  voidChange,
} from '../../../data/repositories/contracts/changesRepo'
import {
  lineInputOf,
  liveLines,
  liveMilestones,
  milestoneInputOf,
} from '../../../data/repositories/contracts/childLines'
import { useActor, useWriteContext } from '../../../stores/session'
import { approvalFormModel, changeModel } from '../documents/documentModels'
import { DocumentButton } from '../documents/DocumentButton'
import { AttachmentsSection } from '../../archives/AttachmentsSection'
import { ApprovalPanel } from '../shared/ApprovalPanel'
import { type FieldErrors, fromSchema } from '../shared/fieldErrors'
import { showRefusal } from '../shared/showRefusal'
import { LinesEditor, safeTotals } from '../shared/LinesEditor'
import { MilestonesEditor } from '../shared/MilestonesEditor'
import { LineDifferences } from './LineDifferences'

export function ChangePage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const loaded = useLiveQuery(async () => {
    const db = appDb()
    const change = await db.contractChanges.get(id)
    if (!change) return null
    const contract = await db.contracts.get(change.contractId)
    if (!contract) return null
    const [lines, milestones] = await Promise.all([liveLines(db, id), liveMilestones(db, id)])
    return { change, contract, lines, milestones }
  }, [id])
  if (loaded === undefined) return <Loader />
  if (loaded === null) return <Text c="red">{t('errors.data.notFound')}</Text>
  const { change, contract } = loaded
  const initial: ChangeInput = {
    reason: change.reason,
    scheduleEffect: change.scheduleEffect,
    lines: loaded.lines.map((l) => lineInputOf(l, true)),
    milestones: loaded.milestones.map((m) => milestoneInputOf(m, true)),
  }
  return (
    <ChangeEditor
      key={`${change.id}:${change.step}`}
      change={change}
      contract={contract}
      initial={initial}
      contractLines={change.linesBefore}
    />
  )
}

function ChangeEditor({
  change,
  contract,
  initial,
  contractLines,
}: {
  change: ContractChangeRecord
  contract: ContractRecord
  initial: ChangeInput
  contractLines: FrozenLine[]
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actor = useActor()
  const write = useWriteContext()
  const [values, setValues] = useState<ChangeInput>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [signedOn, setSignedOn] = useState<string | null>(null)
  const [voidReason, setVoidReason] = useState('')
  // A link to the approvals (?tab=approvals) scrolls them into view.
  const { scrollRef } = useLandingTab('approvals')
  const step = change.step
  const drafting = changeMachine.isEditable(step)
  const editable = drafting && can(actor, 'contracts.edit')
  // 作废 leads to the step where the agreement is over and its scans are archived with it.
  const voided = step === changeMachine.actions.void.to
  const set = (patch: Partial<ChangeInput>) => setValues((v) => ({ ...v, ...patch }))
  const after = safeTotals(values.lines).totalFen
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work()
      notifications.show({ color: 'green', message: done })
    } catch (err) {
      showRefusal(t, err, setErrors)
    }
  }
  const save = async (thenSubmit: boolean) => {
    const found = fromSchema(changeInputSchema, values)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    await run(
      async () => {
        await saveChange(appDb(), { id: change.id, input: values }, write())
        if (thenSubmit) await submitChange(appDb(), { id: change.id }, write())
      },
      thenSubmit ? t('contracts.actions.done', { action: t('contracts.changes.submit') }) : t('common.saved'),
    )
  }

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor onClick={() => navigate('/contracts')}>{t('contracts.title')}</Anchor>
        <Anchor onClick={() => navigate(`/contracts/${contract.id}`)}>{contract.number}</Anchor>
        <Text>{change.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>
            {t('contracts.changes.title')} {change.number}
          </Title>
          <Badge data-testid="change-step">{t(`contracts.changes.steps.${change.step}`)}</Badge>
          <Badge variant="outline">{t('contracts.version', { n: change.version })}</Badge>
        </Group>
        <Group gap="xs">
          <DocumentButton
            label={t('contracts.changes.document')}
            build={() => changeModel(appDb(), change.id, new Date().toISOString())}
          />
          {change.requiredApprovals.length > 0 && (
            <DocumentButton
              label={t('contracts.documents.approvalForm')}
              build={() => approvalFormModel(appDb(), 'contractChanges', change.id, new Date().toISOString())}
            />
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Textarea
            label={t('contracts.changes.reason')}
            withAsterisk
            autosize
            readOnly={!editable}
            value={values.reason}
            error={errors.reason ? t(errors.reason.key, errors.reason.params) : undefined}
            onChange={(e) => set({ reason: e.currentTarget.value })}
          />
          <Textarea
            label={t('contracts.changes.scheduleEffect')}
            autosize
            readOnly={!editable}
            value={values.scheduleEffect}
            onChange={(e) => set({ scheduleEffect: e.currentTarget.value })}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <LinesEditor
          lines={values.lines}
          onChange={editable ? (lines) => set({ lines }) : undefined}
          errors={errors}
          showQuoted
        />
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('contracts.changes.difference')}
        </Title>
        <LineDifferences before={contractLines} after={values.lines} />
        <Text mt="sm" data-testid="change-totals">
          {t('contracts.changes.before')} {formatFen(change.totalBeforeFen)} → {t('contracts.changes.after')}{' '}
          {formatFen(after)}（{t('contracts.changes.difference')} {after >= change.totalBeforeFen ? '+' : ''}
          {formatFen(after - change.totalBeforeFen)}）
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <MilestonesEditor
          milestones={values.milestones}
          totalFen={after}
          onChange={editable ? (milestones) => set({ milestones }) : undefined}
          errors={errors}
        />
      </Paper>
      {editable && (
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void save(false)}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void save(true)}>{t('contracts.changes.submit')}</Button>
        </Group>
      )}
      {!drafting && (
        <Paper withBorder p="md" ref={scrollRef}>
          <ApprovalPanel table="contractChanges" subject={change} />
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('contracts.tabs.attachments')}
        </Title>
        <AttachmentsSection owner={{ table: 'contractChanges', id: change.id }} ownerArchived={voided} />
      </Paper>
      {changeMachine.availability(step, 'sign', actor.roles).open && (
        <Group align="flex-end">
          <DateInput
            label={t('contracts.sign.date')}
            valueFormat="YYYY-MM-DD"
            value={signedOn}
            error={errors.signedOn ? t(errors.signedOn.key, errors.signedOn.params) : undefined}
            onChange={setSignedOn}
          />
          <Button
            onClick={() =>
              void run(
                () => signChange(appDb(), { id: change.id, signedOn: signedOn ?? '' }, write()),
                t('contracts.changes.signed', { n: change.version }),
              )
            }
          >
            {t('contracts.changes.sign')}
          </Button>
        </Group>
      )}
      {changeMachine.availability(step, 'void', actor.roles).open && can(actor, 'contracts.edit') && (
        <Group align="flex-end">
          <Textarea
            label={t('contracts.reason')}
            autosize
            w={360}
            value={voidReason}
            error={errors.reason && !drafting ? t(errors.reason.key) : undefined}
            onChange={(e) => setVoidReason(e.currentTarget.value)}
          />
          <Button
            color="red"
            variant="light"
            onClick={() =>
              void run(
                () => voidChange(appDb(), { id: change.id, reason: voidReason }, write()),
                t('contracts.changes.void'),
              )
            }
          >
            {t('contracts.changes.void')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
