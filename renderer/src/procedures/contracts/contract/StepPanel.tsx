/**
 * The current step of a contract: what the department's rules require here
 * (each rule quoted with the clause it comes from), and the actions the
 * contract's machine opens at this step to the signed-in user's roles, each
 * with the little form it needs. The repository asks the same machine again,
 * so what this panel offers is a convenience, not the guard.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/kernel/money'
import { todayIso } from '@shared/kernel/workdays'
import { contractChecklists } from '@shared/procedures/contracts/checklist'
import {
  type ContractAction,
  type ContractPayload,
  contractMachine,
} from '@shared/procedures/contracts/machines/contract'
import type { ContractRecord } from '@shared/procedures/contracts/records'
import { liveRows } from '@shared/types/records'
import { errorText } from '../../../components/errorText'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { listAttachments } from '../../../data/repositories/attachmentsRepo'
import { contractAction } from '../../../data/repositories/contracts/contractsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { ReasonModal } from '../shared/ReasonModal'

/** 提交法务审核 is the draft form's own button (it saves the form first). */
const onTheForm: ContractAction = 'submitLegal'
/** Actions that end the contract: asked for a reason in a dialog, and shown in red. */
const dangerous: ReadonlySet<ContractAction> = new Set(['terminate', 'void'])
const allActions = Object.keys(contractMachine.actions) as ContractAction[]

