/**
 * What this user may do at the receipt's step: finance confirms the money
 * against the bank or returns it with a reason, and later reverses it (a
 * cheque dishonoured); the clerk resubmits a returned one, voids one not
 * confirmed, and records when and how the customer was told. Every problem
 * the machine finds shows at its field.
 */
import { Button, Group, Select, SimpleGrid, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '@shared/kernel/workdays'
import type { ReceiptAction, ReceiptPayloads } from '@shared/procedures/collections/machines/receipt'
import { type ContactWay, type ReceiptRecord, contactWays } from '@shared/procedures/collections/records'
import { DayInput } from '../../contracts/shared/DayInput'

interface Props {
  receipt: ReceiptRecord
  open: readonly ReceiptAction[]
  busy: boolean
  err: (field: string) => string | undefined
  /** Clears a field's problem when it is typed again. */
  onEdit: (fields: string[]) => void
  act: <A extends ReceiptAction>(action: A, payload: ReceiptPayloads[A]) => void
  onResubmit: () => void
  onVoid: () => void
  onReverse: () => void
}

export function ReceiptStepActions(props: Props) {
  const { receipt, open, busy, err, onEdit, act } = props
  const { t } = useTranslation()
  const [comment, setComment] = useState('')
  // Usually told the day it is recorded.
  const [toldOn, setToldOn] = useState(receipt.customerToldOn || todayIso(new Date()))
  const [how, setHow] = useState<ContactWay | ''>(receipt.customerToldHow)
  const has = (a: ReceiptAction) => open.includes(a)
  const label = (a: ReceiptAction) => t(`receiptsScreen.actions.${a}`)
  return (
    <>
      {(has('confirm') || has('return')) && (
        <Textarea
          label={t('receiptsScreen.comment')}
          description={t('receiptsScreen.commentHint')}
          autosize
          minRows={2}
          maxLength={500}
          value={comment}
          error={err('comment')}
          onChange={(e) => {
            setComment(e.currentTarget.value)
            onEdit(['comment'])
          }}
        />
      )}
      {has('tellCustomer') && (
        <SimpleGrid cols={2} spacing="sm">
          <DayInput
            label={t('receiptsScreen.toldOn')}
            editable
            value={toldOn}
            error={err('toldOn')}
            onChange={(v) => {
              setToldOn(v)
              onEdit(['toldOn'])
            }}
          />
          <Select
            label={t('receiptsScreen.toldHow')}
            withAsterisk
            data={contactWays.map((w) => ({ value: w, label: t(`collections.contactWays.${w}`) }))}
            value={how || null}
            error={err('how')}
            onChange={(v) => {
              setHow((v ?? '') as ContactWay | '')
              onEdit(['how'])
            }}
          />
        </SimpleGrid>
      )}
      {err('handoverId') && (
        <Text c="red" size="sm">
          {err('handoverId')}
        </Text>
      )}
      <Group gap="xs">
        {has('resubmit') && (
          <Button loading={busy} onClick={props.onResubmit}>
            {label('resubmit')}
          </Button>
        )}
        {has('confirm') && (
          <Button color="green" loading={busy} onClick={() => act('confirm', { comment })}>
            {label('confirm')}
          </Button>
        )}
        {has('return') && (
          <Button color="orange" variant="light" loading={busy} onClick={() => act('return', { comment })}>
            {label('return')}
          </Button>
        )}
        {has('tellCustomer') && (
          <Button loading={busy} onClick={() => act('tellCustomer', { toldOn, how })}>
            {label('tellCustomer')}
          </Button>
        )}
        {has('reverse') && (
          <Button color="red" variant="light" onClick={props.onReverse}>
            {label('reverse')}
          </Button>
        )}
        {has('void') && (
          <Button color="red" variant="light" onClick={props.onVoid}>
            {label('void')}
          </Button>
        )}
      </Group>
    </>
  )
}
