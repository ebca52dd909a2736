/**
 * One milestone's 催款: the log of every attempt (when, whom, how, the day
 * promised) and the form to record a new one. Refusals show at their field.
 */
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '@shared/kernel/workdays'
import { contactWays, type ContactWay } from '@shared/procedures/collections/records'
import { appDb } from '../../../data/db'
import { useLiveQuery } from '../../../data/live'
import { dunningLog, type OwedRow, saveDunning } from '../../../data/repositories/collections/dunningsRepo'
import { useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { type FieldErrors, fromFailure } from '../../contracts/shared/fieldErrors'
import { showRefusal } from '../../contracts/shared/showRefusal'

const blank = () => ({
  contactedOn: todayIso(new Date()),
  contact: '',
  how: '' as ContactWay | '',
  promisedOn: '',
  note: '',
})

export function DunningModal({ row, onClose }: { row: OwedRow | null; onClose: () => void }) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const [values, setValues] = useState(blank)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const log = useLiveQuery(
    () => (row ? dunningLog(appDb(), row.milestoneId) : Promise.resolve([])),
    [row?.milestoneId],
  )
  const err = (f: string) => (errors[f] ? t(errors[f].key, errors[f].params) : undefined)
  const set = (patch: Partial<ReturnType<typeof blank>>) => {
    setValues((v) => ({ ...v, ...patch }))
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))))
  }
  const save = async () => {
    if (!row) return
    setBusy(true)
    try {
      await saveDunning(
        appDb(),
        { input: { ...values, contractId: row.contract.id, milestoneId: row.milestoneId } },
        write(),
      )
      notifications.show({ color: 'green', message: t('dunningScreen.saved') })
      setValues(blank())
    } catch (e) {
      if (!fromFailure(e) && !values.how) setErrors({ how: { key: 'validation.required' } })
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      size="xl"
      title={
        row
          ? t('dunningScreen.modalTitle', {
              number: row.contract.number,
              kind: t(`contracts.milestone.kinds.${row.kind}`),
            })
          : ''
      }
    >
      <Stack gap="md">
        <Table withTableBorder fz="sm" data-testid="dunning-log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dunningFields.contactedOn')}</Table.Th>
              <Table.Th>{t('dunningFields.contact')}</Table.Th>
              <Table.Th>{t('dunningFields.how')}</Table.Th>
              <Table.Th>{t('dunningFields.promisedOn')}</Table.Th>
              <Table.Th>{t('dunningFields.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(log ?? []).length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed">
                    {t('dunningScreen.noLog')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              (log ?? []).map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.contactedOn}</Table.Td>
                  <Table.Td>{d.contact}</Table.Td>
                  <Table.Td>{t(`collections.contactWays.${d.how}`)}</Table.Td>
                  <Table.Td>{d.promisedOn}</Table.Td>
                  <Table.Td>{d.note}</Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <DayInput
            label={t('dunningFields.contactedOn')}
            editable
            value={values.contactedOn}
            error={err('contactedOn')}
            onChange={(v) => set({ contactedOn: v })}
          />
          <TextInput
            label={t('dunningFields.contact')}
            withAsterisk
            value={values.contact}
            error={err('contact')}
            onChange={(e) => set({ contact: e.currentTarget.value })}
          />
          <Select
            label={t('dunningFields.how')}
            withAsterisk
            data={contactWays.map((w) => ({ value: w, label: t(`collections.contactWays.${w}`) }))}
            value={values.how || null}
            error={err('how')}
            onChange={(v) => set({ how: (v ?? '') as ContactWay | '' })}
          />
          <DateInput
            label={t('dunningFields.promisedOn')}
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            clearable
            value={values.promisedOn || null}
            error={err('promisedOn')}
            onChange={(v) => set({ promisedOn: v ?? '' })}
          />
        </SimpleGrid>
        <Textarea
          label={t('dunningFields.note')}
          autosize
          minRows={2}
          value={values.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button loading={busy} onClick={() => void save()}>
            {t('dunningScreen.record')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