export function StepPanel({ contract }: { contract: ContractRecord }) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const [payload, setPayload] = useState<ContractPayload>({})
  const [error, setError] = useState<{ field: string; text: string } | null>(null)
  const scans =
    useLiveQuery(
      () => listAttachments(appDb(), { table: 'contracts', id: contract.id }).then(liveRows),
      [contract.id],
    ) ?? []
  // Invoiced or confirmed received not matching the amount: settling needs the manager's written reason.
  const differs =
    (contract.invoicedFen ?? 0) !== contract.totalFen || (contract.receivedFen ?? 0) !== contract.totalFen
  const set = (patch: ContractPayload) => setPayload((p) => ({ ...p, ...patch }))
  const at = (f: string) => (error?.field === f ? error.text : undefined)
  const step = contract.step
  const open = contractMachine.actionsAt(step, actor.roles).filter((a) => a !== onTheForm)
  // Who may act here when this user may not: the roles of every user action the step opens.
  const others = allActions
    .filter((a) => a !== onTheForm)
    .map((a) => contractMachine.availability(step, a, actor.roles))
    .filter((a) => a.open)
  const whoMay = [...new Set(others.flatMap((a) => a.roles))]
  const checklist = contractChecklists[step] ?? []
  // 制度：正式《销售合同》签订后于当日保管存档 — the step where 存档 is open, once signed.
  const fileToday =
    contractMachine.availability(step, 'file', []).open && contract.signedOn <= todayIso(new Date())

  const done = (action: ContractAction) =>
    notifications.show({
      color: 'green',
      message: t('contracts.actions.done', { action: t(`contracts.actions.${action}`) }),
    })
  const take = async (action: ContractAction) => {
    setError(null)
    try {
      await contractAction(appDb(), { id: contract.id, action, payload }, write())
      done(action)
      setPayload({})
    } catch (err) {
      const field =
        err instanceof Error && 'params' in err
          ? (err as { params: { field?: unknown } }).params.field
          : undefined
      setError({ field: typeof field === 'string' ? field : action, text: errorText(t, err) })
      notifications.show({ color: 'red', message: errorText(t, err) })
    }
  }
  const [ending, setEnding] = useState<'terminate' | 'void' | null>(null)
  const confirmThen = (action: ContractAction) =>
    action === 'terminate' || action === 'void' ? setEnding(action) : void take(action)
  const end = async (reason: string) => {
    if (!ending) return
    await contractAction(appDb(), { id: contract.id, action: ending, payload: { reason } }, write())
    done(ending)
  }

  const has = (a: ContractAction) => open.includes(a)
  return (
    <Paper withBorder p="md" data-testid="step-panel">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Title order={5}>{t(`contracts.steps.${step}`)}</Title>
          {checklist.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                {t('contracts.checklist')}
              </Text>
              <List size="sm" spacing={4} mt={4}>
                {checklist.map((c) => (
                  <List.Item key={c.id}>
                    <Text size="sm">
                      「{c.rule}」
                      <Text span size="xs" c="dimmed" ml={4} data-testid="rule-source">
                        {c.source}
                      </Text>
                    </Text>
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
        <Stack gap="sm">
          {fileToday && (
            <Alert color="orange" p="xs">
              {t('contracts.file.dueToday')}
            </Alert>
          )}
          {(has('legalPass') || has('legalReturn')) && (
            <>
              <Textarea
                label={t('contracts.legal.opinion')}
                autosize
                minRows={2}
                value={payload.legalOpinion ?? ''}
                error={at('legalOpinion')}
                onChange={(e) => set({ legalOpinion: e.currentTarget.value })}
              />
              <Textarea
                label={t('contracts.legal.risk')}
                autosize
                minRows={2}
                value={payload.riskAssessment ?? ''}
                error={at('riskAssessment')}
                onChange={(e) => set({ riskAssessment: e.currentTarget.value })}
              />
            </>
          )}
          {has('sign') && (
            <>
              <Checkbox
                label={t('contracts.sign.openPoints')}
                checked={payload.openPointsConfirmed ?? false}
                error={at('openPointsConfirmed')}
                onChange={(e) => set({ openPointsConfirmed: e.currentTarget.checked })}
              />
              <DateInput
                label={t('contracts.sign.date')}
                valueFormat="YYYY-MM-DD"
                value={payload.signedOn ?? null}
                error={at('signedOn')}
                onChange={(v) => set({ signedOn: v ?? undefined })}
              />
            </>
          )}
          {has('file') && (
            <Select
              label={t('contracts.file.scan')}
              description={t('contracts.file.scanHint')}
              data={scans.map((a) => ({ value: a.id, label: a.fileName }))}
              value={payload.signedScanId ?? null}
              error={at('signedScanId')}
              onChange={(v) => set({ signedScanId: v ?? undefined })}
            />
          )}
          {has('settle') && (
            <>
              <Checkbox
                label={t('contracts.settle.quantities')}
                checked={payload.quantitiesVerified ?? false}
                error={at('quantitiesVerified')}
                onChange={(e) => set({ quantitiesVerified: e.currentTarget.checked })}
              />
              <Checkbox
                label={t('contracts.settle.amounts')}
                checked={payload.amountsVerified ?? false}
                error={at('amountsVerified')}
                onChange={(e) => set({ amountsVerified: e.currentTarget.checked })}
              />
              <Select
                label={t('contracts.settle.scan')}
                description={t('contracts.file.scanHint')}
                data={scans.map((a) => ({ value: a.id, label: a.fileName }))}
                value={payload.settlementScanId ?? null}
                error={at('settlementScanId')}
                onChange={(v) => set({ settlementScanId: v ?? undefined })}
              />
              <Text size="sm" data-testid="settlement-amounts" c={differs ? 'orange' : 'dimmed'}>
                {t('contracts.settle.amountsNow', {
                  total: formatFen(contract.totalFen),
                  invoiced: formatFen(contract.invoicedFen ?? 0),
                  received: formatFen(contract.receivedFen ?? 0),
                })}
              </Text>
              {differs && (
                <Textarea
                  label={t('contracts.settle.note')}
                  placeholder={t('contracts.settle.noteHint')}
                  autosize
                  minRows={2}
                  value={payload.settlementNote ?? ''}
                  error={at('settlementNote')}
                  onChange={(e) => set({ settlementNote: e.currentTarget.value })}
                />
              )}
            </>
          )}
          <Group gap="xs">
            {open.map((a) => (
              <Button
                key={a}
                size="sm"
                color={dangerous.has(a) ? 'red' : a === 'legalReturn' ? 'orange' : undefined}
                variant={dangerous.has(a) || a === 'legalReturn' ? 'light' : 'filled'}
                onClick={() => confirmThen(a)}
              >
                {t(`contracts.actions.${a}`)}
              </Button>
            ))}
          </Group>
          {open.length === 0 && whoMay.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('contracts.noAction', { roles: whoMay.map((r) => t(`roles.${r}`)).join('、') })}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      <ReasonModal
        opened={ending !== null}
        action={ending ? t(`contracts.actions.${ending}`) : ''}
        label={t('contracts.reason')}
        onClose={() => setEnding(null)}
        onConfirm={end}
      />
    </Paper>
  )
}
