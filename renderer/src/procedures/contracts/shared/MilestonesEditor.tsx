/**
 * Payment milestones (预付款, 到货款, 验收款, 质保金): share of the total and
 * what makes each fall due — 合同签订 / 到货签收 / 验收合格 / 质保期满 + N 日, or a
 * fixed date. Picking the terms writes the words the contract prints
 * (triggerRuleText), so the printed rule and the computed date agree.
 */
import { Group, NumberInput, Select, Table, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatFen } from '@shared/kernel/money'
import { shareOfFen } from '@shared/kernel/shareOfFen'
import type { MilestoneInput } from '@shared/procedures/contracts/schema'
import { milestoneKinds, milestoneTriggers } from '@shared/procedures/contracts/records'
import { triggerRuleText } from '@shared/procedures/contracts/milestoneTriggers'
import { DayInput } from './DayInput'
import type { FieldErrors } from './fieldErrors'
import { AddRowButton, patchRow, RemoveRowCell, TableProblem } from './RowTableParts'
import { ScaledTextInput } from './ScaledTextInput'

interface Props {
  milestones: MilestoneInput[]
  totalFen: number
  onChange?: (milestones: MilestoneInput[]) => void
  errors?: FieldErrors
}

export function MilestonesEditor({ milestones, totalFen, onChange, errors = {} }: Props) {
  const { t } = useTranslation()
  const readOnly = !onChange
  const set = (i: number, patch: Partial<MilestoneInput>) => onChange?.(patchRow(milestones, i, patch))
  /** New terms: the printed words follow them. */
  const setTerms = (i: number, patch: Partial<MilestoneInput>) => {
    const m = { ...milestones[i], ...patch }
    const rule = triggerRuleText({ trigger: m.trigger, triggerDays: m.triggerDays, fixedOn: m.dueOn })
    set(i, { ...patch, ...(rule ? { dueRule: rule } : {}) })
  }
  const triggers = milestoneTriggers.map((k) => ({ value: k, label: t(`contracts.milestone.triggers.${k}`) }))
  const kinds = milestoneKinds.map((k) => ({ value: k, label: t(`contracts.milestone.kinds.${k}`) }))
  const sum = milestones.reduce((s, m) => s + (Number.isFinite(m.percentBp) ? m.percentBp : 0), 0)
  return (
    <div data-testid="milestones">
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>{t('contracts.milestone.kind')}</Table.Th>
            <Table.Th w={100}>{t('contracts.milestone.percent')}</Table.Th>
            <Table.Th w={130} ta="right">
              {t('contracts.milestone.amount')}
            </Table.Th>
            <Table.Th w={130}>{t('contracts.milestone.trigger')}</Table.Th>
            <Table.Th w={150}>{t('contracts.milestone.triggerDays')}</Table.Th>
            <Table.Th>{t('contracts.milestone.dueRule')}</Table.Th>
            {!readOnly && <Table.Th w={40} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {milestones.map((m, i) => (
            <Table.Tr key={m.id ?? `new-${i}`} data-milestone={i}>
              <Table.Td>
                {readOnly ? (
                  t(`contracts.milestone.kinds.${m.kind}`)
                ) : (
                  <Select
                    size="xs"
                    data={kinds}
                    allowDeselect={false}
                    aria-label={t('contracts.milestone.kind')}
                    value={m.kind}
                    onChange={(v) => v && set(i, { kind: v as MilestoneInput['kind'] })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {readOnly ? (
                  `${m.percentBp / 100}%`
                ) : (
                  <ScaledTextInput
                    size="xs"
                    scale="percent"
                    aria-label={t('contracts.milestone.percent')}
                    value={m.percentBp}
                    onValue={(v) => set(i, { percentBp: v ?? 0 })}
                  />
                )}
              </Table.Td>
              <Table.Td ta="right">
                {Number.isFinite(m.percentBp) ? formatFen(shareOfFen(totalFen, m.percentBp)) : '—'}
              </Table.Td>
              <Table.Td>
                {readOnly ? (
                  m.trigger ? (
                    t(`contracts.milestone.triggers.${m.trigger}`)
                  ) : (
                    '—'
                  )
                ) : (
                  <Select
                    size="xs"
                    data={triggers}
                    allowDeselect={false}
                    aria-label={t('contracts.milestone.trigger')}
                    value={m.trigger || null}
                    error={
                      errors[`milestones.${i}.trigger`] ? t(errors[`milestones.${i}.trigger`].key) : undefined
                    }
                    onChange={(v) => v && setTerms(i, { trigger: v as MilestoneInput['trigger'] })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {m.trigger === 'fixed' || m.trigger === '' ? (
                  <DayInput
                    size="xs"
                    editable={!readOnly}
                    aria-label={t('contracts.milestone.dueOn')}
                    value={m.dueOn}
                    onChange={(v) => setTerms(i, { dueOn: v })}
                  />
                ) : readOnly ? (
                  t('contracts.milestone.daysAfter', { n: m.triggerDays })
                ) : (
                  <NumberInput
                    size="xs"
                    min={0}
                    max={3650}
                    allowDecimal={false}
                    suffix=" 日内"
                    aria-label={t('contracts.milestone.triggerDays')}
                    value={m.triggerDays}
                    error={
                      errors[`milestones.${i}.triggerDays`]
                        ? t(errors[`milestones.${i}.triggerDays`].key)
                        : undefined
                    }
                    onChange={(v) => setTerms(i, { triggerDays: typeof v === 'number' ? v : 0 })}
                  />
                )}
              </Table.Td>
              <Table.Td>
                {readOnly ? (
                  m.dueRule
                ) : (
                  <TextInput
                    size="xs"
                    aria-label={t('contracts.milestone.dueRule')}
                    placeholder={t('contracts.milestone.dueRuleHint')}
                    value={m.dueRule}
                    onChange={(e) => set(i, { dueRule: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
              {onChange && (
                <RemoveRowCell
                  label={t('contracts.milestone.remove', { n: i + 1 })}
                  onRemove={() => onChange(milestones.filter((_, k) => k !== i))}
                />
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="xs">
        <AddRowButton
          label={t('contracts.milestone.add')}
          onAdd={
            onChange &&
            (() =>
              onChange([
                ...milestones,
                {
                  kind: 'other',
                  percentBp: Math.max(0, 10_000 - sum),
                  dueRule: '',
                  trigger: 'signed',
                  triggerDays: 0,
                  dueOn: '',
                },
              ]))
          }
        />
        <Text size="sm" c={sum === 10_000 ? 'dimmed' : 'red'}>
          {t('contracts.milestone.sum', { percent: sum / 100 })}
        </Text>
      </Group>
      <TableProblem errors={errors} field="milestones" />
    </div>
  )
}
