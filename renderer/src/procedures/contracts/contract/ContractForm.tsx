/**
 * The contract's content: parties, lines, payment milestones, delivery,
 * warranty and clauses. Editable in 起草; afterwards the same layout, read
 * only (a signed contract changes by 变更协议). Every problem is shown at its
 * field before anything is written; 提交法务审核 saves and submits in one
 * transaction.
 */
import {
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnsavedGuard } from '../../../components/useUnsavedGuard'
import { useNavigate } from 'react-router'
import { can } from '@shared/auth/permissions'
import { type ContractFacts, contractMachine } from '@shared/procedures/contracts/machines/contract'
import { type ContractInput, contractInputSchema } from '@shared/procedures/contracts/schema'
import type { ContractRecord } from '@shared/procedures/contracts/records'
import type { SettingValues } from '@shared/settings/settingKeys'
import { appDb } from '../../../data/db'
import {
  createContract,
  saveContract,
  submitContract,
} from '../../../data/repositories/contracts/contractsRepo'
import { useActor, useWriteContext } from '../../../stores/session'
import { type FieldErrors, fromProblems, fromSchema } from '../shared/fieldErrors'
import { CustomerSelect } from '../shared/CustomerSelect'
import { LinesEditor, safeTotals } from '../shared/LinesEditor'
import { MilestonesEditor } from '../shared/MilestonesEditor'
import { showRefusal } from '../shared/showRefusal'
import { ClausesEditor } from './ClausesEditor'

interface Props {
  /** null for a new contract. */
  contract: ContractRecord | null
  initial: ContractInput
  editable: boolean
  /** The department's settings: the clause library, and the context of the machine's checks. */
  settings: SettingValues
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  )
}

/**
 * The contract as its machine sees it once the form's values are saved: the
 * stored record with the form's customer, terms, lines, milestones and
 * totals over it. The scans are left out: 提交法务审核 does not read them.
 */
function factsOf(contract: ContractRecord, values: ContractInput): ContractFacts {
  return {
    ...contract,
    customerId: values.customerId,
    nonStandardTerms: values.nonStandardTerms,
    specialFees: values.specialFees,
    totalFen: safeTotals(values.lines).totalFen,
    lines: values.lines,
    milestones: values.milestones,
    attachmentIds: [],
  }
}

