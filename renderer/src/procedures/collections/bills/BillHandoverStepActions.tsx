/**
 * What this user may do on a slip waiting for finance: finance signs in
 * the app as itself (财务签收); the clerk records finance's signature on
 * the printed slip — the signer, the day and the signed scan, chosen from
 * the slip's scans (登记纸面签收) — or voids the slip with a reason. Every
 * problem the machine finds is shown at its field before anything is sent.
 */
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '@shared/kernel/workdays'
import {
  type BillHandoverAction,
  type BillHandoverPayloads,
  billHandoverMachine,
} from '@shared/procedures/collections/machines/billHandover'
import type { BillHandoverRecord } from '@shared/procedures/collections/records'
import { liveRows } from '@shared/types/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { listAttachments } from '../../../data/repositories/attachmentsRepo'
import {
  billHandoverAction,
  billHandoverFacts,
} from '../../../data/repositories/collections/billHandoversRepo'
import { machineContext } from '../../../data/repositories/takeTransition'
import { useActor, useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { type FieldErrors, fromProblems } from '../../contracts/shared/fieldErrors'
import { ReasonModal } from '../../contracts/shared/ReasonModal'
import { showRefusal } from '../../contracts/shared/showRefusal'

interface Props {
  slip: BillHandoverRecord
  open: readonly BillHandoverAction[]
}

export function BillHandoverStepActions({ slip, open }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [paper, setPaper] = useState({ receivedBy: '', signedOn: todayIso(new Date()), signedScanId: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [voiding, setVoiding] = useState(false)
  const scans =
    useLiveQuery(
      () => listAttachments(appDb(), { table: 'billHandovers', id: slip.id }).then(liveRows),
      [slip.id],
    ) ?? []
  const has = (a: BillHandoverAction) => open.includes(a)
  const err = (field: string) => {
    const e = errors[field]
    return e ? t(e.key, e.params) : undefined
  }
  const listProblem = Object.entries(errors).find(([field]) => field.startsWith('receiptIds'))?.[1]
  const edit = (patch: Partial<typeof paper>) => {
    setPaper((p) => ({ ...p, ...patch }))
    setErrors({})
  }

  const act = async <A extends 'sign' | 'recordPaper'>(action: A, payload: BillHandoverPayloads[A]) => {
    setBusy(true)
    try {
      const db = appDb()
      const problems = billHandoverMachine.problems(
        await billHandoverFacts(db, slip),
        action,
        payload,
        await machineContext(db, write()),
      )
      setErrors(fromProblems(problems))
      if (problems.length > 0) {
        notifications.show({ color: 'red', message: t(problems[0].messageKey, problems[0].params) })
        return
      }
      await billHandoverAction(db, { id: slip.id, action, payload }, write())
      notifications.show({
        color: 'green',
        message: t('billsScreen.done', { action: t(`billsScreen.actions.${action}`) }),
      })
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      {has('sign') && <Text size="sm">{t('billsScreen.signHint', { name: actor.name })}</Text>}
      {listProblem && (
        // A bill of the slip that cannot be signed for any more (its receipt voided since): said here, above the list.
        <Text c="red" size="sm" role="alert">
          {t(listProblem.key, listProblem.params)}
        </Text>
      )}
      {has('recordPaper') && (
        <>
          <Text size="sm" c="dimmed">
            {t('billsScreen.financeSigns')}
            {t('billsScreen.paperHint')}
          </Text>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              label={t('billHandoverFields.receivedBy')}
              withAsterisk
              value={paper.receivedBy}
              error={err('receivedBy')}
              onChange={(e) => edit({ receivedBy: e.currentTarget.value })}
            />
            <DayInput
              label={t('billHandoverFields.signedOn')}
              editable
              value={paper.signedOn}
              error={err('signedOn')}
              onChange={(v) => edit({ signedOn: v })}
            />
            <Select
              label={t('billHandoverFields.signedScanId')}
              withAsterisk
              data={scans.map((a) => ({ value: a.id, label: a.fileName }))}
              value={paper.signedScanId || null}
              error={err('signedScanId')}
              onChange={(v) => edit({ signedScanId: v ?? '' })}
            />
          </SimpleGrid>
        </>
      )}
      <Group gap="xs">
        {has('sign') && (
          <Button color="green" loading={busy} onClick={() => void act('sign', {})}>
            {t('billsScreen.actions.sign')}
          </Button>
        )}
        {has('recordPaper') && (
          <Button loading={busy} onClick={() => void act('recordPaper', paper)}>
            {t('billsScreen.actions.recordPaper')}
          </Button>
        )}
        {has('void') && (
          <Button color="red" variant="light" onClick={() => setVoiding(true)}>
            {t('billsScreen.actions.void')}
          </Button>
        )}
      </Group>
      {has('void') && (
        <Text size="xs" c="dimmed">
          {t('billsScreen.voidHint')}
        </Text>
      )}
      <ReasonModal
        opened={voiding}
        action={t('billsScreen.actions.void')}
        label={t('billHandoverFields.voidReason')}
        onClose={() => setVoiding(false)}
        onConfirm={async (reason) => {
          await billHandoverAction(appDb(), { id: slip.id, action: 'void', payload: { reason } }, write())
          notifications.show({
            color: 'green',
            message: t('billsScreen.done', { action: t('billsScreen.actions.void') }),
          })
        }}
      />
    </Stack>
  )
}
