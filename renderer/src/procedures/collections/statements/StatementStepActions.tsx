/**
 * The actions this user may take on a 对账单 at its step, each with its own
 * fields: 登记发出 (the day it went out), 登记回执 (相符, or 不符 with the
 * difference and its explanation; the day the slip came back) and 差异已处理
 * (how it was settled). Every problem the machine finds shows at its field
 * before anything is sent; the repository asks the machine again.
 */
import { Button, Group, Radio, SimpleGrid, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '@shared/kernel/workdays'
import {
  type StatementAction,
  type StatementPayloads,
  statementMachine,
} from '@shared/procedures/collections/machines/statement'
import {
  type StatementAnswer,
  type StatementRecord,
  statementAnswers,
} from '@shared/procedures/collections/records'
import { appDb } from '../../../data/db'
import { statementAction } from '../../../data/repositories/collections/statementsRepo'
import { machineContext } from '../../../data/repositories/takeTransition'
import { useWriteContext } from '../../../stores/session'
import { DayInput } from '../../contracts/shared/DayInput'
import { type FieldErrors, fromProblems } from '../../contracts/shared/fieldErrors'
import { showRefusal } from '../../contracts/shared/showRefusal'
import { SignedMoneyInput } from './SignedMoneyInput'

interface Props {
  statement: StatementRecord
  open: readonly StatementAction[]
}

export function StatementStepActions({ statement, open }: Props) {
  const { t } = useTranslation()
  const write = useWriteContext()
  const today = todayIso(new Date())
  const [sentOn, setSentOn] = useState(today)
  const [answer, setAnswer] = useState<StatementAnswer | ''>('')
  const [returnedOn, setReturnedOn] = useState(today)
  const [differenceFen, setDifferenceFen] = useState(0)
  const [explanation, setExplanation] = useState('')
  const [resolution, setResolution] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const has = (a: StatementAction) => open.includes(a)
  const err = (field: string) => (errors[field] ? t(errors[field].key, errors[field].params) : undefined)
  const clear = (field: string) =>
    setErrors((e) => {
      const next = { ...e }
      delete next[field]
      return next
    })

  const act = async <A extends StatementAction>(action: A, payload: StatementPayloads[A]) => {
    setBusy(true)
    try {
      const db = appDb()
      const problems = statementMachine.problems(
        statement,
        action,
        payload,
        await machineContext(db, write()),
      )
      setErrors(fromProblems(problems))
      if (problems.length > 0) {
        notifications.show({ color: 'red', message: t(problems[0].messageKey, problems[0].params) })
        return
      }
      await statementAction(db, { id: statement.id, action, payload }, write())
      notifications.show({
        color: 'green',
        message: t('statementsScreen.done', { action: t(`statementsScreen.actions.${action}`) }),
      })
    } catch (e) {
      showRefusal(t, e, setErrors)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {has('send') && (
        <>
          <DayInput
            label={t('statementFields.sentOn')}
            editable
            value={sentOn}
            error={err('sentOn')}
            onChange={(v) => {
              setSentOn(v)
              clear('sentOn')
            }}
          />
          <Group>
            <Button loading={busy} onClick={() => void act('send', { sentOn })}>
              {t('statementsScreen.actions.send')}
            </Button>
          </Group>
        </>
      )}
      {has('answer') && (
        <>
          <Radio.Group
            label={t('statementFields.answer')}
            description={t('statementsScreen.answerHint')}
            withAsterisk
            value={answer}
            error={err('answer')}
            onChange={(v) => {
              setAnswer(v as StatementAnswer)
              setErrors({})
            }}
          >
            <Group mt={4}>
              {statementAnswers.map((a) => (
                <Radio key={a} value={a} label={t(`collections.statements.answers.${a}`)} />
              ))}
            </Group>
          </Radio.Group>
          <DayInput
            label={t('statementFields.returnedOn')}
            editable
            value={returnedOn}
            error={err('returnedOn')}
            onChange={(v) => {
              setReturnedOn(v)
              clear('returnedOn')
            }}
          />
          {answer === 'differ' && (
            <SimpleGrid cols={1} spacing="sm">
              <SignedMoneyInput
                label={t('statementFields.differenceFen')}
                description={t('statementsScreen.differenceHint')}
                withAsterisk
                error={err('differenceFen')}
                onValue={(v) => {
                  setDifferenceFen(v)
                  clear('differenceFen')
                }}
              />
              <Textarea
                label={t('statementFields.explanation')}
                withAsterisk
                autosize
                minRows={2}
                maxLength={1000}
                value={explanation}
                error={err('explanation')}
                onChange={(e) => {
                  setExplanation(e.currentTarget.value)
                  clear('explanation')
                }}
              />
            </SimpleGrid>
          )}
          <Group>
            <Button
              loading={busy}
              onClick={() =>
                void act('answer', {
                  answer,
                  returnedOn,
                  differenceFen: answer === 'differ' ? differenceFen : 0,
                  explanation: answer === 'differ' ? explanation : '',
                })
              }
            >
              {t('statementsScreen.actions.answer')}
            </Button>
          </Group>
        </>
      )}
      {has('resolve') && (
        <>
          <Textarea
            label={t('statementFields.resolution')}
            description={t('statementsScreen.resolutionHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={1000}
            value={resolution}
            error={err('resolution')}
            onChange={(e) => {
              setResolution(e.currentTarget.value)
              clear('resolution')
            }}
          />
          <Group>
            <Button color="teal" loading={busy} onClick={() => void act('resolve', { resolution })}>
              {t('statementsScreen.actions.resolve')}
            </Button>
          </Group>
        </>
      )}
    </>
  )
}