export function ContractForm({ contract, initial, editable, settings }: Props) {
  const { t } = useTranslation()
  const actor = useActor()
  const write = useWriteContext()
  const library = settings['contracts.clauseLibrary']
  const navigate = useNavigate()
  const [values, setValues] = useState<ContractInput>(initial)
  // What was last saved (or loaded): leaving with anything else typed asks first.
  const [saved, setSaved] = useState<ContractInput>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const mayEdit = editable && can(actor, 'contracts.edit')
  const guard = useUnsavedGuard(mayEdit && JSON.stringify(values) !== JSON.stringify(saved))
  // An edit clears the problems shown: they are checked again on the next save.
  const set = (patch: Partial<ContractInput>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors({})
  }
  const err = (f: string) => (errors[f] ? t(errors[f].key, errors[f].params) : undefined)

  const run = async (submit: boolean) => {
    const found = fromSchema(contractInputSchema, values)
    // What 提交法务审核 asks of the data, from the machine the repository asks too.
    const stepProblems =
      submit && contract
        ? fromProblems(
            contractMachine.problems(factsOf(contract, values), 'submitLegal', {}, { ...write(), settings }),
          )
        : {}
    const all = { ...stepProblems, ...found }
    setErrors(all)
    if (Object.keys(all).length > 0) {
      notifications.show({ color: 'red', message: t('validation.fixFields') })
      return
    }
    setBusy(true)
    try {
      if (contract === null) {
        const created = await createContract(appDb(), { input: values }, write())
        notifications.show({ color: 'green', message: t('contracts.saved') })
        guard.allowNext()
        navigate(`/contracts/${created.id}`, { replace: true })
      } else if (submit) {
        await submitContract(appDb(), { id: contract.id, input: values }, write())
        setSaved(values)
        notifications.show({
          color: 'green',
          message: t('contracts.actions.done', { action: t('contracts.actions.submitLegal') }),
        })
      } else {
        await saveContract(appDb(), { id: contract.id, input: values }, write())
        setSaved(values)
        notifications.show({ color: 'green', message: t('contracts.saved') })
      }
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }

  const readOnly = !mayEdit
  const totals = safeTotals(values.lines)
  return (
    <Stack gap="md" data-testid="contract-form">
      <Section title={t('contracts.sections.basics')}>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('contracts.name')}
            withAsterisk
            readOnly={readOnly}
            value={values.title}
            error={err('title')}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
          <CustomerSelect
            label={t('contracts.customer')}
            editable={!readOnly}
            value={values.customerId}
            error={err('customerId')}
            onChange={(customerId) => set({ customerId })}
          />
          <TextInput
            label={t('contracts.signPlace')}
            readOnly={readOnly}
            value={values.signPlace}
            onChange={(e) => set({ signPlace: e.currentTarget.value })}
          />
          <Group gap="lg" align="flex-end">
            <Checkbox
              label={t('contracts.nonStandardTerms')}
              disabled={readOnly}
              checked={values.nonStandardTerms}
              onChange={(e) => set({ nonStandardTerms: e.currentTarget.checked })}
            />
            <Checkbox
              label={t('contracts.specialFees')}
              disabled={readOnly}
              checked={values.specialFees}
              onChange={(e) => set({ specialFees: e.currentTarget.checked })}
            />
          </Group>
          {values.specialFees && (
            <Textarea
              label={t('contracts.specialFeesNote')}
              readOnly={readOnly}
              autosize
              value={values.specialFeesNote}
              onChange={(e) => set({ specialFeesNote: e.currentTarget.value })}
            />
          )}
        </SimpleGrid>
      </Section>
      <Section title={t('contracts.sections.lines')}>
        <LinesEditor
          lines={values.lines}
          onChange={readOnly ? undefined : (lines) => set({ lines })}
          errors={errors}
          showQuoted
        />
      </Section>
      <Section title={t('contracts.sections.payment')}>
        <MilestonesEditor
          milestones={values.milestones}
          totalFen={totals.totalFen}
          onChange={readOnly ? undefined : (milestones) => set({ milestones })}
          errors={errors}
        />
      </Section>
      <Section title={t('contracts.sections.delivery')}>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('contracts.deliveryTerms')}
            readOnly={readOnly}
            value={values.deliveryTerms}
            onChange={(e) => set({ deliveryTerms: e.currentTarget.value })}
          />
          <DateInput
            label={t('contracts.deliveryDueOn')}
            valueFormat="YYYY-MM-DD"
            clearable
            readOnly={readOnly}
            value={values.deliveryDueOn || null}
            error={err('deliveryDueOn')}
            onChange={(v) => set({ deliveryDueOn: v ?? '' })}
          />
          <Textarea
            label={t('contracts.warranty')}
            readOnly={readOnly}
            autosize
            value={values.warranty}
            onChange={(e) => set({ warranty: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Section>
      <Section title={t('contracts.sections.clauses')}>
        <ClausesEditor
          clauses={values.clauses}
          library={library}
          onChange={readOnly ? undefined : (clauses) => set({ clauses })}
          errors={errors}
        />
      </Section>
      {mayEdit && (
        <Group justify="flex-end">
          {errors.customerId || Object.keys(errors).length > 0 ? (
            <Text c="red" size="sm">
              {t('validation.fixFields')}
            </Text>
          ) : null}
          <Button variant="default" loading={busy} onClick={() => void run(false)}>
            {t('common.save')}
          </Button>
          {contract !== null && (
            <Button loading={busy} onClick={() => void run(true)}>
              {t('contracts.actions.submitLegal')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  )
}
